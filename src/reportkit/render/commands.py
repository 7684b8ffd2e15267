"""The ``new`` and ``build`` subcommands. Each is a pair (configure parser, run) so the CLI's
subcommand dict can register them; nothing heavy is imported until a command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", default="default", help="Report spec name or YAML path.")
    parser.add_argument("--title", help="The report's title (Subject).")
    parser.add_argument("-o", "--output", type=Path, help="Write the draft here (default: stdout).")
    parser.add_argument("--force", action="store_true", help="Replace an existing output file.")


def run_new(args: argparse.Namespace) -> int:
    from reportkit.render.scaffold import ScaffoldError, render_scaffold
    from reportkit.spec import SpecError, load_spec

    try:
        text = render_scaffold(load_spec(args.spec), args.title)
    except (SpecError, ScaffoldError) as exc:
        print(f"reportkit: {exc}", file=sys.stderr)
        return 2
    if args.output is None:
        sys.stdout.write(text)
        return 0
    out: Path = args.output
    if out.exists() and not args.force:
        print(f"reportkit: {out}: already exists (use --force to replace it)", file=sys.stderr)
        return 2
    try:
        _write_text_atomically(out, text)
    except OSError as exc:
        print(f"reportkit: {out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 2
    print(f"Wrote {out}: replace every [bracketed prompt], then run reportkit lint {out}")
    return 0


def _write_text_atomically(out: Path, text: str) -> None:
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def configure_build(parser: argparse.ArgumentParser) -> None:
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


def run_build(args: argparse.Namespace) -> int:
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
        print(f"reportkit: {exc}", file=sys.stderr)
        return 2
    source: Path = args.source
    if source.is_dir():
        pairs = plan_folder(source, args.output)
        if not pairs:
            print(f"reportkit: {source}: no Markdown reports (*.md) found", file=sys.stderr)
            return 2
    elif source.is_file():
        out = (
            args.output / source.with_suffix(".docx").name if args.output.is_dir() else args.output
        )
        pairs = [(source, out)]
    else:
        print(f"reportkit: {source}: no such file or folder", file=sys.stderr)
        return 2
    status = 0
    built = 0
    for src, out in pairs:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            build_file(src, out, options)
            built += 1
        except (InputError, RenderError) as exc:
            print(f"reportkit: {exc}", file=sys.stderr)
            status = 2
    if len(pairs) > 1 or status == 0:
        print(f"Built {built} of {len(pairs)} report(s)")
    return status


COMMANDS = {
    "new": (configure_new, run_new, "Start a Markdown report with every mandatory section."),
    "build": (configure_build, run_build, "Build Word reports from Markdown in a house style."),
}


def main(argv: list[str] | None = None) -> int:
    """Entry point for these two commands alone (the main CLI registers ``COMMANDS``)."""
    parser = argparse.ArgumentParser(prog="reportkit")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (configure, run, help_text) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
        sub.choices[name].set_defaults(run=run)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
