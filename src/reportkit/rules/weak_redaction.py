"""RK404 weak-redaction: text "redacted" by formatting only (black highlight or shading,
white text, a tiny font): the words are still in the file and can be copied out."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    for mark in report.word.weak_redactions:
        yield Hit(
            message=f"Text is hidden only by formatting ({mark.detail}) and can still be "
            f"copied out of the file: '{' '.join(mark.text.split())[:60]}'",
            location=mark.location,
            fix="Delete the words (or replace them with [REDACTED]); formatting does not redact.",
        )


RULE = Rule(
    code="RK404",
    name="weak-redaction",
    summary="Text is redacted by formatting only (black highlight, white text, tiny font).",
    check=check,
    severity=Severity.ERROR,
    formats=("docx",),
    why="""
Black highlighting, shading, white-on-white text and 1 pt fonts look redacted on screen
and on paper, but the words stay in the file, in the PDF made from it and in search
indexes. Exempt information (Schedule 12A LGA 1972) published this way is a data breach.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - runs:
      - {text: "The tenant, "}
      - {text: "Mrs Jane Example", highlight: black}
      - {text: ", owes rent."}
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The tenant owes rent.
""",
)
