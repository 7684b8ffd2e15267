"""RK452 accessibility-heading-levels: heading levels skip (Heading 1 straight to Heading 3)."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    previous = 0
    for level, location in report.word.heading_levels:
        if previous and level > previous + 1:
            yield Hit(
                message=f"Heading '{location.heading}' is at level {level} straight after a "
                f"level {previous} heading; heading levels should not skip",
                location=location,
                fix=f"Use Heading {previous + 1} here, or add the missing level above it.",
            )
        previous = level


RULE = Rule(
    code="RK452",
    name="accessibility-heading-levels",
    summary="Heading levels skip a level (Heading 1 followed by Heading 3).",
    check=check,
    formats=("docx",),
    why="""
Screen-reader users move through a document by heading level. A skipped level suggests a
missing section and breaks the outline of the published PDF (WCAG 2.1 1.3.1).
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Financial Implications, level: 1}
  - {heading: Revenue, level: 3}
  - The cost is met from reserves.
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Financial Implications, level: 1}
  - {heading: Revenue, level: 2}
  - The cost is met from reserves.
""",
)
