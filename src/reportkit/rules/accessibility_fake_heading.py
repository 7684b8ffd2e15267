"""RK451 accessibility-fake-heading: a paragraph made to look like a heading (bold, large,
capitals) without a heading style, so screen readers and the navigation pane miss it."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    for mark in report.word.fake_headings:
        yield Hit(
            message=f"'{mark.text}' looks like a heading ({mark.detail}) but has no heading "
            "style, so screen readers cannot find it",
            location=mark.location,
            fix="Apply a heading style (Heading 1, Heading 2, or the template's own heading "
            "styles) instead of formatting the text by hand.",
        )


RULE = Rule(
    code="RK451",
    name="accessibility-fake-heading",
    summary="A heading is made by formatting (bold, large) instead of a heading style.",
    check=check,
    formats=("docx",),
    why="""
The accessibility regulations (WCAG 2.1 AA, 1.3.1 Info and Relationships) need structure
that software can read. A bold line looks like a heading but a screen reader, the Word
navigation pane and a tagged PDF all see an ordinary paragraph.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {text: Summary, bold: true}
  - The hours change on 1 April.
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
)
