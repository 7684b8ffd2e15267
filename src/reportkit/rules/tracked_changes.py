"""RK401 tracked-changes: a Word file still holds tracked changes (insertions, deletions,
moves or formatting changes) that have not been accepted or rejected."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None:
        return
    seen: set[int | None] = set()
    for mark in report.word.tracked_changes:
        # One finding per paragraph: a reworded sentence is many marks but one thing to fix.
        if mark.location.paragraph in seen:
            continue
        seen.add(mark.location.paragraph)
        by = f" by {mark.detail}" if mark.detail else ""
        shown = f": '{_short(mark.text)}'" if mark.text.strip() else ""
        yield Hit(
            message=f"An unaccepted tracked change ({mark.kind}{by}) is still in the "
            f"document{shown}",
            location=mark.location,
            fix="Accept or reject every change (Review > Accept > Accept All Changes) and "
            "turn off Track Changes before publishing.",
        )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


RULE = Rule(
    code="RK401",
    name="tracked-changes",
    summary="The Word file still contains tracked changes.",
    check=check,
    severity=Severity.ERROR,
    formats=("docx",),
    why="""
A published report is the final text. Tracked changes travel with the file: anyone who
opens it can show deleted wording, earlier figures, and who changed what. Drafting
comments from officers and legal advisers have been published this way.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - runs: [{text: "The saving is "}, {text: "£2m", delete: true}, {text: "£1.5m", insert: true}]
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Summary}
  - The saving is £1.5m.
""",
)
