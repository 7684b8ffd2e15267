from __future__ import annotations

import datetime as dt

import pytest

from reportkit.frontsheet import (
    apply_field,
    match_label,
    parse_date,
    parse_exempt,
    parse_yes_no,
)
from reportkit.model import Location, Metadata
from reportkit.spec import load_spec

HERE = Location(path="report.txt", line=1)


@pytest.fixture(scope="module")
def spec():
    return load_spec("default")


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Report to:", "committee"),
        ("Meeting", "committee"),
        ("Decision maker", "committee"),
        ("Date of Meeting:", "meeting_date"),
        ("DATE:", "meeting_date"),
        ("Subject", "title"),
        ("Title", "title"),
        ("Report of", "report_of"),
        ("REPORTING OFFICER", "report_of"),
        ("Lead Officer", "report_of"),
        ("Report Author", "report_of"),
        ("Portfolio", "portfolio"),
        ("Cabinet Member", "portfolio"),
        ("Wards Affected", "wards"),
        ("Electoral divisions", "wards"),
        ("Is this a Key Decision", "key_decision"),
        ("Key Decision (Yes/No)", "key_decision"),
        ("Included in Forward Plan", "forward_plan"),
        ("Exempt / Confidential Report", "exempt"),
        ("Classification", "exempt"),
        ("Favourite colour", None),
    ],
)
def test_header_labels_name_metadata_fields(spec, label, field):
    assert match_label(label, spec) == field


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Yes", True),
        ("yes - spending over £500,000", True),
        ("Y", True),
        ("No", False),
        ("Not a key decision", False),
        ("N/A", None),
        ("", None),
        ("To be confirmed", None),
    ],
)
def test_yes_and_no_are_read_and_anything_else_is_unknown(value, expected):
    assert parse_yes_no(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4 January 2024", dt.date(2024, 1, 4)),
        ("Thursday, 4th January 2024", dt.date(2024, 1, 4)),
        ("04/01/2024", dt.date(2024, 1, 4)),
        ("2024-01-04", dt.date(2024, 1, 4)),
        ("January 4, 2024", dt.date(2024, 1, 4)),
        ("15 Sept 2025", dt.date(2025, 9, 15)),
        ("31 February 2024", None),
        ("next Tuesday", None),
    ],
)
def test_dates_are_read_in_the_forms_councils_write_them(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    ["No", "Not exempt", "For general release", "Public", "Open", "Part I", "None"],
)
def test_open_reports_are_not_exempt(value):
    assert parse_exempt(value) == ("no", [], [])


@pytest.mark.parametrize(
    "value", ["Yes", "Exempt", "Private", "Part II", "Confidential", "NOT FOR PUBLICATION"]
)
def test_closed_reports_are_wholly_exempt(value):
    status, parts, _ = parse_exempt(value)
    assert (status, parts) == ("whole", [])


def test_a_public_report_with_an_exempt_appendix_is_part_exempt():
    status, parts, paragraphs = parse_exempt(
        "No, Appendix C is NOT FOR PUBLICATION by virtue of Paragraph 3 of Part 1 of "
        "Schedule 12A of the Local Government Act 1972."
    )
    assert status == "part"
    assert parts == ["Appendix C"]
    assert paragraphs == [3]


@pytest.mark.parametrize(
    ("value", "paragraphs"),
    [
        ("Exempt under paragraphs 1 and 2 of Schedule 12A", [1, 2]),
        ("Private - paragraph (3)", [3]),
        ("Exempt: para 7A", [7]),
        ("Confidential, paragraphs 1, 2 & 5", [1, 2, 5]),
    ],
)
def test_schedule_12a_paragraphs_are_read_in_their_written_forms(value, paragraphs):
    assert parse_exempt(value)[2] == paragraphs


def test_several_exempt_appendices_are_listed():
    status, parts, _ = parse_exempt("Appendices 2 and 3 are exempt under paragraph 3")
    assert (status, parts) == ("part", ["Appendix 2", "Appendix 3"])


def test_an_unclear_exempt_answer_is_left_unknown():
    assert parse_exempt("See covering note") == (None, [], [])


def test_apply_field_fills_typed_values_and_keeps_the_raw_entry():
    meta = Metadata()
    apply_field(meta, "meeting_date", "Date of Meeting", "4 January 2024", HERE)
    apply_field(meta, "key_decision", "Key Decision", "Yes", HERE)
    apply_field(meta, "exempt", "Exempt", "Part II, paragraph 1", HERE)
    apply_field(meta, "wards", "Wards Affected", "(All Wards);", HERE)
    assert meta.meeting_date == dt.date(2024, 1, 4)
    assert meta.key_decision is True
    assert (meta.exempt, meta.exempt_paragraphs) == ("whole", [1])
    assert meta.exempt_text == "Part II, paragraph 1"
    assert meta.wards == "(All Wards)"
    assert meta.fields["meeting_date"].value == "4 January 2024"
    assert meta.fields["meeting_date"].label == "Date of Meeting"


def test_the_first_value_for_a_field_wins():
    meta = Metadata()
    apply_field(meta, "committee", "Report to", "Cabinet", HERE)
    apply_field(meta, "committee", "Meeting", "Council", HERE)
    assert meta.committee == "Cabinet"


def test_an_unknown_label_is_kept_under_its_slug():
    meta = Metadata()
    apply_field(meta, None, "Lead Member Email", "cllr@example.gov.uk", HERE)
    assert meta.fields["lead_member_email"].value == "cllr@example.gov.uk"


def test_a_yes_or_no_after_a_reference_is_still_read():
    assert parse_yes_no("FP/2026/031 \u2013 Yes") is True
    assert parse_yes_no("This is not a key decision") is False
    assert parse_yes_no("Partly: yes for capital, no for revenue") is None


def test_a_forward_plan_reference_on_its_own_means_the_decision_is_on_the_plan():
    metadata = Metadata()
    apply_field(metadata, "forward_plan", "Forward Plan reference", "FP/2026/031", HERE)
    assert metadata.forward_plan is True
    other = Metadata()
    apply_field(other, "forward_plan", "Forward Plan", "TBC", HERE)
    assert other.forward_plan is None


def test_a_header_tables_column_headings_are_not_read_as_a_title():
    from reportkit.frontsheet import fields_from_row

    metadata = Metadata()
    spec = load_spec("default")
    fields_from_row(["Item", "Detail"], spec, metadata, HERE)
    fields_from_row(["Report title", "Library Opening Hours"], spec, metadata, HERE)
    assert metadata.title == "Library Opening Hours"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Public report with an exempt appendix", ("part", [], [])),
        ("Open report \u2013 Appendix B is Part II (paragraph 3)", ("part", ["Appendix B"], [3])),
        ("Public except Appendix 2", ("part", ["Appendix 2"], [])),
        ("Public \u2013 no exempt appendices", ("no", [], [])),
    ],
)
def test_a_public_report_with_an_exempt_appendix_is_partly_exempt(text, expected):
    assert parse_exempt(text) == expected


def test_key_and_non_key_are_answers_to_the_type_of_decision():
    assert parse_yes_no("Key decision") is True
    assert parse_yes_no("This is a key decision") is True
    assert parse_yes_no("Non-key") is False
    assert parse_yes_no("Keyworth ward") is None


def test_each_spec_answers_for_its_own_labels_however_often_it_is_asked(spec):
    # Labels are remembered per spec: another spec's answer must never leak across.
    other = spec.model_copy(deep=True)
    other.metadata[0].labels.append("Zebra crossing")
    for _ in range(2):
        assert match_label("Zebra crossing", spec) is None
        assert match_label("Zebra crossing", other) == other.metadata[0].field
        assert match_label("Date of Meeting:", other) == "meeting_date"
