from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportkit.derive import (
    _CONTACT_WORD_RE,
    _may_name_contact_kind,
    finish,
    split_leading_number,
)
from reportkit.model import Block, Location, Metadata, Report, Section
from reportkit.spec import load_spec

SPEC = load_spec("default")


def loc(line: int) -> Location:
    return Location(path="r.txt", line=line)


def section(sid: str, *blocks: Block, level: int = 1) -> Section:
    return Section(id=sid, heading=sid, level=level, blocks=list(blocks), location=loc(1))


def para(text: str, line: int = 2, **kw) -> Block:
    return Block(text=text, location=loc(line), **kw)


def test_split_leading_number_knows_the_numbering_styles_councils_use():
    assert split_leading_number("(1) Note the report") == ("(1)", "Note the report")
    assert split_leading_number("1) Note the report") == ("1)", "Note the report")
    assert split_leading_number("a. Agree the plan") == ("a.", "Agree the plan")
    assert split_leading_number("3.1 The council") == ("3.1", "The council")
    assert split_leading_number("2024 was a hard year") == (None, "2024 was a hard year")


def test_numbered_items_are_the_recommendations_and_the_lead_in_is_not():
    report = Report(path="r.txt", format="text")
    report.sections = [
        section(
            "recommendations",
            para("Cabinet is recommended to:"),
            para("(1) approve the plan;", 3),
            para("agree the budget.", 4, kind="list_item", number="(2)"),
        )
    ]
    finish(report, SPEC)
    assert [(r.number, r.text) for r in report.recommendations] == [
        ("(1)", "approve the plan;"),
        ("(2)", "agree the budget."),
    ]
    assert report.recommendations[1].location.line == 4


def test_unnumbered_recommendation_paragraphs_each_count_once():
    report = Report(path="r.txt", format="text")
    report.sections = [
        section("recommendations", para("That:"), para("Cabinet approves the plan.", 3))
    ]
    finish(report, SPEC)
    assert [(r.number, r.text) for r in report.recommendations] == [
        (None, "Cabinet approves the plan.")
    ]


def test_only_the_first_recommendations_section_is_used():
    report = Report(path="r.txt", format="text")
    report.sections = [
        section("recommendations", para("1) Approve.")),
        section("recommendations", para("The recommendation is for option 1.")),
    ]
    finish(report, SPEC)
    assert [r.text for r in report.recommendations] == ["Approve."]


def test_appendices_are_listed_with_titles_and_exempt_parts_marked():
    report = Report(path="r.txt", format="text", metadata=Metadata(exempt_parts=["Appendix B"]))
    report.sections = [
        section(
            "appendices",
            para("Appendix A \u2013 Site plan"),
            para("Appendix B: Bids received", 3),
        )
    ]
    finish(report, SPEC)
    assert [(a.label, a.title, a.exempt) for a in report.appendices] == [
        ("A", "Site plan", False),
        ("B", "Bids received", True),
    ]


def test_an_exempt_appendix_named_only_on_the_front_sheet_is_added():
    report = Report(path="r.txt", format="text", metadata=Metadata(exempt_parts=["Appendix 3"]))
    finish(report, SPEC)
    assert [(a.label, a.exempt) for a in report.appendices] == [("3", True)]


def test_contact_officer_from_a_table():
    rows = [
        ["Contact Officer:", "Jo Example"],
        ["Telephone Number:", "Tel: 01632 960 001"],
        ["Email Address:", "jo.example@council.example.gov.uk"],
    ]
    table = Block(kind="table", text="", rows=rows, location=loc(9))
    report = Report(path="r.txt", format="text", sections=[section("contact_officer", table)])
    finish(report, SPEC)
    contact = report.contact_officer
    assert contact is not None
    assert (contact.name, contact.phone, contact.email) == (
        "Jo Example",
        "01632 960 001",
        "jo.example@council.example.gov.uk",
    )


def test_contact_officer_from_header_rows_when_there_is_no_section():
    from reportkit.frontsheet import apply_field

    report = Report(path="r.txt", format="text")
    apply_field(report.metadata, None, "Contact Officer", "Jo Example", loc(3))
    apply_field(report.metadata, None, "Email", "jo@council.example.gov.uk", loc(4))
    finish(report, SPEC)
    contact = report.contact_officer
    assert contact is not None
    assert (contact.name, contact.email) == ("Jo Example", "jo@council.example.gov.uk")


def test_no_contact_officer_when_nothing_names_one():
    report = Report(path="r.txt", format="text", sections=[section("summary", para("Text."))])
    finish(report, SPEC)
    assert report.contact_officer is None
    assert report.recommendations == []
    assert report.appendices == []


def test_a_numbered_lead_in_paragraph_is_not_a_recommendation():
    report = Report(
        path="r.txt",
        format="text",
        sections=[
            section(
                "recommendations",
                para("Cabinet is asked to:", number="3."),
                para("Approve the extension.", number="A."),
                para("Note the timetable.", number="B."),
            )
        ],
    )
    finish(report, SPEC)
    assert [r.number for r in report.recommendations] == ["A.", "B."]


def test_a_title_line_naming_the_meeting_gives_the_committee():
    report = Report(
        path="r.txt",
        format="text",
        preamble=[para("ASHCOMBE BOROUGH COUNCIL", 1), para("CABINET", 3)],
    )
    finish(report, SPEC)
    assert report.metadata.committee == "Cabinet"
    other = Report(
        path="r.txt",
        format="text",
        preamble=[para("Ashcombe Borough Council", 1), para("Audit and Governance Committee", 2)],
    )
    finish(other, SPEC)
    assert other.metadata.committee == "Audit and Governance Committee"
    lone = Report(path="r.txt", format="text", preamble=[para("Wessex County Council", 1)])
    finish(lone, SPEC)
    assert lone.metadata.committee is None


def test_a_contact_officer_left_as_template_guidance_gives_no_contact():
    report = Report(
        path="r.txt",
        format="text",
        sections=[
            section(
                "contact_officer",
                para("[Insert name, job title, telephone number and email address]"),
            )
        ],
    )
    finish(report, SPEC)
    assert report.contact_officer is None


def test_a_contact_line_with_telephone_and_email_labels_gives_both():
    report = Report(
        path="r.txt",
        format="text",
        sections=[
            section(
                "contact_officer",
                para("Amy Clarke, Housing Strategy Officer"),
                para("Tel: (01632) 960 207  Email: amy.clarke@example.gov.uk"),
            )
        ],
    )
    finish(report, SPEC)
    contact = report.contact_officer
    assert contact is not None
    assert contact.email == "amy.clarke@example.gov.uk"
    assert contact.phone == "(01632) 960 207"


def test_a_date_wrapped_to_the_start_of_a_line_is_not_a_paragraph_number():
    assert split_leading_number("31 August") == (None, "31 August")
    assert split_leading_number("12 March 2026 is the date") == (None, "12 March 2026 is the date")
    assert split_leading_number("3 May be approved") == ("3", "May be approved")
    assert split_leading_number("1 Introduction") == ("1", "Introduction")


# The pattern as first written: the quick test in front of it must never skip a line it
# would change.
_CONTACT_WORDS = re.compile(r"\b(?:tel(?:ephone)?|phone|e-?mail)\b[.:]?", re.IGNORECASE)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=[*"telphonmaiTELPHONMAI-.: ,", "\u0130", "\u0131"], max_size=14))
@example("E-MA\u0131L:")  # dotless i: "i" under IGNORECASE, and lower() keeps it
@example("EMA\u0130L")  # dotted capital I: lower() makes it "i" and a combining dot
@example("Telephone.")
def test_the_quick_contact_word_test_never_skips_a_line_the_pattern_changes(text: str) -> None:
    if _CONTACT_WORDS.search(text):
        assert _may_name_contact_kind(text)
    assert _unlabelled_words_removed(text) == _CONTACT_WORDS.sub("", text)


def _unlabelled_words_removed(text: str) -> str:
    return _CONTACT_WORD_RE.sub("", text) if _may_name_contact_kind(text) else text


def test_a_long_unlabelled_contact_paragraph_after_the_name_leaves_the_name_alone():
    report = Report(
        path="r.txt",
        format="text",
        sections=[
            section(
                "contact_officer",
                para("Sam Example, Head of Parking"),
                para("Call, write or visit; the team answers within five working days."),
                para("sam.example@example.gov.uk"),
            )
        ],
    )
    finish(report, SPEC)
    contact = report.contact_officer
    assert contact is not None
    assert (contact.name, contact.role) == ("Sam Example", "Head of Parking")
    assert contact.email == "sam.example@example.gov.uk"
