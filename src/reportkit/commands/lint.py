"""``reportkit lint PATH...``"""

from __future__ import annotations

import argparse
import sys

HELP = "Check reports (.md, .txt, .pdf, .docx files or folders) against a spec."


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    parser.add_argument("--spec", help="spec name (e.g. default) or path to a spec YAML file")
    parser.add_argument(
        "--select", type=_csv, help="only these rules (codes, names, prefixes), comma-separated"
    )
    parser.add_argument("--ignore", type=_csv, default=[], help="rules to skip, comma-separated")
    parser.add_argument("--format", help="output format: text (default) or json")
    parser.add_argument("--config", help="config file (pyproject.toml or reportkit.toml)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reportkit.config import ConfigError, config_for
    from reportkit.lint import has_errors, lint_paths
    from reportkit.output import FORMATTERS, get_formatter
    from reportkit.rules import known_selector

    for selector in [*(args.select or []), *args.ignore]:
        if not known_selector(selector):
            print(
                f"reportkit: error: unknown rule {selector!r} in --select/--ignore", file=sys.stderr
            )
            return 2
    config_path = Path(args.config) if args.config else None
    fmt = args.format
    if fmt is None:
        try:
            fmt = config_for(Path(args.paths[0]), config_path).format or "text"
        except ConfigError as exc:
            print(f"reportkit: error: {exc}", file=sys.stderr)
            return 2
    if fmt not in FORMATTERS:
        print(
            f"reportkit: error: unknown format {fmt!r} (choose from {', '.join(FORMATTERS)})",
            file=sys.stderr,
        )
        return 2
    results = list(
        lint_paths(
            args.paths,
            spec=args.spec,
            select=args.select,
            ignore=args.ignore,
            config_path=config_path,
        )
    )
    sys.stdout.write(get_formatter(fmt)(results))
    if fmt != "text":
        for result in results:
            if result.error:
                print(result.error, file=sys.stderr)
    if any(r.error for r in results):
        return 2
    return 1 if any(has_errors(r.findings) for r in results) else 0
