"""RK453 accessibility-image-alt: an image without alternative text."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    for mark in report.word.images_without_alt:
        name = f" ('{mark.text}')" if mark.text else ""
        yield Hit(
            message=f"An image{name} has no alternative text",
            location=mark.location,
            fix="Right-click the image > View Alt Text, and describe what it shows (or tick "
            "'Mark as decorative').",
        )


RULE = Rule(
    code="RK453",
    name="accessibility-image-alt",
    summary="An image has no alternative text.",
    check=check,
    formats=("docx",),
    why="""
A published report must meet WCAG 2.1 AA (1.1.1 Non-text Content): a map, chart or plan
needs a text alternative, or a screen-reader user misses what it shows.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Background}
  - {image: true}
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Background}
  - {image: true, alt: "Map of the library's catchment area"}
""",
)
