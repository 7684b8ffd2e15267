"""RK454 accessibility-table-header: a body table without a marked header row."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    for _, block in report.iter_blocks():
        # None means the format cannot say (PDF text); only a known "no" is reported.
        if block.kind != "table" or block.header_row is not False:
            continue
        rows = block.rows or []
        if len(rows) < 2 or max((len(r) for r in rows), default=0) < 2:
            continue
        first = " | ".join(c for c in rows[0] if c)[:50]
        yield Hit(
            message=f"The table starting '{first}' has no header row marked, so screen "
            "readers cannot announce its columns",
            location=block.location,
            fix="Select the first row > Table Properties > Row > 'Repeat as header row at "
            "the top of each page'.",
        )


RULE = Rule(
    code="RK454",
    name="accessibility-table-header",
    summary="A table has no header row marked.",
    check=check,
    formats=("docx",),
    why="""
WCAG 2.1 1.3.1 needs table headers that software can read. Word marks them with "Repeat as
header row"; without it a screen reader reads the cells as a run of unrelated words.
""",
    bad="""
# A Word document, described as in docs/word.md
body:
  - {heading: Climate Emergency Implications}
  - table: [[Impact, Yes/No], [Positive, "No"], [Neutral, "Yes"]]
""",
    good="""
# A Word document, described as in docs/word.md
body:
  - {heading: Climate Emergency Implications}
  - {table: [[Impact, Yes/No], [Positive, "No"], [Neutral, "Yes"]], header: true}
""",
)
