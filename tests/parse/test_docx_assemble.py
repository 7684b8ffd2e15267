"""The Word reader's front sheet: a title block of bold lines ("Oakridge City Council",
"Report to Cabinet", the title) above the header table, then the numbered sections."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from reportkit.model import Report
from reportkit.parse import read_report
from reportkit.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_build import build_docx

HEADER = {"table": [["Date of Meeting:", "12 June 2025"],
                    ["Key Decision:", "Yes"],
                    ["Exempt / Confidential Report:", "No"]]}  # fmt: skip
BODY: list[Any] = [
    {"text": "1. Summary", "bold": True},
    "The report proposes new charges for garden waste collection.",
    {"text": "2. Recommendations", "bold": True},
    "That Cabinet approves the charges from 1 April.",
    {"text": "3. Report", "bold": True},
    "Collections have run at a loss since 2023.",
]


def read(tmp_path: Path, body: list[Any]) -> Report:
    path = build_docx({"body": body}, tmp_path / "report.docx")
    return read_report(path, load_spec("default")).report


def title_block(*lines: str, **style: Any) -> list[Any]:
    return [{"text": line, "bold": True, **style} for line in lines]


def test_report_to_cabinet_in_a_bold_title_block_is_the_committee_and_the_header_is_read(
    tmp_path: Path,
) -> None:
    body = title_block("Northvale Borough Council", "Report to Cabinet", "Garden Waste Charges")
    report = read(tmp_path, [*body, HEADER, *BODY])
    meta = report.metadata
    assert meta.committee == "Cabinet"
    assert meta.fields["committee"].label == "Report to"
    assert meta.meeting_date == dt.date(2025, 6, 12)
    assert meta.key_decision is True
    assert meta.exempt == "no"
    assert meta.title == "Garden Waste Charges"
    # The genuine "3. Report" heading in the body is still Background.
    assert [s.id for s in report.sections] == ["summary", "recommendations", "background"]
    assert [b.text for b in report.preamble] == [
        "Northvale Borough Council",
        "Garden Waste Charges",
    ]


def test_the_title_block_is_not_reported_as_fake_headings_but_the_body_still_is(
    tmp_path: Path,
) -> None:
    body = title_block("Northvale Borough Council", "Report to Cabinet", "Garden Waste Charges")
    report = read(tmp_path, [*body, HEADER, *BODY])
    assert report.word is not None
    assert [m.text for m in report.word.fake_headings] == [
        "1. Summary",
        "2. Recommendations",
        "3. Report",
    ]


def test_a_subject_row_in_the_header_table_beats_the_bold_title_line(tmp_path: Path) -> None:
    header = {"table": [*HEADER["table"], ["Subject:", "Garden waste: charges for 2026"]]}
    body = title_block("Northvale Borough Council", "Garden Waste Charges")
    report = read(tmp_path, [*body, header, *BODY])
    assert report.metadata.title == "Garden waste: charges for 2026"
    assert report.metadata.fields["title"].label == "Subject"


def test_a_title_style_line_stays_the_title_over_a_later_bold_line(tmp_path: Path) -> None:
    body = [
        {"text": "Garden Waste Charges", "style": "Title"},
        *title_block("Report of the Director of Environment", "Consultation Outcome"),
    ]
    report = read(tmp_path, [*body, HEADER, *BODY])
    assert report.metadata.title == "Garden Waste Charges"
    assert report.metadata.report_of == "Director of Environment"


def test_label_lines_in_capitals_or_a_heading_style_are_labels_too(tmp_path: Path) -> None:
    body = [
        {"heading": "REPORT TO: EXECUTIVE BOARD", "level": 1},
        {"text": "Report of the Strategic Director, Place", "bold": True, "size": 16},
        "Report author: Tom Reyes, Waste Services Manager",
    ]
    report = read(tmp_path, [*body, HEADER, *BODY])
    assert report.metadata.committee == "EXECUTIVE BOARD"
    assert report.metadata.report_of == "Strategic Director, Place"
    # The author line is a label too (the first "report of" value is kept), not a section.
    assert not any("Tom Reyes" in b.text for b in report.preamble)
    assert [s.id for s in report.sections] == ["summary", "recommendations", "background"]


def test_report_lines_after_the_first_section_are_still_background(tmp_path: Path) -> None:
    body = [
        HEADER,
        {"heading": "Summary"},
        "The report proposes new charges.",
        {"heading": "Report to Cabinet"},
        "Collections have run at a loss.",
    ]
    report = read(tmp_path, body)
    assert [s.id for s in report.sections] == ["summary", "background"]
    assert report.metadata.committee is None
