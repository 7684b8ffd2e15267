"""Which reports go to a body that takes executive decisions (reportkit.meeting)."""

from __future__ import annotations

import pytest

from reportkit.lint import lint_report, lint_text
from reportkit.meeting import non_executive
from reportkit.parse.markdown import read_text
from reportkit.spec import load_spec

SCRUTINY = """\
---
committee: Overview and Scrutiny Management Board
meeting_date: 2026-02-10
title: Budget Scrutiny
exempt: "no"
---
# Summary
The board is asked to comment on the draft budget.
"""


@pytest.mark.parametrize(
    ("committee", "expected"),
    [
        ("Cabinet", False),
        ("Executive Board", False),
        ("Full Council", False),
        ("Children's Services Scrutiny Committee", True),
        ("Audit and Governance Committee", True),
        ("Licensing Sub-Committee", True),
        ("Planning  Committee", True),
        ("Strategic Development Control Committee", True),
        ("Cabinet Member for Planning", False),
    ],
)
def test_the_meeting_name_says_whether_an_executive_decision_is_taken(
    committee: str, expected: bool
) -> None:
    text = SCRUTINY.replace("Overview and Scrutiny Management Board", committee)
    report = read_text(text, "r.md", load_spec("default")).report
    assert non_executive(report, load_spec("default")) is expected


def test_a_spec_that_says_its_meeting_is_executive_overrides_the_name() -> None:
    spec = load_spec("default").model_copy(update={"meeting": "executive"})
    report = read_text(SCRUTINY, "r.md", spec).report
    assert non_executive(report, spec) is False


def test_a_spec_for_a_non_executive_body_skips_key_decision_and_reasons_for_any_name() -> None:
    spec = load_spec("default").model_copy(update={"meeting": "non-executive"})
    text = SCRUTINY.replace("Overview and Scrutiny Management Board", "Corporate Board")
    report = read_text(text, "r.md", spec).report
    assert non_executive(report, spec) is True
    codes = {(f.name, f.section) for f in lint_report(report, spec)}
    assert ("missing-section", "reasons") not in codes
    assert ("missing-section", "legal") in codes  # still asked of every report
    messages = [f.message for f in lint_report(report, spec) if f.name == "missing-metadata"]
    assert not any("key decision" in m for m in messages)


def test_a_scrutiny_report_under_the_default_spec_is_not_asked_about_a_key_decision() -> None:
    findings = lint_text(SCRUTINY, path="r.md", select=["missing-metadata"])
    assert not any("key decision" in f.message for f in findings)


def test_the_same_report_to_cabinet_is_asked_about_a_key_decision() -> None:
    text = SCRUTINY.replace("Overview and Scrutiny Management Board", "Cabinet")
    findings = lint_text(text, path="r.md", select=["missing-metadata"])
    assert [f.message for f in findings if "key decision" in f.message]
