"""Implications tables: some councils put every implication in one table, a row each
("Financial | The cost is met from ... | Signed: J Smith"). Each row whose first cell names
a section becomes a sub-section, so the report is seen to have it. Shared by the readers.
"""

from __future__ import annotations

from reportkit.headings import OTHER, Vocabulary
from reportkit.model import Block, Location, Section

_MIN_ROWS = 2  # one matching row could be chance; two or more make an implications table


def row_sections(
    rows: list[list[str]],
    vocab: Vocabulary,
    locations: list[Location],
    level: int,
) -> list[Section]:
    found: list[Section] = []
    for row, location in zip(rows, locations, strict=False):
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) < 2 or len(cells[0].split()) > 6:
            continue
        match = vocab.match(cells[0], heading_like=True)
        if match is None or match.id in {OTHER, "implications"} or match.rest:
            continue
        heading = match.heading or cells[0]
        found.append(
            Section(
                id=match.id,
                heading=heading,
                number=match.number,
                level=level,
                covers=match.covers,
                matched_by=f"{match.matched_by} (row of an implications table)",
                blocks=[Block(text=" ".join(cells[1:]), location=location)],
                location=location.model_copy(update={"heading": heading}),
            )
        )
    return found if len(found) >= _MIN_ROWS else []
