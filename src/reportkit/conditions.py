"""Evaluating a spec's ``required_when`` conditions against a report.

A condition whose field the report does not state is false: when the report does not say
whether it is a key decision, a rule cannot know that the forward plan entry is needed
(missing-metadata reports the missing key decision itself)."""

from __future__ import annotations

from typing import Any

from reportkit.model import Location, Report
from reportkit.spec import Condition


def holds(condition: Condition | None, report: Report) -> bool:
    if condition is None:
        return False
    field = condition.field
    if field.startswith("section:"):
        present = report.has(field.split(":", 1)[1])
        return present in condition.in_
    value: Any = getattr(report.metadata, field, None)
    if value is None:
        return False
    if isinstance(value, list):
        return any(item in condition.in_ for item in value)
    return value in condition.in_


def start_of(report: Report) -> Location:
    """The start of the file, in the units its format uses."""
    if report.format == "docx":
        return Location(path=report.path, paragraph=1)
    return Location(path=report.path, line=1)
