"""Findings built in code for the formatter tests: one per kind of location."""

from __future__ import annotations

import pytest

from reportkit.findings import Finding, Severity
from reportkit.model import Location


@pytest.fixture
def findings() -> list[Finding]:
    return [
        Finding(
            code="RK101",
            name="missing-section",
            severity=Severity.ERROR,
            message="The report has no Legal Implications section (legal)",
            location=Location(path="reports/cabinet march.md", line=1),
            section="legal",
            fix="Add a Legal Implications section cleared by the monitoring officer.",
        ),
        Finding(
            code="RK305",
            name="long-sentence",
            severity=Severity.WARNING,
            message="This sentence has 61 words, over the 25 advised: split it, 100%",
            location=Location(path="reports/cabinet march.md", line=14, column=5),
        ),
        Finding(
            code="RK401",
            name="tracked-changes",
            severity=Severity.INFO,
            message="The document still holds 2 tracked changes",
            location=Location(path="reports/leisure.docx", paragraph=7, heading="Summary"),
        ),
    ]
