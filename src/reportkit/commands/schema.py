"""``reportkit schema [-o DIR]``: JSON Schemas generated from the pydantic models."""

from __future__ import annotations

import argparse
from typing import Any

HELP = "Write JSON Schemas for specs, the report model and the findings JSON."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        default="schemas",
        metavar="DIR",
        help="folder to write into (default: schemas)",
    )


def schemas() -> dict[str, dict[str, Any]]:
    from reportkit.model import Report
    from reportkit.output.json import FindingsDocument
    from reportkit.spec import Spec

    return {
        "spec.schema.json": Spec.model_json_schema(),
        "report.schema.json": Report.model_json_schema(),
        "findings.schema.json": FindingsDocument.model_json_schema(),
    }


def dump(schema: dict[str, Any]) -> str:
    import json

    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reportkit.commands import fail
    from reportkit.safe_write import WriteRefused, write_atomically

    out = Path(args.output)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"{out}: cannot create the folder ({exc.strerror})")
    for name, schema in schemas().items():
        # Regenerating the committed schemas is this command's job, hence force; the write
        # is still atomic, so an interrupted run never leaves half a schema behind.
        try:
            write_atomically(out / name, dump(schema), force=True)
        except WriteRefused as exc:
            return fail(exc)
        print(out / name)
    return 0
