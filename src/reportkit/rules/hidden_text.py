"""RK403 hidden-text: text formatted as hidden (Word's ``vanish``), directly or by a style."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    for mark in report.word.hidden_text:
        text = " ".join(mark.text.split())
        yield Hit(
            message=f"Hidden text is in the document, invisible on screen but in the file: "
            f"'{text[:60]}'",
            location=mark.location,
            fix="Show hidden text (File > Options > Display) and delete it, or unhide it if "
            "it belongs in the report.",
        )
    if report.word.hidden_styles and not report.word.hidden_text:
        names = ", ".join(repr(n) for n in report.word.hidden_styles)
        yield Hit(
            message=f"The document defines styles that hide their text ({names})",
            location=Location(path=report.path, paragraph=1),
            fix="Remove the hidden formatting from these styles.",
        )


RULE = Rule(
    code="RK403",
    name="hidden-text",
    summary="The Word file contains hidden text.",
    check=check,
    severity=Severity.ERROR,
    formats=("docx",),
    why="""
Hidden text is not shown or printed, but it is in the file and anyone can reveal it, and
screen readers and search engines may read it. It is sometimes used to "remove" exempt
details from a public report; that does not remove them.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - runs: [{text: "The preferred bidder is "}, {text: "Acme Ltd", hidden: true}]
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The preferred bidder will be named when the contract is awarded.
""",
)
