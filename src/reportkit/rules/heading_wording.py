"""RK302 heading-wording: where the spec says headings are fixed (``headings_fixed: true``,
template guidance "do not rename headings"), each recognised heading is worded exactly as the
spec's ``title``, ignoring case, numbering and a trailing colon (options)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

_NUMBER = re.compile(r"^\s*(?:\(?\d+(?:\s?\.\s?\d+)*\.?\)?|\(?[A-Z]\)|[A-Z]\.)\s+")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    ignore_case: bool = Field(default=True, description="'FINANCIAL IMPLICATIONS' matches.")
    ignore_punctuation: bool = Field(
        default=True,
        description="Ignore punctuation and spacing (a trailing colon or question mark, "
        "'&' for 'and' is NOT ignored).",
    )
    top_level_only: bool = Field(
        default=False, description="Check only top-level headings, not sub-headings."
    )


def normalise(heading: str, options: Options) -> str:
    text = _NUMBER.sub("", heading.strip())
    text = text.replace("*", "").replace("\u2019", "'")
    if options.ignore_punctuation:
        text = re.sub(r"[^\w&£%]+", " ", text)
    text = " ".join(text.split())
    return text.casefold() if options.ignore_case else text


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    if not spec.headings_fixed:
        return
    for section in report.sections:
        if section.id == "other" or (options.top_level_only and section.level > 1):
            continue
        wanted = spec.section(section.id)
        if wanted is None or not wanted.title:
            continue
        if normalise(section.heading, options) == normalise(wanted.title, options):
            continue
        yield Hit(
            message=f"The heading '{section.heading}' should be worded as in the template: "
            f"'{wanted.title}'.",
            location=section.location,
            section=section.id,
            fix=f"Rename the heading to '{wanted.title}'.",
        )


RULE = Rule(
    code="RK302",
    name="heading-wording",
    summary="Headings are worded as the template has them (when the spec fixes headings).",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Some councils tell authors not to rename the template's headings: readers, and the officers
who sign off each implication, find their section by its heading, and agenda software may
rely on it. Only applies when the spec sets `headings_fixed: true`.""",
    bad_spec="default-fixed-headings",
    bad="""\
# Finance Implications

The scheme costs £40,000.
""",
    good="""\
# Financial Implications

The scheme costs £40,000.
""",
)
