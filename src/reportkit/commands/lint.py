"""``reportkit lint PATH...``"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportkit.lint import FileResult

HELP = "Check reports (.md, .txt, .pdf, .docx files or folders) against a spec."


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _other_inputs(args: argparse.Namespace, results: Sequence[FileResult]) -> list[Path]:
    """The config and spec files the run read: --output-file must not replace them either."""
    from reportkit.config import find_config_file

    named = [Path(p) for p in (args.config, args.spec) if p and Path(p).is_file()]
    found = {find_config_file(r.path) for r in results}
    return named + [c for c in found if c is not None]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    parser.add_argument("--spec", help="spec name (e.g. default) or path to a spec YAML file")
    parser.add_argument(
        "--select", type=_csv, help="only these rules (codes, names, prefixes), comma-separated"
    )
    parser.add_argument("--ignore", type=_csv, default=[], help="rules to skip, comma-separated")
    from reportkit.output import FORMATTERS

    parser.add_argument("--format", choices=list(FORMATTERS), help="output format (default: text)")
    parser.add_argument(
        "--output-file", type=Path, help="write the output to FILE (atomically) instead"
    )
    parser.add_argument("--statistics", action="store_true", help="count findings by rule")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="errors only, and no summary line"
    )
    parser.add_argument(
        "-j", "--jobs", type=int, help="processes for many files (default: all cores)"
    )
    parser.add_argument("--config", help="config file (pyproject.toml or reportkit.toml)")


def run(args: argparse.Namespace) -> int:
    import time

    from reportkit.commands import fail
    from reportkit.config import ConfigError, config_for
    from reportkit.lint import has_errors, lint_paths
    from reportkit.output import FORMATTERS, get_formatter
    from reportkit.rules import known_selector

    for selector in [*(args.select or []), *args.ignore]:
        if not known_selector(selector):
            return fail(f"unknown rule {selector!r} in --select/--ignore")
    config_path = Path(args.config) if args.config else None
    fmt = args.format
    if fmt is None:
        try:
            fmt = config_for(Path(args.paths[0]), config_path).format or "text"
        except ConfigError as exc:
            return fail(exc)
    if fmt not in FORMATTERS:
        return fail(f"unknown format {fmt!r} (choose from {', '.join(FORMATTERS)})")
    from reportkit.lint import expand
    from reportkit.output.emit import MACHINE_FORMATS, EmitOptions, emit
    from reportkit.progress import Progress
    from reportkit.safe_write import WriteRefused

    started = time.perf_counter()
    bar = Progress(len(expand(args.paths)))
    results = []
    for result in lint_paths(
        args.paths,
        spec=args.spec,
        select=args.select,
        ignore=args.ignore,
        config_path=config_path,
        jobs=args.jobs,
    ):
        results.append(result)
        bar.advance()
    bar.close()
    options = EmitOptions(
        format=fmt,
        output_file=args.output_file,
        statistics=args.statistics,
        quiet=args.quiet,
        inputs=_other_inputs(args, results) if args.output_file is not None else (),
    )
    try:
        emit(results, get_formatter(fmt), options, elapsed=time.perf_counter() - started)
    except WriteRefused as exc:
        return fail(exc)
    if fmt in MACHINE_FORMATS or args.output_file is not None:
        for result in results:
            if result.error:
                print(result.error, file=sys.stderr)
    if any(r.error for r in results):
        return 2
    return 1 if any(has_errors(r.findings) for r in results) else 0
