"""RK201 key-decision-forward-plan: a key decision must have been on the Forward Plan (28
clear days' notice, reg 9 of SI 2012/2089) unless the report says the general exception
(reg 10) or special urgency (reg 11) procedure was used.

Whether the report says it is a key decision at all is ``missing-metadata``'s business; this
rule only checks that a declared key decision is consistent with the Forward Plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import joined


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    exception_phrases: list[str] = Field(
        default=[
            r"general exception",
            r"special urgency",
            r"\bregulations?\s*10\b",
            r"\bregulations?\s*11\b",
            r"\breg\.?\s*1[01]\b",
            r"not\s+(?:been\s+)?practicable\s+to\s+(?:give|publish|include)",
            r"urgency\s+(?:procedure|provisions?|rules?)",
            # reg 11: "the decision is urgent and cannot reasonably be deferred"
            r"(?:could|can)\s*not\s+(?:reasonably\s+)?be\s+deferred",
            # reg 10: "the Chair of the Overview and Scrutiny Committee has been informed"
            r"chair\w*\s+of\s+(?:the\s+)?(?:relevant\s+)?(?:overview\s+and\s+)?scrutiny"
            r"(?:\s+\w+){0,4}?\s+(?:has\s+been|was|have\s+been)\s+(?:informed|notified)",
        ],
        description="Regular expressions (case-insensitive) whose presence anywhere in the "
        "report means it states the general exception or special urgency procedure.",
    )
    mention_phrases: list[str] = Field(
        default=[r"forward\s+plan", r"notice\s+of\s+key\s+decisions?", r"28\s+clear\s+days"],
        description="Phrases that show the body says something about the Forward Plan when "
        "the header does not; the rule then stays silent rather than guess.",
    )


def _anywhere(report: Report, patterns: list[str]) -> bool:
    text = joined(report)
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def _where(report: Report, *fields: str) -> Location:
    for name in fields:
        meta = report.metadata.fields.get(name)
        if meta is not None:
            return meta.location
    return Location(path=report.path, line=1)


def _spec_asks_for_forward_plan(spec: Spec) -> bool:
    field = spec.metadata_field("forward_plan")
    return bool(field and (field.required or field.required_when))


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    meta = report.metadata
    if meta.key_decision is not True or meta.forward_plan is True:
        return
    if _anywhere(report, options.exception_phrases):
        return
    if meta.forward_plan is False:
        yield Hit(
            message="This is a key decision that was not included in the Forward Plan, and "
            "the report does not say that the general exception (regulation 10) or special "
            "urgency (regulation 11) procedure was used",
            location=_where(report, "forward_plan", "key_decision"),
            fix="State which procedure was followed (general exception or special urgency, "
            "with the scrutiny chair's involvement), or correct the Forward Plan entry.",
        )
        return
    # forward_plan undeclared: missing-metadata reports it when the spec asks for the field.
    if _spec_asks_for_forward_plan(spec) or _anywhere(report, options.mention_phrases):
        return
    yield Hit(
        message="This is a key decision but the report does not say whether it was included "
        "in the Forward Plan (28 clear days' notice)",
        location=_where(report, "key_decision"),
        fix="Add 'Included in Forward Plan: Yes' or state the exception procedure used.",
    )


RULE = Rule(
    code="RK201",
    name="key-decision-forward-plan",
    summary="A key decision was on the Forward Plan, or the report says which exception "
    "procedure was used.",
    check=check,
    severity=Severity.ERROR,
    options=Options,
    why="""\
Regulation 9 of the Local Authorities (Executive Arrangements) (Meetings and Access to
Information) (England) Regulations 2012 requires 28 clear days' public notice of a key
decision (the Forward Plan). When that was not practicable the decision may still be taken
under the general exception (regulation 10) or special urgency (regulation 11) procedure, and
the report must say so. A key decision taken without either is open to challenge.""",
    bad="""\
---
committee: Cabinet
meeting_date: 2024-03-07
key_decision: true
forward_plan: false
---
# Summary

The report seeks approval to award the leisure management contract.
""",
    good="""\
---
committee: Cabinet
meeting_date: 2024-03-07
key_decision: true
forward_plan: false
---
# Summary

The report seeks approval to award the leisure management contract.

# Urgency

It was not practicable to give 28 clear days' notice of this decision, so the general
exception procedure was followed and the Chair of Overview and Scrutiny was informed.
""",
)
