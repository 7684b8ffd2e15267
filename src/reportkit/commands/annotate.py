"""``reportkit annotate report.docx -o report.reviewed.docx [--force]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = (
    "Write a copy of a Word report with each finding as a review comment on its paragraph "
    "and a summary comment at the top; the original is never changed."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="REPORT.docx", help="the Word report")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="the annotated copy to write (.docx)"
    )
    parser.add_argument("--force", action="store_true", help="replace an existing output")
    parser.add_argument("--spec", help="spec name (e.g. default) or path to a spec YAML file")
    parser.add_argument("--config", help="config file (pyproject.toml or reportkit.toml)")


def run(args: argparse.Namespace) -> int:
    from reportkit.annotate import annotate
    from reportkit.commands import fail
    from reportkit.lint import lint_file
    from reportkit.safe_write import WriteRefused

    source: Path = args.path
    if source.suffix.lower() != ".docx":
        return fail(f"{source}: annotate works on Word .docx files only")
    if not source.is_file():
        return fail(f"{source}: no such file")
    result = lint_file(
        str(source), spec=args.spec, config_path=Path(args.config) if args.config else None
    )
    if result.error:
        print(result.error, file=sys.stderr)
        return 2
    try:
        done = annotate(source, result.findings, args.output, force=args.force)
    except WriteRefused as exc:
        return fail(exc)
    print(
        f"{done.output}: {done.anchored + done.in_summary} finding(s) as comments "
        f"({done.anchored} on paragraphs, {done.in_summary} in the summary)",
        file=sys.stderr,
    )
    return 0
