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

    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (out / name).write_text(dump(schema), encoding="utf-8")
        print(out / name)
    return 0
