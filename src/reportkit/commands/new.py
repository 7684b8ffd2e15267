"""``reportkit new``: start a Markdown report with every mandatory section of a spec."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "Start a Markdown report with every mandatory section of a spec, in order."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--spec", default="default", help="Report spec name or YAML path.")
    parser.add_argument("--title", help="The report's title (Subject).")
    parser.add_argument("-o", "--output", type=Path, help="Write the draft here (default: stdout).")
    parser.add_argument("--force", action="store_true", help="Replace an existing output file.")


def run(args: argparse.Namespace) -> int:
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
