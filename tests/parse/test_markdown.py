from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportkit.parse import InputError, Limits, read_report
from reportkit.parse.markdown import read_text
from reportkit.spec import load_spec

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def spec():
    return load_spec("default")


@pytest.fixture(scope="module")
def borough(spec):
    return read_report(FIXTURES / "borough_cabinet.md", spec, Limits())


def test_front_matter_fills_the_metadata(borough):
    meta = borough.report.metadata
    assert meta.committee == "Cabinet"
    assert meta.meeting_date == dt.date(2025, 5, 15)
    assert meta.title == "Leisure centre refurbishment"
    assert (meta.key_decision, meta.forward_plan) == (True, True)
    assert (meta.exempt, meta.exempt_parts, meta.exempt_paragraphs) == (
        "part",
        ["Appendix B"],
        [3],
    )
    assert meta.fields["wards"].location.line == 6


def test_front_matter_contact_becomes_the_contact_officer(borough):
    contact = borough.report.contact_officer
    assert contact is not None
    assert (contact.name, contact.role, contact.email) == (
        "Pat Example",
        "Leisure Manager",
        "pat.example@borough.example.gov.uk",
    )


def test_headings_become_sections_with_ids_numbers_levels_and_lines(borough):
    sections = [(s.id, s.number, s.level, s.location.line) for s in borough.report.sections]
    assert sections[:5] == [
        ("summary", "1.", 1, 22),
        ("recommendations", "2.", 1, 26),
        ("reasons", "3.", 1, 33),
        ("alternative_options", "4.", 1, 37),
        ("implications", "5.", 1, 41),
    ]
    assert [s.id for s in borough.report.sections if s.level == 2] == [
        "financial",
        "legal",
        "equality",
        "climate",
        "risk",
    ]


def test_a_single_title_heading_is_the_title_not_a_section(borough):
    assert all(s.heading != "Leisure centre refurbishment" for s in borough.report.sections)


def test_a_heading_with_text_after_a_colon_is_inline(borough):
    legal = borough.report.find("legal")[0]
    assert legal.inline is True
    assert legal.blocks[0].text.startswith("the council has power")


def test_numbered_list_items_become_recommendations(borough):
    recs = borough.report.recommendations
    assert [r.number for r in recs] == ["1.", "2."]
    assert recs[0].text.startswith("approve a budget")
    assert recs[0].location.line == 30


def test_tables_keep_their_rows_and_header_row(borough):
    risk = borough.report.find("risk")[0]
    table = risk.blocks[0]
    assert table.kind == "table"
    assert table.header_row is True
    assert table.rows == [
        ["Risk", "Likelihood", "Mitigation"],
        ["Cost overrun", "Medium", "10% contingency"],
    ]


def test_blockquotes_are_quote_blocks(borough):
    consultation = borough.report.find("consultation")[0]
    assert [b.kind for b in consultation.blocks] == ["paragraph", "quote"]


def test_appendices_are_listed_and_the_exempt_one_is_marked(borough):
    found = [(a.label, a.title, a.exempt) for a in borough.report.appendices]
    assert found == [
        ("A", "Equality impact assessment", False),
        ("B", "Tender prices (not for publication)", True),
    ]


def test_suppression_comments_are_recorded_with_their_scope(borough):
    sups = borough.report.suppressions
    assert [(s.codes, s.scope) for s in sups] == [
        (["RK301"], "next-block"),
        (["plain-english"], "file"),
    ]
    # The next-block comment applies to the quote right after it.
    assert sups[0].start_line == 68


def test_malformed_front_matter_is_one_clear_input_error(spec):
    text = "---\ncommittee: [Cabinet\n---\n# Summary\n"
    with pytest.raises(InputError) as err:
        read_text(text, "bad.md", spec)
    message = str(err.value)
    assert message.startswith("bad.md: front matter is not valid YAML")
    assert "\n" not in message


def test_front_matter_that_is_not_a_mapping_is_an_input_error(spec):
    with pytest.raises(InputError, match=r"bad\.md: front matter must be a mapping"):
        read_text("---\n- just\n- a list\n---\n# Summary\n", "bad.md", spec)


def test_yaml_tags_in_front_matter_are_refused_not_executed(spec):
    text = "---\ntitle: !!python/object/apply:os.system ['true']\n---\n"
    with pytest.raises(InputError, match="not valid YAML"):
        read_text(text, "evil.md", spec)


def test_a_report_without_front_matter_still_reads(spec):
    result = read_text("## Summary\n\nShort.\n\n## Legal Implications\n\nNone.\n", "x.md", spec)
    assert [s.id for s in result.report.sections] == ["summary", "legal"]
    assert result.report.metadata.committee is None


def test_unknown_front_matter_keys_are_kept_and_reported(spec):
    result = read_text("---\nfavourite_colour: blue\n---\n## Summary\n\nText.\n", "x.md", spec)
    assert result.report.metadata.fields["favourite_colour"].value == "blue"
    assert any("favourite_colour" in m.text for m in result.messages)


def test_front_matter_labels_are_understood_too(spec):
    result = read_text("---\ndecision_maker: Planning Committee\n---\n", "x.md", spec)
    assert result.report.metadata.committee == "Planning Committee"


def test_an_unrecognised_heading_is_other(spec):
    result = read_text("## Our vision for the town\n\nText.\n", "x.md", spec)
    section = result.report.sections[0]
    assert (section.id, section.matched_by) == ("other", "unrecognised")


def test_a_header_table_before_the_first_heading_is_metadata(spec):
    text = (
        "| Report to | Cabinet | Date of Meeting | 4 March 2025 |\n"
        "| --- | --- | --- | --- |\n"
        "| Key Decision | No | Exempt | No |\n\n"
        "## Summary\n\nText.\n"
    )
    meta = read_text(text, "x.md", spec).report.metadata
    assert meta.committee == "Cabinet"
    assert meta.meeting_date == dt.date(2025, 3, 4)
    assert (meta.key_decision, meta.exempt) == (False, "no")


def test_importing_the_markdown_reader_does_not_import_markdown_it():
    import subprocess
    import sys

    code = "import sys, reportkit.parse.markdown; print('markdown_it' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_all_bold_paragraph_naming_a_section_is_its_heading(spec):
    text = "**Summary**\n\nText.\n\n**Legal implications**\n\nNone.\n\n**This is a legal point.**\n"
    report = read_text(text, "x.md", spec).report
    assert [(s.id, s.matched_by.endswith("(bold paragraph)")) for s in report.sections] == [
        ("summary", True),
        ("legal", True),
    ]
    assert report.sections[1].blocks[-1].text == "This is a legal point."


def test_an_implications_table_gives_a_sub_section_per_row(spec):
    text = (
        "## Implications\n\n| Issue | Comment |\n| --- | --- |\n"
        "| Financial | Met from reserves |\n| Legal | Power under s1 |\n"
    )
    report = read_text(text, "x.md", spec).report
    assert [(s.id, s.level) for s in report.sections] == [
        ("implications", 1),
        ("financial", 2),
        ("legal", 2),
    ]
    assert report.find("legal")[0].text == "Power under s1"


def test_a_title_row_in_the_header_table_beats_the_council_name_heading_above_it():
    text = (
        "# Rivermead Borough Council\n\n| | |\n|---|---|\n| **Report to** | Cabinet |\n"
        "| **Title** | Household Support Fund |\n\n## Summary\n\nA grant.\n"
    )
    meta = read_text(text, "r.md", load_spec("default")).report.metadata
    assert meta.title == "Household Support Fund"
    assert meta.committee == "Cabinet"


def test_a_title_heading_is_still_the_title_when_no_label_gives_one():
    text = "# Annual Budget Report\n\n## Summary\n\nThe budget.\n"
    assert read_text(text, "r.md", load_spec("default")).report.metadata.title == (
        "Annual Budget Report"
    )


def test_label_lines_above_the_first_heading_are_the_front_sheet():
    text = (
        "**Report to:** Cabinet  \n**Date of meeting:** 12 March 2026  \n"
        "**Key decision:** No\n\n**Exempt:** No\n\n## Summary\n\nA strategy.\n"
    )
    meta = read_text(text, "r.md", load_spec("default")).report.metadata
    assert (meta.committee, meta.meeting_date, meta.key_decision, meta.exempt) == (
        "Cabinet",
        dt.date(2026, 3, 12),
        False,
        "no",
    )


def test_a_preamble_sentence_with_a_colon_is_not_taken_for_a_label():
    text = "Note: this is a draft for comment.\n\n## Summary\n\nA strategy.\n"
    report = read_text(text, "r.md", load_spec("default")).report
    assert report.metadata.fields == {}
    assert report.preamble[0].text.startswith("Note:")


# -- the title block above the header table ----------------------------------------------------

TITLE_BLOCK_MD = """\
**Kingsmere District Council**

**Report to Cabinet**

**Town Centre Parking Strategy**

| Date of Meeting: | 9 October 2025 |
|---|---|
| Key Decision: | Yes |
| Exempt / Confidential Report: | No |

**1. Summary**

The strategy sets parking charges for the next five years.

**2. Report**

Car park use has fallen since 2020.
"""


def test_a_bold_report_to_line_is_the_committee_and_the_header_table_is_still_read(spec):
    report = read_text(TITLE_BLOCK_MD, "report.md", spec).report
    meta = report.metadata
    assert (meta.committee, meta.fields["committee"].label) == ("Cabinet", "Report to")
    assert meta.meeting_date == dt.date(2025, 10, 9)
    assert (meta.key_decision, meta.exempt) == (True, "no")
    assert meta.title == "Town Centre Parking Strategy"
    # "2. Report" in the body is still the Background section.
    assert [s.id for s in report.sections] == ["summary", "background"]
    assert [b.text for b in report.preamble] == [
        "Kingsmere District Council",
        "Town Centre Parking Strategy",
    ]


def test_a_title_row_beats_the_bold_title_line_and_plain_label_lines_are_read(spec):
    text = TITLE_BLOCK_MD.replace(
        "**Report to Cabinet**",
        "Report to the Executive Board\nReport of the Director of Place",
    ).replace("| Key Decision: | Yes |", "| Key Decision: | Yes |\n| Title: | Parking 2026-2031 |")
    meta = read_text(text, "report.md", spec).report.metadata
    assert meta.committee == "Executive Board"
    assert meta.report_of == "Director of Place"
    assert meta.title == "Parking 2026-2031"


def test_a_report_to_heading_above_the_sections_is_a_label_but_not_after_them(spec):
    text = (
        "## Report to Planning Committee\n\n## Summary\n\nText.\n\n## Report to Cabinet\n\nMore.\n"
    )
    report = read_text(text, "report.md", spec).report
    assert report.metadata.committee == "Planning Committee"
    assert [s.id for s in report.sections] == ["summary", "background"]


def test_front_matter_keeps_its_title_over_a_bold_title_line(spec):
    text = "---\ntitle: Parking Strategy 2026\n---\n" + TITLE_BLOCK_MD
    meta = read_text(text, "report.md", spec).report.metadata
    assert meta.title == "Parking Strategy 2026"
    assert meta.committee == "Cabinet"
