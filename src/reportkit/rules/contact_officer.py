"""RK307 contact-officer: the contact officer has a name, a valid email address and a UK
phone number. A missing contact section is missing-section's finding, not this one's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
# 01234 567890, 0151 934 3329, 020 7946 0000, 07700 900123, +44 (0)151 934 3329, 0300 123 4567.
_DIGITS = re.compile(
    r"^(?:\+?44\s*(?:\(0\)\s*)?|0)(\d[\d\s()-]{6,14}\d)(?:\s*(?:ext\.?|x)\s*\d{1,6})?$"
)

_LABEL = re.compile(r"^(?:tel(?:ephone)?(?:\s+number)?|phone|t)\s*[.:]?\s*", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    require_name: bool = Field(default=True, description="The contact officer is named.")
    require_email: bool = Field(default=True, description="An email address is given.")
    require_phone: bool = Field(default=True, description="A telephone number is given.")


def valid_phone(value: str) -> bool:
    text = re.sub(
        r"^(?:tel(?:ephone)?(?:\s+number)?|phone|t)\s*[.:]?\s*", "", value.strip(), flags=re.I
    )
    # "(01632) 960207": the area code in brackets.
    text = re.sub(r"^\((0\d{2,5})\)", r"\1", text.strip())
    m = _DIGITS.match(text)
    if not m:
        return False
    national = re.sub(r"\D", "", m.group(1))
    return 9 <= len(national) <= 10  # digits after the leading 0 (or +44)


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    contact = report.contact_officer
    if contact is None:
        return
    problems: list[tuple[str, str]] = []
    if options.require_name and not (contact.name or "").strip():
        problems.append(("The contact officer is not named.", "Give the officer's name."))
    email = (contact.email or "").strip().rstrip(".")
    if options.require_email and not email:
        problems.append(("The contact officer has no email address.", "Add the address."))
    elif email and not _EMAIL.match(email):
        problems.append(
            (f"The contact officer's email address '{email}' is not valid.",
             "Correct the email address (name@council.gov.uk).")
        )  # fmt: skip
    phone = (contact.phone or "").strip()
    if options.require_phone and not phone:
        problems.append(
            ("The contact officer has no telephone number.",
             "Add a telephone number, e.g. 0151 934 3329.")
        )  # fmt: skip
    elif phone and not valid_phone(phone):
        problems.append(
            (f"The contact officer's telephone number '{phone}' is not a valid UK number.",
             "Give the full number with its area code, e.g. 01234 567890.")
        )  # fmt: skip
    for message, fix in problems:
        yield Hit(message=message, location=contact.location, section="contact_officer", fix=fix)


RULE = Rule(
    code="RK307",
    name="contact-officer",
    summary="The contact officer has a name, a valid email address and a UK phone number.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Councillors and the public use the contact details to ask about the report before the
meeting. A missing or mistyped number or address means their questions go unanswered.""",
    bad="""\
# Contact Officer

Contact Officer: Priya Shah
Telephone: 01234 5678
Email: priya.shah@example.gov.uk
""",
    good="""\
# Contact Officer

Contact Officer: Priya Shah
Telephone: 01234 567890
Email: priya.shah@example.gov.uk
""",
)
