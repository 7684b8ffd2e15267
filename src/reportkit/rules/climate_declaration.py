"""RK203 climate-declaration: in a positive / neutral / negative climate impact table,
exactly one impact is marked Yes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from reportkit.findings import Hit, Severity
from reportkit.model import Block, Location, Report
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec
from reportkit.text_utils import may_contain, may_have

_ROW = re.compile(r"\b(positive|neutral|negative)\s+impact\b(?P<rest>.*)$", re.IGNORECASE)
_YES = re.compile(r"^(?:yes|y|✓|✔|x|☒)$", re.IGNORECASE)
_NO = re.compile(r"^(?:no|n|-|\u2013|☐)$", re.IGNORECASE)


@dataclass
class _Row:
    kind: str
    value: str | None
    """"yes", "no", or None when blank or not filled in ("Yes/No")."""
    location: Location


def _value(rest: str) -> str | None:
    cells = [c.strip(" :|*") for c in re.split(r"\t|\|| {2,}", rest) if c.strip(" :|*")]
    if not cells:
        return None
    last = cells[-1]
    if _YES.match(last):
        return "yes"
    if _NO.match(last):
        return "no"
    word = re.match(r"^(yes|no)\b", last, re.IGNORECASE)
    if word and not re.search(r"yes\s*/\s*no|no\s*/\s*yes", last, re.IGNORECASE):
        return word.group(1).lower()
    return None


def _rows_of(block: Block) -> list[str]:
    if block.rows:
        return ["\t".join(row) for row in block.rows]
    return block.text.splitlines()


def _table_rows(report: Report) -> list[list[_Row]]:
    """Runs of impact rows; a run ends at a block that has none."""
    runs: list[list[_Row]] = []
    current: list[_Row] = []
    # A block's text is in the report's joined text (its rows, read from the cells, may not
    # be): when that has no "impact", only blocks with rows can have an impact row.
    anywhere = may_contain(report, "impact")
    for _, block in report.iter_blocks():
        found = []
        for line in _rows_of(block) if anywhere or block.rows else ():
            m = _ROW.search(line) if may_have(line, "impact") else None
            # "There will not be any positive or negative impacts" is prose, not a row.
            if m and len(line) < 120 and not re.search(r"\bany\b|\bor\b", line[: m.start()]):
                found.append(_Row(m.group(1).lower(), _value(m.group("rest")), block.location))
        if found:
            current.extend(found)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [run for run in runs if len({r.kind for r in run}) >= 2]


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    for run in _table_rows(report):
        yes = [r for r in run if r.value == "yes"]
        where = run[0].location
        if len(yes) == 1:
            continue
        if not yes:
            blank = any(r.value is None for r in run)
            yield Hit(
                message="The climate impact table does not mark any of positive, neutral or "
                "negative impact Yes" + (" (some rows are not filled in)" if blank else ""),
                location=where,
                section="climate",
                fix="Mark exactly one of the impacts Yes and the others No.",
            )
        else:
            kinds = " and ".join(r.kind for r in yes)
            yield Hit(
                message=f"The climate impact table marks more than one impact Yes ({kinds})",
                location=yes[1].location,
                section="climate",
                fix="Mark exactly one of positive, neutral or negative impact Yes.",
            )


RULE = Rule(
    code="RK203",
    name="climate-declaration",
    summary="A positive / neutral / negative climate impact table marks exactly one Yes.",
    check=check,
    severity=Severity.WARNING,
    why="""\
Councils that have declared a climate emergency often ask report authors to say whether the
recommendations will have a positive, neutral or negative impact, by marking one of three
rows Yes. A table with no Yes, or two, tells the decision-maker nothing and is usually a
template row left unfilled.""",
    bad="""\
# Climate Emergency Implications

The recommendations within this report will

| Impact | |
|---|---|
| Have a positive impact | Yes |
| Have a neutral impact | Yes |
| Have a negative impact | No |
""",
    good="""\
# Climate Emergency Implications

The recommendations within this report will

| Impact | |
|---|---|
| Have a positive impact | No |
| Have a neutral impact | Yes |
| Have a negative impact | No |
""",
)
