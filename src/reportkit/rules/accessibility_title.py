"""RK455 accessibility-title: the Word file has no document title property."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None or report.word.properties.get("title", "").strip():
        return
    suggestion = f" (e.g. '{report.metadata.title}')" if report.metadata.title else ""
    yield Hit(
        message="The document has no title property, so a PDF made from it is announced by "
        "its file name",
        location=Location(path=report.path, paragraph=1),
        fix=f"Set File > Info > Properties > Title to the report's subject{suggestion}.",
    )


RULE = Rule(
    code="RK455",
    name="accessibility-title",
    summary="The document has no title property.",
    check=check,
    formats=("docx",),
    why="""
WCAG 2.1 2.4.2 (Page Titled): a published document needs a title that says what it is.
Word's title property becomes the PDF title shown in the browser tab and read out first
by screen readers.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
    good="""
# A Word document, described as in docs/word.md
properties: {title: Library opening hours}
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
)
