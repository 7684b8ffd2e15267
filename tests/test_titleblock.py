"""The title block: label-and-value lines without a colon, the council's name, the title."""

from __future__ import annotations

import pytest

from reportkit.spec import load_spec
from reportkit.titleblock import is_authority_name, is_title, label_line

SPEC = load_spec("default")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Report to Cabinet", ("committee", "Report to", "Cabinet")),
        ("REPORT TO: CABINET", ("committee", "REPORT TO", "CABINET")),
        ("**Report to:** Planning Committee", ("committee", "Report to", "Planning Committee")),
        ("Report To\tAudit Committee", ("committee", "Report To", "Audit Committee")),
        ("Report to the Executive Board", ("committee", "Report to", "Executive Board")),
        ("Meeting of the Licensing Panel", ("committee", "Meeting of", "Licensing Panel")),
        ("Report of the Director of Place", ("report_of", "Report of", "Director of Place")),
        ("Report by Head of Housing", ("report_of", "Report by", "Head of Housing")),
        ("Report author: Priya Shah, Parks", ("report_of", "Report author", "Priya Shah, Parks")),
        ("Date of meeting 12 June 2025", ("meeting_date", "Date of meeting", "12 June 2025")),
    ],
)  # fmt: skip
def test_a_front_sheet_label_and_its_value_on_one_line_are_split(
    line: str, expected: tuple[str, str, str]
) -> None:
    assert label_line(line, SPEC) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Report",  # the Background alias on its own
        "The Report",
        "Report Detail",
        "2. Report",
        "Report Author and Contact",  # a Contact Officer heading
        "Report for Information",  # why, not to whom
        "Report for decision",
        "Report of progress since March",  # lower case: a sentence, not an officer
        "Report to the committee on progress",
        "Date of meeting to be confirmed",  # a date field needs a date
        "Key Decision No",  # yes/no answers need a colon or a tab
        "Cabinet Member for Finance",  # a portfolio value that starts like a label
        "Report to Cabinet in the spring is expected to set out the costs.",
        "Summary: the libraries open longer",
    ],
)
def test_headings_sentences_and_unsafe_values_are_not_split(line: str) -> None:
    assert label_line(line, SPEC) is None


@pytest.mark.parametrize(
    "line",
    [
        "Oakridge City Council",
        "Northvale County Council",
        "London Borough of Eastwick",
        "Royal Borough of Kingsmere",
        "West Vale Combined Authority",
        "City of Ashford",
    ],
)
def test_the_councils_name_is_recognised_and_is_not_a_title(line: str) -> None:
    assert is_authority_name(line)
    assert not is_title(line, SPEC)


@pytest.mark.parametrize(
    "line", ["Library Opening Hours Review", "Council Tax Support Scheme 2026/27", "Budget"]
)
def test_a_title_line_is_a_title(line: str) -> None:
    assert is_title(line, SPEC)


@pytest.mark.parametrize(
    "line",
    [
        "Report to Cabinet",  # a label
        "CABINET",  # the meeting on its own (derive reads it as the committee)
        "Planning Committee",
        "Agenda Item 7",
        "NOT FOR PUBLICATION",
        "Part 1",
        "Thursday 4 March 2025",
        "Summary",  # a section heading
        "Recommendations:",
        "Please read the appendix first.",
    ],
)
def test_labels_meetings_status_dates_and_headings_are_not_titles(line: str) -> None:
    assert not is_title(line, SPEC)
