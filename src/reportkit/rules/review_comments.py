"""RK402 review-comments: a Word file still holds review comments."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    for mark in report.word.comments:
        by = f" from {mark.detail}" if mark.detail else ""
        text = " ".join(mark.text.split())
        shown = f": '{text[:60]}'" if text else ""
        yield Hit(
            message=f"A review comment{by} is still in the document{shown}",
            location=mark.location,
            fix="Resolve and delete every comment (Review > Delete > Delete All Comments in "
            "Document) before publishing.",
        )


RULE = Rule(
    code="RK402",
    name="review-comments",
    summary="The Word file still contains review comments.",
    check=check,
    formats=("docx",),
    why="""
Comments are part of the file and are published with it. They often hold frank advice
("legal aren't happy with this") or names that were never meant for the public.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - {text: "The hours change on 1 April.", comment: "Check this date with the service"}
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
)
