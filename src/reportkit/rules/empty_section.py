"""RK102 empty-section: a heading with nothing under it, or only "N/A", "TBC" or "-"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report, Section
from reportkit.rules.base import Rule
from reportkit.spec import Spec


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    placeholders: list[str] = Field(
        default=["n/a", "na", "tbc", "tba", "tbd", "-", "\u2013", "\u2014"],
        description="Texts that count as empty when they are all a section holds "
        "(compared ignoring case, spaces and full stops).",
    )


def _stripped(text: str) -> str:
    return re.sub(r"[\s.]+", " ", text).strip().lower()


@lru_cache(maxsize=16)
def _longer_than(chars: int) -> re.Pattern[str]:
    """Finds text with more than ``chars`` characters other than spaces and full stops:
    text that ``_stripped`` cannot turn into anything that long or shorter."""
    return re.compile(rf"[\s.]*(?:[^\s.][\s.]*){{{chars + 1}}}")


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    placeholders = {_stripped(p) for p in options.placeholders}
    # A section with text longer than any placeholder is neither empty nor a placeholder;
    # finding that out at its start saves rewriting every section's whole text.
    too_long = _longer_than(max(map(len, placeholders), default=0))
    for section in report.sections:
        if any(too_long.match(block.text) for block in section.blocks):
            continue
        text = _stripped(section.text)
        if text and text not in placeholders:
            continue
        if _has_sub_sections(report, section):
            continue
        wanted = spec.section(section.id)
        if wanted is not None and wanted.group and _followed_by_a_section(report, section):
            continue
        what = "is empty" if not text else f"says only {section.text.strip()!r}"
        name = section.heading or section.id
        yield Hit(
            message=f"The section '{name}' {what}",
            location=section.location,
            section=section.id,
            fix="Say what the implications are, or why there are none.",
        )


def _followed_by_a_section(report: Report, section: Section) -> bool:
    """A grouping heading ("Implications of the Proposals") introduces the sections after
    it; PDF text often loses their indentation, so any following heading counts."""
    return report.sections[-1] is not section


def _has_sub_sections(report: Report, section: Section) -> bool:
    """A heading followed directly by sub-headings keeps its content in them; each
    sub-section is checked in its own right, so only the empty ones are reported."""
    return bool(report.children(section))


RULE = Rule(
    code="RK102",
    name="empty-section",
    summary="A section heading has no text under it, or only 'N/A', 'TBC' or '-'.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why=(
        "An empty heading, or one that says only 'N/A' or 'TBC', tells members nothing: "
        "either the implications were not considered or the report was sent before it was "
        "finished. If there are no implications, say so and why."
    ),
    bad="""\
# Summary
The report proposes a new allotment strategy.
# Financial Implications
TBC
# Legal Implications
The council has powers under the Small Holdings and Allotments Act 1908.
""",
    good="""\
# Summary
The report proposes a new allotment strategy.
# Financial Implications
The strategy is delivered within the existing parks budget of £85,000.
# Legal Implications
The council has powers under the Small Holdings and Allotments Act 1908.
""",
)
