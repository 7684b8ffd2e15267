"""The committed JSON Schemas are generated from the pydantic models (drift test), and
every bundled spec validates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportkit.commands.schema import dump, schemas
from reportkit.spec import load_spec

REPO = Path(__file__).resolve().parents[1]
SCHEMAS = REPO / "schemas"


@pytest.mark.parametrize("name", sorted(schemas()))
def test_the_committed_schema_matches_the_models(name: str) -> None:
    committed = SCHEMAS / name
    assert committed.is_file(), f"run `reportkit schema` to write {name}"
    assert committed.read_text(encoding="utf-8") == dump(schemas()[name]), (
        f"{name} is out of date: run `PYTHONPATH=src python -m reportkit schema`"
    )


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.yaml")), ids=lambda p: p.name)
def test_every_bundled_spec_validates(path: Path) -> None:
    spec = load_spec(str(path))
    assert spec.name == path.stem
    assert spec.sections, f"{path.name} has no sections"
    ids = [s.id for s in spec.sections]
    assert len(ids) == len(set(ids))
    assert set(spec.order) <= set(ids), f"{path.name}: order names unknown sections"


def test_the_spec_schema_accepts_a_bundled_spec_as_json() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    spec = load_spec("default")
    as_written = json.loads(spec.model_dump_json(by_alias=True, exclude_defaults=True))
    jsonschema.validate(as_written, schemas()["spec.schema.json"])
