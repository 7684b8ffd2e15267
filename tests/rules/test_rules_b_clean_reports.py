"""The rules-b rules stay quiet (nothing above info) on well-made reports: the reader
fixtures (modelled on several councils), rules-a's tricky clean report and the examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.lint import lint_text

REPO = Path(__file__).resolve().parents[2]
RULES_B = "RK301,RK302,RK303,RK304,RK305,RK306,RK307,RK308,RK309"
CLEAN = [
    *sorted((REPO / "tests" / "fixtures").glob("*.md")),
    *sorted((REPO / "tests" / "fixtures").glob("*.txt")),
    REPO / "tests" / "rules" / "data" / "tricky-clean-report.md",
    *(p for p in sorted((REPO / "examples").glob("*.md")) if "defective" not in p.name),
]


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_well_made_reports_get_no_rules_b_warnings(path: Path) -> None:
    findings = lint_text(path.read_text(encoding="utf-8"), str(path), select=RULES_B.split(","))
    loud = [f"{f.code} {f.message}" for f in findings if f.severity.value != "info"]
    assert loud == []


def test_the_clean_example_gets_no_rules_b_findings_at_all() -> None:
    example = REPO / "examples" / "clean-report.md"
    findings = lint_text(
        example.read_text(encoding="utf-8"), str(example), select=RULES_B.split(",")
    )
    assert [f"{f.code} {f.message}" for f in findings] == []
