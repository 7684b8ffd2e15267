"""The metadata header table on a report's front sheet (Report to | Cabinet | Date of
Meeting | 4 January 2024 ...), laid out as many councils' Cabinet templates do."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from reportkit.model import Metadata
from reportkit.render.house_style import HouseStyle
from reportkit.render.oxml import mark_header_row, shade_cell

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# (label, field) pairs per row; one pair spans the row, two pairs make four columns.
ROWS: list[list[tuple[str, str]]] = [
    [("Report to:", "committee"), ("Date of Meeting:", "meeting_date")],
    [("Subject:", "title")],
    [("Report of:", "report_of"), ("Wards Affected:", "wards")],
    [("Portfolio:", "portfolio")],
    [("Is this a Key Decision:", "key_decision"), ("Included in Forward Plan:", "forward_plan")],
    [("Exempt / Confidential Report:", "exempt")],
]
_IN_TABLE = {field for row in ROWS for _, field in row}
# Shown inside the Exempt row's wording when the report is exempt in part or whole.
_IN_EXEMPT_WORDING = {"exempt_paragraphs", "exempt_parts"}


def format_date(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"


def exempt_wording(meta: Metadata) -> str:
    """The Exempt / Confidential row, naming the Schedule 12A paragraphs."""
    if meta.exempt_text and len(meta.exempt_text.split()) > 2:
        return meta.exempt_text  # the author's own declaration
    paragraphs = " and ".join(str(p) for p in meta.exempt_paragraphs) or "[number]"
    word = "paragraphs" if len(meta.exempt_paragraphs) > 1 else "paragraph"
    act = "Part 1 of Schedule 12A of the Local Government Act 1972"
    basis = f"by virtue of {word} {paragraphs} of {act}"
    if meta.exempt == "whole":
        return f"Yes, this report is NOT FOR PUBLICATION {basis}."
    if meta.exempt == "part":
        parts = " and ".join(meta.exempt_parts) or "part of this report"
        verb = "are" if len(meta.exempt_parts) > 1 else "is"
        return f"No, {parts} {verb} NOT FOR PUBLICATION {basis}."
    if meta.exempt == "no":
        return "No"
    return _raw(meta, "exempt")


def _raw(meta: Metadata, field: str) -> str:
    entry = meta.fields.get(field)
    return entry.value if entry else ""


def field_value(meta: Metadata, field: str) -> str:
    """The value to print: what the author wrote, except that YAML's machine forms (ISO
    dates, true/false) are shown as people write them. Text the reader could not type (a
    prompt left in a draft) stays as written, so lint still sees it in Word."""
    if field == "exempt":
        return exempt_wording(meta)
    value = getattr(meta, field, None)
    raw = _raw(meta, field)
    if isinstance(value, dt.date) and (not raw or _ISO_DATE.match(raw)):
        return format_date(value)
    if isinstance(value, bool) and raw.lower() in {"", "true", "false", "yes", "no"}:
        return "Yes" if value else "No"
    if raw:
        return raw
    return str(value) if value else ""


_EXTRA_LABELS = {
    "report_date": "Date of Report",
    "exempt_paragraphs": "Exempt Paragraphs",
    "exempt_parts": "Exempt Parts",
}


def _humane(label: str) -> str:
    """A front-matter key ("lead_officer") as a label people read ("Lead officer")."""
    label = label.strip()
    if "_" in label or label.islower():
        label = label.replace("_", " ").strip().capitalize()
    return label


def extra_rows(meta: Metadata) -> list[tuple[str, str]]:
    """Metadata found that the standard rows do not show (report date, council-specific
    labels), so nothing the author wrote is lost."""
    rows = []
    for name, entry in meta.fields.items():
        if name in _IN_TABLE:
            continue
        if name in _IN_EXEMPT_WORDING and meta.exempt in {"part", "whole"}:
            continue
        label = _EXTRA_LABELS.get(name) or _humane(entry.label)
        label = label if label.endswith(":") else f"{label}:"
        value = (
            format_date(meta.report_date)
            if name == "report_date" and meta.report_date
            else entry.value
        )
        rows.append((label, value))
    return rows


def add_header_table(
    document: Any, meta: Metadata, style: HouseStyle, table_style: str | None
) -> Any:
    from docx.shared import Cm, Pt

    rows = [*ROWS]
    extras = extra_rows(meta)
    table = document.add_table(rows=len(rows) + len(extras), cols=4)
    if table_style:
        table.style = table_style
    widths = [Cm(3.6), Cm(4.4), Cm(3.6), Cm(4.4)]
    for index, pairs in enumerate(rows):
        cells = table.rows[index].cells
        if len(pairs) == 1:
            label, field = pairs[0]
            merged = _merge_across(cells, 1, 3)
            _fill(cells[0], label, label=True, style=style)
            _fill(merged, field_value(meta, field), label=False, style=style)
        else:
            for pos, (label, field) in enumerate(pairs):
                _fill(cells[pos * 2], label, label=True, style=style)
                _fill(cells[pos * 2 + 1], field_value(meta, field), label=False, style=style)
    for offset, (label, value) in enumerate(extras):
        cells = table.rows[len(rows) + offset].cells
        _fill(cells[0], label, label=True, style=style)
        _fill(_merge_across(cells, 1, 3), value, label=False, style=style)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
    mark_header_row(table.rows[0])
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                para.paragraph_format.space_after = Pt(3)
    return table


def _fill(cell: Any, text: str, *, label: bool, style: HouseStyle) -> None:
    from docx.shared import Pt

    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.font.size = Pt(style.table_size_pt)
    if label:
        run.bold = True
        if style.header_label_shading:
            shade_cell(cell, style.header_label_shading)


def _merge_across(cells: list[Any], first: int, last: int) -> Any:
    """Merge the empty cells ``first``..``last`` of a new row into one (``w:gridSpan``), as
    python-docx's ``merge`` does for them, without its grid look-ups (a millisecond a
    merge, a tenth of the build of a short report)."""
    keep = cells[first]._tc
    span = keep.grid_span
    for cell in cells[first + 1 : last + 1]:
        tc = cell._tc
        if tc is keep:
            continue
        span += tc.grid_span
        if keep.width is not None and tc.width is not None:
            keep.width = keep.width + tc.width
        tc.getparent().remove(tc)
    keep.grid_span = span
    return cells[first]
