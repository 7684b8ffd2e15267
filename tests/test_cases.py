"""The one loader for the data cases in ``tests/cases/<rule-name>.yaml``.

Each case is read (``format: md`` Markdown, ``txt`` PDF-extracted text, ``docx`` a Word
document described as in ``tests/docx_build.py``), linted by the real engine with every
rule (so suppressions and configuration apply as in real use), and the findings of the
case's rule are compared with ``expect``: the same count, and each expected entry matching
the finding in the same position (findings are sorted by location) on the keys it gives;
``message`` is a substring."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from reportkit.config import Config
from reportkit.findings import Finding
from reportkit.lint import lint_report, read_text_report
from reportkit.model import Report
from reportkit.rules import get_rule
from reportkit.spec import Spec, load_spec

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "cases"
REPO = TESTS.parent
SUFFIX = {"md": "case.md", "txt": "case.txt"}


def _spec(name: str) -> Spec:
    """A case's spec: a built-in name, or a path relative to the repository root."""
    return load_spec(str(REPO / name) if name.endswith((".yaml", ".yml")) else name)


def load_cases() -> list[Any]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data.get("cases", []):
            out.append(pytest.param(data["rule"], case, id=f"{path.stem}: {case['name']}"))
    return out


def read_case(case: dict[str, Any], spec: Spec, tmp_path: Path) -> Report:
    fmt = case.get("format", "md")
    if fmt == "docx":
        sys.path.insert(0, str(TESTS))
        try:
            from docx_build import build_docx  # type: ignore[import-not-found]
        except ImportError:
            pytest.skip("tests/docx_build.py (Word cases) is not on this branch")
        finally:
            sys.path.remove(str(TESTS))
        from reportkit.parse import read_report

        desc = case["input"] if isinstance(case["input"], dict) else yaml.safe_load(case["input"])
        return read_report(build_docx(desc, tmp_path / "case.docx"), spec).report
    return read_text_report(case["input"], SUFFIX[fmt], spec)


def matches(finding: Finding, want: dict[str, Any]) -> bool:
    loc = finding.location
    actual = {
        "line": loc.line,
        "column": loc.column,
        "paragraph": loc.paragraph,
        "heading": loc.heading,
        "section": finding.section,
        "severity": finding.severity.value,
        "code": finding.code,
    }
    for key, value in want.items():
        if key == "message":
            if str(value) not in finding.message:
                return False
        elif key == "fix":
            if str(value) not in (finding.fix or ""):
                return False
        elif key not in actual:
            raise AssertionError(f"unknown key {key!r} in expect")
        elif actual[key] != value:
            return False
    return True


@pytest.mark.parametrize(("rule_name", "case"), load_cases())
def test_case(rule_name: str, case: dict[str, Any], tmp_path: Path) -> None:
    rule = get_rule(rule_name)
    spec = _spec(case.get("spec", "default"))
    config = Config.model_validate(case["config"]) if "config" in case else None
    report = read_case(case, spec, tmp_path)
    found = [f for f in lint_report(report, spec, config) if f.code == rule.code]
    expected = case.get("expect") or []
    shown = [f"{f.location.describe()}: {f.message}" for f in found]
    assert len(found) == len(expected), shown
    for finding, want in zip(found, expected, strict=True):
        assert matches(finding, want), (want, shown)
