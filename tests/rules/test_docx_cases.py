"""Data cases of ``format: docx`` in ``tests/cases/*.yaml``: ``input`` is a Word document
described as in ``tests/docx_build.py`` (a mapping, not text). Expected findings may name
the ``paragraph`` (1-based body paragraph) instead of a line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from reportkit.parse import read_report
from reportkit.rules import RULES
from reportkit.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_build import build_docx

CASES = Path(__file__).resolve().parents[1] / "cases"
BY_NAME = {r.name: r for r in RULES}


def _cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data.get("cases", []):
            if case.get("format") == "docx":
                out.append(pytest.param(data["rule"], case, id=f"{path.stem}: {case['name']}"))
    return out


@pytest.mark.parametrize(("rule_name", "case"), _cases())
def test_docx_case(rule_name: str, case: dict[str, Any], tmp_path: Path) -> None:
    rule = BY_NAME[rule_name]
    spec = load_spec(case.get("spec", "default"))
    desc = case["input"] if isinstance(case["input"], dict) else yaml.safe_load(case["input"])
    report = read_report(build_docx(desc, tmp_path / "case.docx"), spec).report
    options = rule.options.model_validate(spec.rule_options(rule.name))
    found = list(rule.check(report, spec, options))
    expected = case.get("expect", [])
    assert len(found) == len(expected), [h.message for h in found]
    for hit, want in zip(found, expected, strict=True):
        if "paragraph" in want:
            assert hit.location.paragraph == want["paragraph"]
        if "message" in want:
            assert want["message"] in hit.message
        if "section" in want:
            assert hit.section == want["section"]
