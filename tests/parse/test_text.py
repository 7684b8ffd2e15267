from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportkit.parse import Limits, read_report
from reportkit.parse.text import read_text
from reportkit.spec import load_spec

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DEFAULT = load_spec("default")


def read(name: str, spec: str = "default"):
    return read_report(FIXTURES / name, load_spec(spec), Limits())


def ids(result) -> list[str]:
    return [s.id for s in result.report.sections]


# -- the seeds: acceptance criteria ------------------------------------------------------------


def test_seed_000_has_its_numbered_sections_and_lacks_legal_climate_and_contact(seed000):
    report = read_report(seed000, DEFAULT, Limits()).report
    for present in (
        "summary",
        "recommendations",
        "financial",
        "risk",
        "equality",
        "background_papers",
    ):
        assert report.has(present), present
    for absent in ("legal", "climate", "contact_officer"):
        assert not report.has(absent), absent
    numbered = [(s.number, s.id) for s in report.sections if s.level == 1]
    assert numbered == [
        ("1.0", "summary"),
        ("2.0", "recommendations"),
        ("3.0", "background"),
        ("4.", "recommendations"),
        ("5. 0", "policy"),
        ("6. 0", "financial"),
        ("7.0", "council_priorities"),
        ("8.0", "risk"),
        ("9.0", "equality"),
        ("10.0", "background_papers"),
    ]


def test_seed_000_front_sheet_lines_are_read_and_key_decision_is_unknown(seed000):
    report = read_report(seed000, DEFAULT, Limits()).report
    meta = report.metadata
    assert meta.committee == "Executive Board"
    assert meta.meeting_date == dt.date(2018, 3, 15)
    assert meta.title is not None
    assert meta.title.endswith("to deliver Adult Social Care")  # wrapped over two lines
    assert meta.wards == "Borough wide"
    assert meta.key_decision is None
    assert meta.exempt is None


def test_seed_000_recommendations_are_the_numbered_items(seed000):
    report = read_report(seed000, DEFAULT, Limits()).report
    assert [r.number for r in report.recommendations] == ["1)", "2)"]


def test_seed_002_has_every_section_the_acceptance_criteria_name(seed002):
    report = read_report(seed002, DEFAULT, Limits()).report
    for present in (
        "recommendations",
        "reasons",
        "financial",
        "legal",
        "equality",
        "climate",
        "consultation",
        "contact_officer",
        "background_papers",
        "risk",  # covered by the alternative options heading
    ):
        assert report.has(present), present


def test_seed_002_header_table_metadata(seed002):
    meta = read_report(seed002, DEFAULT, Limits()).report.metadata
    assert meta.meeting_date == dt.date(2024, 1, 4)
    assert meta.committee == "Cabinet"
    assert meta.key_decision is True
    assert meta.forward_plan is True
    assert meta.exempt == "part"
    assert meta.exempt_paragraphs == [3]
    assert meta.exempt_parts == ["Appendix A"]
    assert meta.exempt_text is not None and "Public Interest Test" in meta.exempt_text


def test_seed_002_contact_officer_recommendations_and_appendices(seed002):
    report = read_report(seed002, DEFAULT, Limits()).report
    contact = report.contact_officer
    assert contact is not None
    assert contact.name is not None and contact.phone is not None and contact.email
    assert "@" in contact.email
    assert [r.number for r in report.recommendations] == ["(1)", "(2)", "(3)", "(4)"]
    assert [a.label for a in report.appendices] == ["A"]
    assert report.appendices[0].exempt is True


def test_seed_002_empty_sub_headings_are_level_two_sections(seed002):
    report = read_report(seed002, DEFAULT, Limits()).report
    priorities = report.find("council_priorities")[0]
    children = report.children(priorities)
    assert children and all(c.level == 2 and c.id == "other" for c in children)
    assert any(not c.blocks for c in children)


@pytest.mark.parametrize("spec_name", ["default", "halton-executive-board", "sefton-cabinet"])
def test_both_seeds_read_without_unknown_top_level_headings_before_the_body(
    seed000, seed002, spec_name
):
    for seed in (seed000, seed002):
        report = read_report(seed, load_spec(spec_name), Limits()).report
        first = report.sections[:8]
        assert all(s.id != "other" for s in first), [s.heading for s in first]


def test_each_seed_has_every_required_section_of_its_own_spec(seed000, seed002):
    for seed, spec_name in ((seed000, "halton-executive-board"), (seed002, "sefton-cabinet")):
        spec = load_spec(spec_name)
        report = read_report(seed, spec, Limits()).report
        required = [s.id for s in spec.sections if s.required]
        assert [r for r in required if not report.has(r)] == [], spec_name


# -- our own fixtures: how councils vary -------------------------------------------------------


def test_running_headers_footers_and_page_numbers_are_set_aside():
    result = read("county_numbered.txt")
    running = [b.text for b in result.report.running_text]
    assert running.count("Cabinet - 11 March 2025") == 3
    assert "Page 2 of 3" in running and "Agenda Item 9" in running
    assert all("Cabinet - 11 March" not in b.text for _, b in result.report.iter_blocks())
    assert any("running header" in m.text for m in result.messages)


def test_words_hyphenated_across_lines_and_pages_are_joined():
    report = read("county_numbered.txt").report
    background = report.find("background")[0]
    assert "most popular days" in background.text


def test_county_header_lines_with_divisions_and_part_ii_exemption():
    meta = read("county_numbered.txt").report.metadata
    assert meta.committee == "Cabinet"
    assert meta.meeting_date == dt.date(2025, 3, 11)
    assert meta.title == "Household Waste Recycling Centre Opening Hours"
    assert meta.wards == "All"
    assert meta.fields["wards"].label == "Electoral divisions"
    assert (meta.key_decision, meta.forward_plan) == (True, True)
    assert (meta.exempt, meta.exempt_paragraphs) == ("whole", [1, 2])


def test_numbered_headings_with_dot_numbers_and_a_combined_heading():
    report = read("county_numbered.txt").report
    assert [(s.number, s.id) for s in report.sections][:4] == [
        ("1.", "summary"),
        ("2.", "recommendations"),
        ("3.", "reasons"),
        ("4.", "alternative_options"),
    ]
    combined = report.find("legal")[0]
    assert (combined.id, combined.covers) == ("financial", ["legal", "risk"])


def test_lettered_recommendations_after_a_lead_in_line():
    report = read("county_numbered.txt").report
    assert [r.number for r in report.recommendations] == ["(a)", "(b)"]
    assert report.recommendations[1].text.endswith("minor changes to the hours.")
    # "That Cabinet:" introduces the list; it is not an empty sub-heading.
    assert not any(s.heading.startswith("That") for s in report.sections)


def test_labelled_contact_lines_and_listed_appendices():
    report = read("county_numbered.txt").report
    contact = report.contact_officer
    assert contact is not None
    assert (contact.name, contact.role, contact.phone) == (
        "Sam Example",
        "Head of Waste Services",
        "01632 960 123",
    )
    assert [(a.label, a.title) for a in report.appendices] == [
        ("1", "Proposed opening hours"),
        ("2", "Equality impact assessment"),
    ]


def test_paragraph_numbers_are_kept_on_blocks():
    report = read("county_numbered.txt").report
    summary = report.find("summary")[0]
    assert summary.blocks[0].number == "1.1"
    assert summary.blocks[0].text.startswith("To seek approval")


def test_capitalised_unnumbered_headings_and_a_tab_separated_header():
    result = read("district_capitals.txt")
    report = result.report
    assert ids(result) == [
        "summary",
        "recommendations",
        "reasons",
        "alternative_options",
        "financial",
        "legal",
        "equality",
        "climate",
        "risk",
        "consultation",
        "contact_officer",
        "background_papers",
    ]
    meta = report.metadata
    assert (meta.committee, meta.meeting_date) == ("Cabinet", dt.date(2025, 2, 6))
    assert meta.wards == "All wards"
    assert (meta.key_decision, meta.exempt) == (False, "no")


def test_inline_headings_keep_their_text_as_the_first_block():
    report = read("district_capitals.txt").report
    equality = report.find("equality")[0]
    assert equality.inline is True
    assert equality.text == "None identified"


def test_an_unnumbered_recommendation_paragraph_is_one_recommendation():
    report = read("district_capitals.txt").report
    assert [(r.number, r.text[:20]) for r in report.recommendations] == [
        (None, "Cabinet is asked to ")
    ]


def test_a_contact_officer_on_one_line_is_split_into_its_parts():
    contact = read("district_capitals.txt").report.contact_officer
    assert contact is not None
    assert (contact.name, contact.role, contact.phone, contact.email) == (
        "Alex Sample",
        "Parking Manager",
        "01632 960 555",
        "alex.sample@district.example.gov.uk",
    )


def test_labels_and_values_on_separate_lines_and_lettered_headings():
    result = read("labels_on_own_lines.txt")
    meta = result.report.metadata
    assert meta.committee == "Planning and Regulatory Committee"
    assert meta.meeting_date == dt.date(2025, 4, 3)
    assert meta.title == "Tree Preservation Order No. 12"
    assert (meta.key_decision, meta.exempt) == (False, "no")
    assert [(s.number, s.id) for s in result.report.sections] == [
        ("A.", "summary"),
        ("B.", "recommendations"),
        ("C.", "legal"),
    ]


def test_a_numbered_line_is_a_heading_only_when_paragraphs_confirm_it():
    text = (
        "1. Purpose\n\n1.1 To agree the plan.\n\n"
        "2. Our Approach To Parks\n\n2.1 We will plant trees.\n\n"
        "3. Approve The Plan Today\n\nThe plan is attached.\n"
    )
    result = read_text(text, "x.txt", DEFAULT)
    assert [(s.number, s.id) for s in result.report.sections] == [
        ("1.", "summary"),
        ("2.", "other"),
    ]
    assert any("'3.'" in m.text for m in result.messages)


def test_a_sentence_mentioning_a_section_is_not_a_heading():
    text = "Summary\n\nThe financial implications are set out in the appendix and\nin the table.\n"
    result = read_text(text, "x.txt", DEFAULT)
    assert ids(result) == ["summary"]
    assert "financial implications are set out" in result.report.sections[0].text


def test_a_wrapped_capitalised_heading_is_joined():
    text = (
        "9.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT ACT\n"
        "1972\n\nNone.\n"
    )
    report = read_text(text, "x.txt", DEFAULT).report
    assert [(s.id, s.number) for s in report.sections] == [("background_papers", "9.0")]
    assert report.sections[0].text == "None."


def test_a_bare_page_number_between_paragraphs_is_skipped():
    text = "Summary\n\nFirst part of the text.\n\n12\n\nMore text.\n"
    result = read_text(text, "x.txt", DEFAULT)
    assert "12" not in result.report.sections[0].text
    assert [b.text for b in result.report.running_text] == ["12"]


def test_a_line_repeated_only_on_some_pages_is_not_running_text():
    page = "Summary\n\nNone identified.\n\nMore words here on this page.\n"
    text = "\f".join([page, "Other words.\n\nNone identified.\n", "Last page text.\n"])
    result = read_text(text, "x.txt", DEFAULT)
    assert result.report.running_text == []


def test_source_format_is_recorded():
    assert read_text("Summary\n\nText.\n", "x.txt", DEFAULT).report.format == "text"
    assert read_text("Summary\n\nText.\n", "x.pdf", DEFAULT, source_format="pdf").report.format == (
        "pdf"
    )


def test_an_implications_table_gives_a_sub_section_per_row_and_text_stays_with_its_parent():
    text = (
        "Implications\n\nIssue\tImplications\tOfficer\n"
        "Financial\tThe cost is in the capital programme.\tChief Finance Officer\n"
        "Legal\tThe council has the power.\tMonitoring Officer\n"
        "Equalities\tNo adverse impact.\tPolicy Officer\n\n"
        "Further text after the table.\n"
    )
    report = read_text(text, "x.txt", DEFAULT).report
    assert [(s.id, s.level) for s in report.sections] == [
        ("implications", 1),
        ("financial", 2),
        ("legal", 2),
        ("equality", 2),
    ]
    assert report.sections[0].blocks[-1].text == "Further text after the table."
    assert report.find("legal")[0].text.startswith("The council has the power.")


def test_a_single_table_row_naming_a_section_is_not_an_implications_table():
    text = "Climate Emergency Implications\n\nHave a positive impact\tNo\nRisk of flooding\tLow\n"
    report = read_text(text, "x.txt", DEFAULT).report
    assert [s.id for s in report.sections] == ["climate"]


def test_space_aligned_columns_are_read_as_cells():
    text = (
        "Report to:      Cabinet      Date of Meeting:     6 May 2025\n"
        "Key Decision:      No\n\nSummary\n\nText.\n"
    )
    meta = read_text(text, "x.txt", DEFAULT).report.metadata
    assert (meta.committee, meta.meeting_date, meta.key_decision) == (
        "Cabinet",
        dt.date(2025, 5, 6),
        False,
    )


def test_a_header_table_extracted_column_by_column_is_put_back_together():
    text = (
        "Report to: Cabinet\nSubject:\nLibrary Hours\nIs this a Key\nYes\nIncluded in No\n"
        "Decision:\nForward Plan:\nExempt / Confidential Report: No\nSummary:\nText.\n"
    )
    meta = read_text(text, "x.txt", DEFAULT).report.metadata
    assert (meta.committee, meta.title) == ("Cabinet", "Library Hours")
    assert (meta.key_decision, meta.forward_plan, meta.exempt) == (True, False, "no")
    assert meta.fields["key_decision"].label == "Is this a Key Decision"


def test_a_known_heading_is_not_joined_to_the_paragraph_below_it():
    text = (
        "Alternative Options Considered and Rejected: (including any Risk Implications)\n"
        "None were considered because the council must act under the statute.\n"
    )
    section = read_text(text, "x.txt", DEFAULT).report.sections[0]
    assert (section.id, section.covers, section.inline) == ("alternative_options", ["risk"], False)
    assert section.text.startswith("None were considered")


def test_a_numbered_recommendation_mentioning_a_section_is_not_a_heading():
    text = (
        "Recommendations\n\n1. Approve the revised equality impact assessment\n"
        "2. Note the financial position\n\nBackground\n\nText.\n"
    )
    report = read_text(text, "x.txt", DEFAULT).report
    assert [s.id for s in report.sections] == ["recommendations", "background"]
    assert [r.number for r in report.recommendations] == ["1.", "2."]


def test_a_binary_file_named_txt_is_an_input_error(tmp_path):
    from reportkit.parse import InputError

    path = tmp_path / "report.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InputError, match="binary"):
        read_report(path, DEFAULT, Limits())


def test_text_in_windows_1252_is_still_read(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Summary\r\n\r\nThe cost is \xa35,000.\r\n".encode("cp1252"))
    report = read_report(path, DEFAULT, Limits()).report
    assert report.sections[0].text == "The cost is \u00a35,000."


def test_a_contact_line_among_the_front_sheet_lines_does_not_end_the_header():
    text = (
        "Report to: Cabinet\nContact Officer: Jo Example, 01632 960 001\n"
        "Key Decision: No\nExempt: No\n\nSummary\n\nText.\n"
    )
    report = read_text(text, "x.txt", DEFAULT).report
    assert (report.metadata.key_decision, report.metadata.exempt) == (False, "no")
    assert [s.id for s in report.sections] == ["summary"]
    assert report.contact_officer is not None
    assert (report.contact_officer.name, report.contact_officer.phone) == (
        "Jo Example",
        "01632 960 001",
    )


def test_a_report_author_with_a_phone_number_is_the_contact():
    text = "Report Author: Sam Example, sam@council.example.gov.uk\n\nSummary\n\nText.\n"
    report = read_text(text, "x.txt", DEFAULT).report
    assert report.metadata.report_of is not None
    assert report.contact_officer is not None
    assert report.contact_officer.email == "sam@council.example.gov.uk"


def test_a_column_of_labels_then_a_column_of_values_is_paired_in_order():
    text = (
        "Report to:\nDate of Meeting:\nSubject:\nCabinet\n4 March 2025\nLibrary opening hours\n"
        "\nSummary\n\nText.\n"
    )
    meta = read_text(text, "x.txt", DEFAULT).report.metadata
    assert (meta.committee, meta.meeting_date, meta.title) == (
        "Cabinet",
        dt.date(2025, 3, 4),
        "Library opening hours",
    )


def test_an_empty_front_sheet_label_does_not_swallow_the_first_heading():
    text = "Report to:\nDate of Meeting:\n\nSummary\n\nText.\n"
    report = read_text(text, "x.txt", DEFAULT).report
    assert [s.id for s in report.sections] == ["summary"]
    assert report.metadata.committee is None


def test_a_mixed_case_heading_broken_over_two_lines_is_put_back_together():
    text = (
        "1. Summary\n\n1.1 A short report.\n\n6. Financial\nImplications\n\n"
        "6.1 The cost is £5,000.\n\n9. Climate Change and Environmental\nImplications\n\n"
        "9.1 Neutral.\n\nSummary\nThe council agreed the plan.\n"
    )
    report = read_text(text, "r.txt", DEFAULT).report
    headings = [(s.id, s.heading) for s in report.sections]
    assert ("financial", "Financial Implications") in headings
    assert ("climate", "Climate Change and Environmental Implications") in headings
    assert "implications" not in [s.id for s in report.sections]


def test_a_heading_straight_after_the_front_sheet_is_not_taken_for_a_label():
    text = (
        "Meeting: Cabinet\nKey Decision: No\nFor general release\n\n"
        "Reason for Lateness and Urgency\n\nThe survey arrived on 14 October.\n\n"
        "1. Purpose\n\n1.1 To approve repairs.\n"
    )
    report = read_text(text, "r.txt", DEFAULT).report
    assert [s.id for s in report.sections] == ["urgency", "summary"]
    assert report.metadata.exempt == "no"


def test_values_that_start_like_labels_still_fill_a_column_of_labels():
    text = (
        "Report to:\nReport author:\nPortfolio:\nExempt:\n"
        "Cabinet\nHead of Finance\nCabinet Member for Finance\nNo\n\n"
        "1. Summary\n\n1.1 Fees for next year.\n"
    )
    meta = read_text(text, "r.txt", DEFAULT).report.metadata
    assert meta.committee == "Cabinet"
    assert meta.report_of == "Head of Finance"
    assert meta.portfolio == "Cabinet Member for Finance"
    assert meta.exempt == "no"


def test_a_list_of_appendices_one_per_line_is_not_joined_into_one_paragraph():
    text = (
        "Summary\n\nA policy review.\n\nAPPENDICES\n\n"
        "Appendix 1 \u2013 Revised Statement of Licensing Policy 2027-2032\n"
        "Appendix 2 \u2013 Schedule of consultation responses and changes\n"
    )
    report = read_text(text, "r.txt", DEFAULT).report
    assert [(a.label, a.title) for a in report.appendices] == [
        ("1", "Revised Statement of Licensing Policy 2027-2032"),
        ("2", "Schedule of consultation responses and changes"),
    ]


def test_a_question_label_after_a_long_front_sheet_line_starts_its_own_entry():
    text = (
        "Relevant Cabinet Member: Councillor Asha Devi, Cabinet Member for Resources\n"
        "Is this a key decision? Yes (Ref: KD/2026/14)\n"
        "Is the decision on the Forward Plan? Yes\n\nSummary\n\nThe sale of a library.\n"
    )
    meta = read_text(text, "r.txt", DEFAULT).report.metadata
    assert meta.portfolio == "Councillor Asha Devi, Cabinet Member for Resources"
    assert (meta.key_decision, meta.forward_plan) == (True, True)


def test_numbered_sub_headings_under_an_implications_heading_are_sections():
    text = (
        "6. IMPLICATIONS\n\n6.1 Financial\nWithin existing budgets.\n\n"
        "6.2 Legal\nThe 2003 Act applies.\n\n6.3 The council has consulted widely.\n"
    )
    report = read_text(text, "r.txt", DEFAULT).report
    assert [(s.id, s.number, s.level) for s in report.sections] == [
        ("implications", "6.", 1),
        ("financial", "6.1", 2),
        ("legal", "6.2", 2),
    ]


def test_a_front_sheet_value_in_capitals_wrapped_onto_a_second_line_is_joined():
    text = (
        "REPORT TO:          EXECUTIVE\nSUBJECT:            ADOPTION OF THE HOUSING\n"
        "                    STRATEGY 2026-2031\nKEY DECISION:       NO\n\n"
        "1.  PURPOSE OF REPORT\n1.1 To adopt the strategy.\n"
    )
    meta = read_text(text, "r.txt", DEFAULT).report.metadata
    assert meta.title == "ADOPTION OF THE HOUSING STRATEGY 2026-2031"
    assert meta.key_decision is False


# -- unnumbered sections after a numbered scheme -----------------------------------------------

_NUMBERED_BODY = """\
1. Summary

1.1 The council proposes to renew its parks maintenance contract.

2. Recommendations

2.1 Cabinet is asked to approve the renewal.

3. Background

3.1 The contract ends in March.
"""


def _levels(text: str) -> list[tuple[str, int]]:
    report = read_text(text, "report.txt", DEFAULT).report
    return [(s.id, s.level) for s in report.sections]


def test_unnumbered_end_matter_after_numbered_sections_is_top_level():
    text = _NUMBERED_BODY + (
        "\n4. Background Papers\n\n4.1 None.\n\nAppendices\n\n"
        "Appendix A - Site plan\n\nContact Officer: Sam Lee, Parks Manager\n"
    )
    assert _levels(text)[-3:] == [
        ("background_papers", 1),
        ("appendices", 1),
        ("contact_officer", 1),
    ]


def test_an_unnumbered_known_heading_whose_paragraphs_continue_the_numbering_is_a_sub_heading():
    text = _NUMBERED_BODY + "\nOptions\n\n3.2 Two options were considered.\n\n4. Risk\n\n4.1 Low.\n"
    assert ("alternative_options", 2) in _levels(text)


def test_an_unnumbered_known_heading_before_later_numbered_sections_stays_a_sub_heading():
    # Without numbered paragraphs of its own, a heading in the middle of the numbered scheme
    # is ambiguous; the reading that was there before is kept.
    text = _NUMBERED_BODY + "\nOptions\n\nTwo options were considered.\n\n4. Risk\n\n4.1 Low.\n"
    assert ("alternative_options", 2) in _levels(text)


def test_an_unnumbered_heading_under_a_numbered_grouping_heading_stays_a_sub_heading():
    text = _NUMBERED_BODY + (
        "\n4. Implications\n\nFinancial Implications\n\nNone.\n\nLegal Implications\n\nNone.\n"
    )
    assert _levels(text)[-2:] == [("financial", 2), ("legal", 2)]


# -- unnumbered headings broken over two lines -------------------------------------------------

_SHORT_START = """\
Summary

The council proposes a new recycling scheme.

Recommendations

That Cabinet approves the scheme.

"""


def test_an_unnumbered_heading_broken_over_two_lines_is_joined_when_together_it_is_exact():
    text = _SHORT_START + "Other Options\nConsidered and Rejected\n\nDoing nothing was rejected.\n"
    report = read_text(text, "report.txt", DEFAULT).report
    assert [(s.id, s.heading) for s in report.sections][-1] == (
        "alternative_options",
        "Other Options Considered and Rejected",
    )


def test_a_line_ending_a_sentence_is_not_joined_to_a_title_case_line_below():
    text = _SHORT_START + (
        "Officers have looked again at\nOther Options\nConsidered and Rejected\n\nNone.\n"
    )
    report = read_text(text, "report.txt", DEFAULT).report
    assert not report.has("alternative_options")


# -- the title block above the header table ----------------------------------------------------

TITLE_BLOCK_TXT = """\
Kingsmere District Council

Report to Cabinet

Town Centre Parking Strategy

Date of Meeting:\t9 October 2025
Key Decision:\tYes
Exempt / Confidential Report:\tNo

1. Summary

The strategy sets parking charges for the next five years.

2. Report

Car park use has fallen since 2020.
"""


def test_report_to_cabinet_is_the_committee_not_the_label_of_the_title_below_it():
    report = read_text(TITLE_BLOCK_TXT, "report.txt", DEFAULT).report
    meta = report.metadata
    assert (meta.committee, meta.fields["committee"].label) == ("Cabinet", "Report to")
    assert meta.meeting_date == dt.date(2025, 10, 9)
    assert (meta.key_decision, meta.exempt) == (True, "no")
    assert meta.title == "Town Centre Parking Strategy"
    assert [s.id for s in report.sections] == ["summary", "background"]
    assert report.preamble[0].text == "Kingsmere District Council"


def test_a_title_line_does_not_wrap_onto_a_report_to_line_without_a_blank_between():
    text = TITLE_BLOCK_TXT.replace("Report to Cabinet\n\n", "Report to Cabinet\n")
    meta = read_text(text, "report.txt", DEFAULT).report.metadata
    assert meta.committee == "Cabinet"


def test_a_subject_line_beats_a_title_block_line():
    text = TITLE_BLOCK_TXT.replace(
        "Key Decision:\tYes", "Key Decision:\tYes\nSubject:\tParking charges 2026 to 2031"
    )
    meta = read_text(text, "report.txt", DEFAULT).report.metadata
    assert meta.title == "Parking charges 2026 to 2031"
    assert meta.fields["title"].label == "Subject"


def test_report_of_the_director_is_the_report_of_field():
    text = TITLE_BLOCK_TXT.replace("Report to Cabinet", "Report of the Director of Place")
    meta = read_text(text, "report.txt", DEFAULT).report.metadata
    assert meta.report_of == "Director of Place"
    assert meta.committee is None
