"""RK105 missing-metadata: a front-sheet fact the spec requires is absent or unclear."""

from __future__ import annotations

from collections.abc import Iterator

from reportkit.conditions import holds, start_of
from reportkit.findings import Hit, Severity
from reportkit.meeting import EXECUTIVE_ONLY_FIELDS, non_executive
from reportkit.model import Report
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec

# What an officer would call the missing fact; other fields use their label.
_MISSING = {
    "committee": "The report does not say which meeting it is for",
    "meeting_date": "The report does not give the date of the meeting",
    "report_date": "The report does not give its date",
    "title": "The report has no title",
    "report_of": "The report does not say whose report it is (report of)",
    "wards": "The report does not say which wards are affected",
    "portfolio": "The report does not name the portfolio or cabinet member",
    "key_decision": "The report does not say whether it is a key decision",
    "forward_plan": "The report is a key decision but does not say whether it is on the "
    "Forward Plan",
    "exempt": "The report does not say whether it contains exempt (confidential) information",
    "exempt_paragraphs": "The report contains exempt information but does not say which "
    "paragraph of Schedule 12A to the Local Government Act 1972 applies",
}
_UNCLEAR = {
    "key_decision": "Yes or No",
    "forward_plan": "Yes or No",
    "exempt": "No, or which part is exempt",
    "meeting_date": "a date",
    "report_date": "a date",
}


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    meta = report.metadata
    for wanted in spec.metadata:
        if not (wanted.required or holds(wanted.required_when, report)):
            continue
        value = getattr(meta, wanted.field, None)
        if value not in (None, "", []):
            continue
        found = meta.fields.get(wanted.field)
        if wanted.field in EXECUTIVE_ONLY_FIELDS and non_executive(report, spec):
            continue  # a scrutiny or regulatory report: no executive decision to classify
        if found is not None and wanted.field in _UNCLEAR and found.value.strip():
            yield Hit(
                message=(
                    f"The report's '{found.label}' entry {found.value.strip()!r} is not "
                    f"{_UNCLEAR[wanted.field]}"
                ),
                location=found.location,
                fix=f"Write {_UNCLEAR[wanted.field]} after '{found.label}'.",
            )
            continue
        if found is not None and found.value.strip():
            continue  # stated in a form the reader keeps only as text
        message = _MISSING.get(wanted.field, f"The report does not give its {wanted.field}")
        label = wanted.labels[0] if wanted.labels else wanted.field
        yield Hit(
            message=message,
            location=start_of(report),
            fix=f"Add '{label}' to the front sheet. {wanted.prompt}".strip(),
        )


RULE = Rule(
    code="RK105",
    name="missing-metadata",
    summary="A front-sheet fact the spec requires (key decision, exempt status ...) is absent.",
    check=check,
    severity=Severity.ERROR,
    why=(
        "The law requires a report to show whether it is a key decision and on the Forward "
        "Plan (2012 Regulations, regs 9-11) and whether it contains exempt information "
        "(Schedule 12A LGA 1972). Democratic services need the meeting, date and title to "
        "publish it."
    ),
    bad="""\
---
committee: Cabinet
meeting_date: 2025-03-12
title: Allotment Strategy
exempt: "no"
---
# Summary
The report proposes a new allotment strategy.
""",
    good="""\
---
committee: Cabinet
meeting_date: 2025-03-12
title: Allotment Strategy
key_decision: false
exempt: "no"
---
# Summary
The report proposes a new allotment strategy.
""",
)
