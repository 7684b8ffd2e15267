"""Subcommands that fit reportkit into the tools councils already use: ``annotate`` (findings
as Word review comments) and ``completion`` (shell completion scripts). ``cli.py`` registers
them with ``register``; each handler returns the exit status."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportkit.completion import SHELLS


def register(subparsers: argparse._SubParsersAction, root: argparse.ArgumentParser) -> None:
    annotate = subparsers.add_parser(
        "annotate",
        help="write a copy of a Word report with each finding as a review comment",
        description="Lint a Word report and write a copy with each finding as a Word comment "
        "on the paragraph it is about, and a summary comment at the top. The original file "
        "is never changed.",
    )
    annotate.add_argument("path", type=Path, help="the .docx report to check")
    annotate.add_argument(
        "-o", "--output", type=Path, required=True, help="the annotated copy to write (.docx)"
    )
    annotate.add_argument("--force", action="store_true", help="replace an existing output")
    annotate.add_argument("--spec", default=None, help="spec name or path (default: default)")
    annotate.set_defaults(handler=run_annotate)

    completion = subparsers.add_parser(
        "completion",
        help="print a shell completion script",
        description="Print a completion script for bash, zsh or fish, generated from "
        "reportkit's own command-line parser.",
    )
    completion.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    completion.set_defaults(handler=lambda args: run_completion(args, root))


def run_completion(args: argparse.Namespace, root: argparse.ArgumentParser) -> int:
    from reportkit.completion import script

    sys.stdout.write(script(root, args.shell, prog=root.prog))
    return 0


def run_annotate(args: argparse.Namespace) -> int:
    from reportkit.annotate import annotate
    from reportkit.lint import lint_report
    from reportkit.parse import InputError, read_report
    from reportkit.safe_write import WriteRefused
    from reportkit.spec import SpecError, load_spec

    source: Path = args.path
    if source.suffix.lower() != ".docx":
        print(f"{source}: annotate works on Word .docx files only", file=sys.stderr)
        return 2
    try:
        spec = load_spec(args.spec or "default")
        result = read_report(source, spec)
        findings = lint_report(result.report, spec)
        done = annotate(source, findings, args.output, force=args.force)
    except (InputError, SpecError, WriteRefused) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(
        f"{done.output}: {done.anchored + done.in_summary} comment(s) from reportkit "
        f"({done.anchored} on paragraphs, {done.in_summary} in the summary)",
        file=sys.stderr,
    )
    return 0
