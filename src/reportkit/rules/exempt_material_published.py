"""RK406 exempt-material-published: material marked NOT FOR PUBLICATION (or as exempt under
Schedule 12A) inside a report whose front sheet says it is for publication, or says nothing
about exemption."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportkit.findings import Hit, Severity
from reportkit.model import Block, Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

# A marking, not a mention: the text starts with it (a page header, an appendix heading, a
# banner paragraph). "Appendix A is NOT FOR PUBLICATION" in the front sheet is a declaration.
_MARK = re.compile(
    r"^\W*(?:(?:appendix|annex|part)\s+\w{1,3}\W{0,3}\s*)?"
    r"(not\s+for\s+publication|exempt\s+information\b.{0,80}schedule\s+12a)",
    re.IGNORECASE,
)


# Whole-line markings that only mean "exempt" when they stand alone in a page header,
# footer or text box ("Part 2" or "Private" in the body are ordinary words).
_BANNERS = {
    "confidential",
    "exempt",
    "exempt information",
    "private and confidential",
    "part ii",
    "part b",
    "not for publication",
}


def _banner(text: str) -> bool:
    return " ".join(re.findall(r"[a-z]+", text.lower())) in _BANNERS


def _marked(text: str) -> bool:
    return bool(_MARK.match(text.strip())) and len(text.split()) <= 60


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.metadata.exempt not in (None, "no") or report.metadata.exempt_parts:
        return
    declared = (
        "declares it is not exempt"
        if report.metadata.exempt == "no"
        else ("has no exempt / confidential declaration")
    )
    found: list[tuple[str, Location]] = []
    for block in report.running_text:
        if _marked(block.text) or _banner(block.text):
            found.append((f"the {block.location.heading or 'page header'}", block.location))
            break
    for section in report.sections:
        if _marked(section.heading):
            found.append((f"the heading '{section.heading}'", section.location))
    blocks: list[Block] = [b for _, b in report.iter_blocks() if b.kind != "table"]
    for block in blocks:
        if _marked(block.text) and len(block.text.split()) <= 25:
            found.append(("a paragraph", block.location))
    for what, location in found:
        yield Hit(
            message=f"Material marked NOT FOR PUBLICATION ({what}) is in a report that {declared}",
            location=location,
            fix="Move the exempt material to a separate confidential document, or declare "
            "it in the front sheet (e.g. 'Yes, Appendix A is exempt under paragraph 3 of "
            "Part 1 of Schedule 12A').",
        )


RULE = Rule(
    code="RK406",
    name="exempt-material-published",
    summary="Exempt material (NOT FOR PUBLICATION) is inside a report declared for publication.",
    check=check,
    severity=Severity.ERROR,
    why="""
Exempt information (Schedule 12A, Local Government Act 1972) is withheld by keeping it
out of the published papers. If an appendix or page marked NOT FOR PUBLICATION sits in
the same file as a report declared open, publishing the file publishes it.
""",
    bad="""---
committee: Cabinet
exempt: "No"
---
# Summary

The library lease is renewed.

# Appendix A - NOT FOR PUBLICATION

The tenant's accounts show a loss of £40,000.
""",
    good="""---
committee: Cabinet
exempt: "No"
---
# Summary

The library lease is renewed.

# Appendices

Appendix A - Plan of the site.
""",
)
