"""RK101 missing-section: a section the spec requires is absent."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.conditions import holds, start_of
from reportkit.findings import Hit, Severity
from reportkit.meeting import EXECUTIVE_ONLY_SECTIONS, NON_EXECUTIVE_BODIES, non_executive
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Condition, Spec


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    executive_only: list[str] = Field(
        default=list(EXECUTIVE_ONLY_SECTIONS),
        description="Sections needed only for an executive decision (the 2012 Regulations "
        "record its reasons and the options rejected); not asked of a report to a scrutiny "
        "or regulatory body.",
    )
    non_executive_bodies: list[str] = Field(
        default=list(NON_EXECUTIVE_BODIES),
        description="Words in the meeting's name that show it takes no executive decision "
        "(a 'Key decision: Not applicable' entry shows it too; a spec's `meeting:` decides "
        "outright).",
    )


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    present = {sid for section in report.sections for sid in section.all_ids()}
    no_executive = non_executive(report, spec, options.non_executive_bodies)
    skip = set(options.executive_only) if no_executive else set()
    for index, wanted in enumerate(spec.sections):
        if wanted.id in present or wanted.id in skip:
            continue
        if not (wanted.required or holds(wanted.required_when, report)):
            continue
        why = "" if wanted.required else _because(wanted.required_when, report)
        yield Hit(
            message=f"The report has no {wanted.title} section ({wanted.id}){why}",
            location=_where_it_belongs(report, spec, index),
            section=wanted.id,
            fix=f"Add a '{wanted.title}' section. {wanted.prompt}".strip(),
        )


def _because(condition: Condition | None, report: Report) -> str:
    if condition is None:
        return ""
    if condition.field == "key_decision":
        return ", which a key decision needs"
    if condition.field == "exempt":
        return ", which a report with exempt information needs"
    value = getattr(report.metadata, condition.field, None)
    return f", needed when {condition.field} is {value}"


def _where_it_belongs(report: Report, spec: Spec, index: int) -> Location:
    """Before the first present section the spec lists after the missing one; else the
    start of the file (the reader can see at once which part of the template is missing)."""
    later = {s.id for s in spec.sections[index + 1 :]}
    for section in report.sections:
        if section.level == 1 and section.id in later:
            return section.location
    return start_of(report)


RULE = Rule(
    code="RK101",
    name="missing-section",
    summary="A section the report spec requires (e.g. Legal Implications) is missing.",
    check=check,
    severity=Severity.ERROR,
    options=Options,
    why=(
        "Councils' report templates require each report to set out its financial, legal "
        "and equality implications, its reasons and the alternatives considered, so that "
        "members decide lawfully and on full information (s151 LGA 1972, s5 LGHA 1989, "
        "s149 Equality Act 2010). A missing section is the first thing democratic services "
        "send a report back for."
    ),
    bad="""\
---
committee: Cabinet
meeting_date: 2025-03-12
title: Replacement of Street Lighting Columns
key_decision: false
exempt: "no"
---
# Summary
The report proposes replacing 400 corroded lighting columns.
# Recommendations
(1) Approve the replacement programme.
""",
    good="""\
---
committee: Cabinet
meeting_date: 2025-03-12
title: Replacement of Street Lighting Columns
key_decision: false
exempt: "no"
---
# Summary
The report proposes replacing 400 corroded lighting columns.
# Recommendations
(1) Approve the replacement programme.
# Reasons for the Recommendations
The columns have failed structural tests.
# Alternative Options Considered and Rejected
Doing nothing was rejected because the columns are unsafe.
# Financial Implications
The cost of £1.2m is met from the highways capital budget.
# Legal Implications
The council is the highway authority under the Highways Act 1980.
# Equality Implications
Better lighting helps older and disabled residents; no adverse impact was found.
# Climate Emergency Implications
LED lanterns cut the energy used by 60 per cent.
# Risk Implications
The main risk is supply delay, managed through the framework contract.
# Consultation
Ward members were consulted.
# Contact Officer
Jo Bloggs, Highways Manager, 01234 567890
# Background Papers
None.
""",
)
