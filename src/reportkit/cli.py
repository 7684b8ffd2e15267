"""The ``reportkit`` command line. Each subcommand lives in its own module under
``reportkit.commands`` exposing ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``;
those modules import only argparse at top level, so start-up stays fast.

Exit status: 0 no error-level findings, 1 error-level findings, 2 unusable arguments or an
unreadable input (the other files are still linted)."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

# subcommand -> module under reportkit.commands; other helpers add new / build / annotate.
COMMANDS: dict[str, str] = {
    "lint": "lint",
    "rules": "rules",
    "explain": "explain",
    "schema": "schema",
    "inspect": "inspect",
    "annotate": "annotate",
    "completion": "completion",
    "new": "new",
    "build": "build",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    from reportkit import __version__

    parser = _Parser(
        prog="reportkit",
        description="Check, and generate, UK council committee reports.",
    )
    parser.add_argument("--version", action="version", version=f"reportkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, module_name in COMMANDS.items():
        if only is not None and name != only:
            sub.add_parser(name)
            continue
        module = importlib.import_module(f"reportkit.commands.{module_name}")
        cmd = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def tune_gc() -> None:
    """Start-up creates ~10^5 long-lived objects (pydantic schemas, python-docx, regexes);
    at the default threshold (700) the collector rescans them again and again (~10 ms of a
    ~260 ms `build`, ~0.2 ms a report in a folder lint). Cycles are still collected, just in
    bigger batches. Worker processes inherit the setting."""
    gc.set_threshold(100_000, 50, 50)


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        tune_gc()
    args_list = list(sys.argv[1:] if argv is None else argv)
    # Only the command being run is imported: `reportkit lint` never loads `build`.
    only = args_list[0] if args_list and args_list[0] in COMMANDS else None
    args = build_parser(only).parse_args(args_list)
    try:
        code: int = args._run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    finally:
        if argv is None:
            # The process is about to exit: its last garbage collection would walk every
            # object pydantic, lxml and python-docx made (~45 ms of a ~320 ms `build`).
            # Frozen objects are skipped; atexit handlers, flushing and the status are kept.
            gc.freeze()
    return code
