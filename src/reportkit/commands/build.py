"""``reportkit build``: Markdown reports to Word in a council's house style."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "Build Word reports from Markdown in a council's house style (one file or a folder)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, help="A Markdown report, or a folder of them.")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, help="The .docx to write, or a folder."
    )
    parser.add_argument("--spec", default="default", help="Report spec name or YAML path.")
    parser.add_argument("--house-style", help="House style name or YAML path (default: spec's).")
    parser.add_argument(
        "--reference-docx", type=Path, help="A council's Word template whose styles to use."
    )
    parser.add_argument("--force", action="store_true", help="Replace existing output files.")


def run(args: argparse.Namespace) -> int:
    from reportkit.commands import fail
    from reportkit.parse import InputError
    from reportkit.render.build import build_file, options_for, plan_folder
    from reportkit.render.docx_writer import RenderError
    from reportkit.render.house_style import HouseStyleError
    from reportkit.spec import SpecError, load_spec

    try:
        options = options_for(
            load_spec(args.spec), args.house_style, args.reference_docx, args.force
        )
    except (SpecError, HouseStyleError, RenderError) as exc:
        return fail(exc)
    source: Path = args.source
    if source.is_dir():
        pairs = plan_folder(source, args.output)
        if not pairs:
            return fail(f"{source}: no Markdown reports (*.md) found")
    elif source.is_file():
        out = (
            args.output / source.with_suffix(".docx").name if args.output.is_dir() else args.output
        )
        pairs = [(source, out)]
    else:
        return fail(f"{source}: no such file or folder")
    status = 0
    built = 0
    for src, out in pairs:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            build_file(src, out, options)
            built += 1
        except (InputError, RenderError) as exc:
            status = fail(exc)
    if len(pairs) > 1 or status == 0:
        print(f"Built {built} of {len(pairs)} report(s)")
    return status
