"""The command line. Subcommands are registered in ``COMMANDS`` (name -> function adding
the subparser); each handler returns the exit status: 0 clean, 1 findings that fail the
run, 2 bad input or usage (after the other files were still linted)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from reportkit import __version__
from reportkit.output import FORMATTERS


def _add_lint(subparsers: argparse._SubParsersAction, root: argparse.ArgumentParser) -> None:
    lint = subparsers.add_parser(
        "lint",
        help="check reports (.md, .docx, .txt, .pdf files or folders)",
        description="Check council reports against a spec and print the findings.",
    )
    lint.add_argument("paths", nargs="+", type=Path, help="report files or folders")
    lint.add_argument("--spec", default="default", help="spec name or path (default: default)")
    lint.add_argument("--format", choices=sorted(FORMATTERS), default="text", help="output format")
    lint.add_argument(
        "--output-file", type=Path, help="write the output to FILE (atomically) instead"
    )
    lint.add_argument("--statistics", action="store_true", help="count findings by rule")
    lint.add_argument("-q", "--quiet", action="store_true", help="errors only, and no summary line")
    lint.add_argument(
        "-j", "--jobs", type=int, default=None, help="processes to use (default: all cores)"
    )
    lint.set_defaults(handler=run_lint)


def _add_extra(subparsers: argparse._SubParsersAction, root: argparse.ArgumentParser) -> None:
    from reportkit.cli_extra import register

    register(subparsers, root)


COMMANDS: dict[str, Callable[[argparse._SubParsersAction, argparse.ArgumentParser], None]] = {
    "lint": _add_lint,
    "annotate+completion": _add_extra,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportkit", description="Check, and generate, UK council committee reports."
    )
    parser.add_argument("--version", action="version", version=f"reportkit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS.values():
        add(subparsers, parser)
    return parser


def run_lint(args: argparse.Namespace) -> int:
    from reportkit.lint import expand, fails, lint_paths
    from reportkit.output import formatter
    from reportkit.output.emit import EmitOptions, emit
    from reportkit.output.run_info import RunInfo
    from reportkit.progress import Progress, use_colour
    from reportkit.safe_write import WriteRefused

    files = expand(args.paths)
    bar = Progress(len(files))
    run = lint_paths(files, args.spec, jobs=args.jobs, on_file=lambda _: bar.advance())
    bar.close()
    for error in run.errors:
        print(error, file=sys.stderr)
    info = RunInfo(
        files=run.files,
        elapsed=run.elapsed,
        errors=run.errors,
        colour=args.output_file is None and use_colour(sys.stdout),
    )
    options = EmitOptions(
        format=args.format,
        output_file=args.output_file,
        statistics=args.statistics,
        quiet=args.quiet,
    )
    try:
        emit(run.findings, info, formatter(args.format), options)
    except WriteRefused as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if run.errors:
        return 2
    return 1 if fails(run.findings) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    status: int = handler(args)
    return status
