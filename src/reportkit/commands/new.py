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
    from reportkit.commands import fail
    from reportkit.render.scaffold import ScaffoldError, render_scaffold, scaffold_template
    from reportkit.spec import SpecError, load_spec

    try:
        spec = load_spec(args.spec)
        text = render_scaffold(spec, args.title)
    except (SpecError, ScaffoldError) as exc:
        return fail(exc)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    from reportkit.safe_write import WriteRefused, write_atomically

    out: Path = args.output
    # The spec file and the template are inputs: `new --spec council.yaml -o council.yaml`
    # must not replace either, even with --force.
    inputs = [scaffold_template(spec), *([Path(args.spec)] if Path(args.spec).is_file() else [])]
    try:
        write_atomically(out, text, inputs=inputs, force=args.force)
    except WriteRefused as exc:
        return fail(exc)
    print(f"Wrote {out}: replace every [bracketed prompt], then run reportkit lint {out}")
    return 0
