"""RK305 clearance-reference: the financial and legal implications carry the clearance
reference of the chief finance officer (s151) and the monitoring officer, in the council's own
format (the Sefton seed: "FD7424/23" and "LD5624/23"). Off unless the spec turns it on."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

_WHO = {"financial": "the chief finance officer (s151)", "legal": "the monitoring officer"}


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    required: bool = Field(
        default=False, description="Whether the council records clearance references at all."
    )
    financial_pattern: str = Field(
        default=r"\bFD\s?\d{2,6}/\d{2}\b",
        description="Regular expression for the finance clearance reference.",
    )
    legal_pattern: str = Field(
        default=r"\bLD\s?\d{2,6}/\d{2}\b",
        description="Regular expression for the legal clearance reference.",
    )
    anywhere: bool = Field(
        default=True,
        description="Accept the reference anywhere in the report (many templates record "
        "clearance in the consultation section), not only in the implications section.",
    )

    @field_validator("financial_pattern", "legal_pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        re.compile(value)
        return value


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    if not options.required:
        return
    patterns = {"financial": options.financial_pattern, "legal": options.legal_pattern}
    body = report.body_text()
    for sid, pattern in patterns.items():
        sections = report.find(sid)
        where = [report.section_text(s) for s in sections]
        haystack = body if options.anywhere else "\n".join(where)
        if re.search(pattern, haystack):
            continue
        location = sections[0].location if sections else Location(path=report.path, line=1)
        yield Hit(
            message=f"No clearance reference from {_WHO[sid]} was found for the {sid} "
            f"implications (expected a reference like /{pattern}/).",
            location=location,
            section=sid,
            fix=f"Send the report to {_WHO[sid]} and quote the clearance reference given.",
        )


RULE = Rule(
    code="RK305",
    name="clearance-reference",
    summary="Financial and legal implications quote the s151 and monitoring officer clearance "
    "references (when the spec requires them).",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    bad_spec="sefton-cabinet",
    why="""\
The chief finance officer (s151 Local Government Act 1972) and the monitoring officer must be
consulted on a decision's financial and legal implications. Councils that record clearance
with a reference number use it to show, and to check, that they were.""",
    bad="""\
# Financial Implications

The scheme costs £40,000, met from the existing highways budget.

# Legal Implications

The council has power to do this under s1 Localism Act 2011.

# Consultation

The Executive Director of Corporate Resources has been consulted.
""",
    good="""\
# Financial Implications

The scheme costs £40,000, met from the existing highways budget.

# Legal Implications

The council has power to do this under s1 Localism Act 2011.

# Consultation

The Executive Director of Corporate Resources (FD7001/24) and the Chief Legal and Democratic
Officer (LD7002/24) have been consulted.
""",
)
