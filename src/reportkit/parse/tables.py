"""Implications tables: some councils put every implication in one table, a row each
("Financial | The cost is met from ... | Signed: J Smith"). Each row whose first cell names
a section becomes a sub-section, so the report is seen to have it. Shared by the readers.
"""

from __future__ import annotations

import re

from reportkit.headings import OTHER, HeadingMatch, Vocabulary
from reportkit.model import Block, Location, Section

_MIN_ROWS = 2  # one matching row could be chance; two or more make an implications table

# The column heading of the officer who signed each row off ("Issue | Implications | Sign-off").
_SIGN_OFF = re.compile(
    r"^(?:sign(?:ed)?[- ]?off(?:\s+by)?|signed(?:\s+by)?|cleared\s+by|officer|"
    r"responsible\s+officer|comments?\s+by|author)\s*:?$",
    re.IGNORECASE,
)


def _sign_off_column(rows: list[list[str]], header: list[str] | None) -> int | None:
    for row in ([header] if header else []) + rows[:1]:
        for i, cell in enumerate(row):
            if i > 0 and _SIGN_OFF.match(cell.strip()):
                return i
    return None


def row_sections(
    rows: list[list[str]],
    vocab: Vocabulary,
    locations: list[Location],
    level: int,
    header: list[str] | None = None,
) -> list[Section]:
    # Sections are built only once enough rows match: most tables are not of this kind.
    found: list[tuple[HeadingMatch, list[str], str, Location]] = []
    sign_off = _sign_off_column(rows, header)
    for row, location in zip(rows, locations, strict=False):
        signed = row[sign_off].strip() if sign_off is not None and sign_off < len(row) else ""
        if sign_off is not None and sign_off < len(row):
            row = row[:sign_off] + row[sign_off + 1 :]
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) < 2 or len(cells[0].split()) > 6:
            continue
        match = vocab.match(cells[0], heading_like=True)
        if match is None or match.id in {OTHER, "implications"} or match.rest:
            continue
        found.append((match, cells, signed, location))
    if len(found) < _MIN_ROWS:
        return []
    out: list[Section] = []
    for match, cells, signed, location in found:
        heading = match.heading or cells[0]
        out.append(
            Section(
                id=match.id,
                heading=heading,
                number=match.number,
                level=level,
                covers=match.covers,
                matched_by=f"{match.matched_by} (row of an implications table)",
                blocks=[Block(text=" ".join(cells[1:]), location=location)]
                + ([Block(text=f"Signed off by: {signed}", location=location)] if signed else []),
                location=location.model_copy(update={"heading": heading}),
            )
        )
    return out
