"""RK101 missing-section: a section the spec requires is not in the report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Condition, Spec


def _holds(condition: Condition, report: Report) -> bool:
    if condition.field.startswith("section:"):
        present = report.has(condition.field.split(":", 1)[1])
        return present in condition.in_
    value: Any = getattr(report.metadata, condition.field, None)
    return value in condition.in_


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    for section in spec.sections:
        required = section.required or (
            section.required_when is not None and _holds(section.required_when, report)
        )
        if required and not report.has(section.id):
            yield Hit(
                message=f"The report has no {section.title} section ({section.id})",
                location=Location(path=report.path, line=1 if report.format != "docx" else None),
                section=section.id,
                fix=f"Add a '{section.title}' section. {section.prompt}".strip(),
            )


RULE = Rule(
    code="RK101",
    name="missing-section",
    summary="A section the report spec requires is missing.",
    check=check,
    severity=Severity.ERROR,
    why="Members can only take a lawful decision on a full report: without, say, the legal "
    "or equality implications they cannot show they considered them (s149 Equality Act 2010 "
    "for equality; the monitoring officer's and s151 officer's advice for legal and finance).",
)
