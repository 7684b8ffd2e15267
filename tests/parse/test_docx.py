"""The Word reader: sections, numbers, metadata, tables and text as printed."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from reportkit.model import Report
from reportkit.parse import InputError, Limits, read_report
from reportkit.parse.docx_assemble import _all_capitals
from reportkit.spec import Spec, load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_build import build_docx

HEADER = {"table": [["Report to:", "Cabinet", "Date of Meeting:", "4 January 2024"],
                    ["Subject:", "Library opening hours", "Exempt:", "No"]]}  # fmt: skip


def read(tmp_path: Path, desc: dict[str, Any], spec: Spec | None = None) -> Report:
    path = build_docx(desc, tmp_path / "report.docx")
    return read_report(path, spec or load_spec("default")).report


def read_doc(tmp_path: Path, document: Any, spec: Spec | None = None) -> Report:
    path = tmp_path / "raw.docx"
    document.save(str(path))
    return read_report(path, spec or load_spec("default")).report


def raw(document: Any, inner: str) -> None:
    """Append a paragraph written in WordprocessingML (for what python-docx cannot make)."""
    document.element.body.insert(
        len(document.element.body) - 1, parse_xml(f"<w:p {nsdecls('w', 'r')}>{inner}</w:p>")
    )


def ids(report: Report) -> list[str]:
    return [s.id for s in report.sections]


def test_word_heading_styles_make_sections_with_levels_and_how_they_were_found(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        HEADER,
        {"heading": "Summary"}, "The hours change.",
        {"heading": "Financial Implications"}, {"heading": "Revenue", "level": 2},
        "The cost is met from reserves.",
    ]})  # fmt: skip
    assert ids(report) == ["summary", "financial", "other"]
    assert [s.level for s in report.sections] == [1, 1, 2]
    assert report.sections[0].matched_by == "style 'Heading 1'"
    assert report.sections[0].blocks[0].text == "The hours change."
    assert report.format == "docx"


def test_a_custom_style_based_on_a_heading_style_inherits_its_outline_level(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    style = document.styles.add_style("Council Title", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    document.add_paragraph("Legal Implications", style="Council Title")
    document.add_paragraph("There are none.")
    report = read_doc(tmp_path, document)
    assert ids(report) == ["legal"]
    assert report.sections[0].level == 2
    assert "Council Title" in report.sections[0].matched_by


def test_a_councils_own_heading_style_is_read_through_the_style_map(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [
        {"text": "Legal Implications", "style": "Report Heading 1"}, "None.",
    ]})  # fmt: skip
    assert ids(report) == ["legal"]
    assert report.sections[0].matched_by.startswith("style 'Report Heading 1' (style map)")
    assert report.word is not None and report.word.heading_levels[0][0] == 1


def test_a_spec_can_name_more_heading_styles(tmp_path: Path) -> None:
    spec = load_spec("default").model_copy(update={"word_styles": {"Borough Head": 1}})
    report = read(tmp_path, {"body": [{"text": "Risk", "style": "Borough Head"}, "Low."]}, spec)
    assert ids(report) == ["risk"]
    assert "(style map)" in report.sections[0].matched_by


def test_bold_numbered_capitals_act_as_headings_and_are_recorded_as_fake_headings(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        {"text": "6.0 FINANCIAL IMPLICATIONS", "bold": True}, "6.1 The cost is £10,000.",
        {"text": "Legal Implications:", "bold": True}, "None.",
        {"text": "A sentence in bold that is not a heading at all, since it goes on.",
         "bold": True},
    ]})  # fmt: skip
    assert ids(report) == ["financial", "legal"]
    fin = report.sections[0]
    assert fin.number == "6.0" and fin.heading == "FINANCIAL IMPLICATIONS"
    assert fin.matched_by.startswith("bold + all caps + numbered '6.0'")
    assert report.word is not None
    assert [m.text for m in report.word.fake_headings] == [
        "6.0 FINANCIAL IMPLICATIONS",
        "Legal Implications:",
    ]


def test_plain_unformatted_text_is_not_promoted_to_a_heading_unless_it_is_an_alias(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        HEADER, {"heading": "Summary"}, "Background reading is listed below",
        "Legal Implications", "None.",
    ]})  # fmt: skip
    assert ids(report) == ["summary", "legal"]


def test_a_plain_paragraph_naming_the_styled_section_it_is_in_is_its_text(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        HEADER, {"heading": "Recommendations"}, "Cabinet is recommended to:",
        "Approve the plan.", {"heading": "Policy Implications"},
        {"text": "How the decision fits the policy framework", "number": 1},
    ]})  # fmt: skip
    assert ids(report) == ["recommendations", "policy"]


def test_automatic_numbering_gives_the_numbers_word_displays(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [
        {"text": "SUMMARY", "number": 0, "bold": True}, {"text": "First point.", "number": 1},
        {"text": "Second point.", "number": 1}, {"text": "A sub point.", "number": 2},
        {"text": "FINANCIAL IMPLICATIONS", "number": 0, "bold": True},
        {"text": "The cost.", "number": 1},
    ]})  # fmt: skip
    assert [(s.id, s.number) for s in report.sections] == [("summary", "1.0"), ("financial", "2.0")]
    assert [b.number for b in report.sections[0].blocks] == ["1.1", "1.2", "(a)"]
    assert report.sections[1].blocks[0].number == "2.1"
    assert report.sections[1].blocks[0].text == "The cost."


def test_the_header_table_fills_the_metadata_and_body_tables_keep_rows(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [
        HEADER,
        {"table": [["Report of:", "Director of Place"], ["Key Decision:", "Yes"]]},
        {"heading": "Climate Emergency Implications"},
        {"table": [["Impact", "Yes/No"], ["Positive", "No"]], "header": True},
        {"table": [["a", "b"], ["c", "d"]]},
    ]})  # fmt: skip
    meta = report.metadata
    assert meta.committee == "Cabinet" and str(meta.meeting_date) == "2024-01-04"
    assert meta.title == "Library opening hours" and meta.exempt == "no"
    assert meta.report_of == "Director of Place" and meta.key_decision is True
    assert meta.fields["committee"].location.paragraph == 1
    tables = report.sections[0].blocks
    assert [t.kind for t in tables] == ["table", "table"]
    assert tables[0].rows == [["Impact", "Yes/No"], ["Positive", "No"]]
    assert [t.header_row for t in tables] == [True, False]


def test_text_is_read_as_printed_with_tracked_changes_accepted(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [{"heading": "Summary"}, {"runs": [
        {"text": "The saving is "}, {"text": "£2m", "delete": True},
        {"text": "£1.5m", "insert": True}, {"text": " a year."},
    ]}]})  # fmt: skip
    assert report.sections[0].blocks[0].text == "The saving is £1.5m a year."
    assert report.word is not None
    kinds = sorted(m.kind for m in report.word.tracked_changes)
    assert kinds == ["deletion", "insertion"]


def test_moved_text_content_controls_hyperlinks_and_fields_read_as_printed(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    document.add_heading("Summary", 1)
    raw(document, "<w:moveFrom w:id='1' w:author='x'><w:r><w:t>OLD </w:t></w:r></w:moveFrom>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Control </w:t></w:r></w:sdtContent></w:sdt>"
        "<w:hyperlink r:id='rId99'><w:r><w:t>link </w:t></w:r></w:hyperlink>"
        "<w:fldSimple w:instr=' DATE '><w:r><w:t>4 January 2024 </w:t></w:r></w:fldSimple>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText> REF appendix_a \\h </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>Appendix A</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>")  # fmt: skip
    report = read_doc(tmp_path, document)
    assert report.sections[0].blocks[0].text == "Control link 4 January 2024 Appendix A"
    assert report.word is not None and report.word.tracked_changes[0].kind == "move"


def test_hidden_text_is_left_out_of_the_body_and_recorded_including_by_style(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    secret = document.styles.add_style("Secret", WD_STYLE_TYPE.CHARACTER)
    secret.font.hidden = True
    document.add_heading("Summary", 1)
    para = document.add_paragraph("The bidder is ")
    para.add_run("Acme Ltd", style="Secret")
    report = read_doc(tmp_path, document)
    assert report.sections[0].blocks[0].text == "The bidder is"
    assert report.word is not None
    assert [m.text for m in report.word.hidden_text] == ["Acme Ltd"]
    assert report.word.hidden_styles == ["Secret"]


def test_weak_redactions_of_each_kind_are_recorded(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [{"heading": "Summary"}, {"runs": [
        {"text": "a "}, {"text": "shaded", "shading": "000000"},
        {"text": "white", "color": "FFFFFF"}, {"text": "tiny", "size": 1},
        {"text": "highlighted", "highlight": "black"}, {"text": "fine", "color": "FF0000"},
    ]}]})  # fmt: skip
    assert report.word is not None
    found = {m.text: m.detail for m in report.word.weak_redactions}
    assert set(found) == {"shaded", "white", "tiny", "highlighted"}
    assert found["tiny"] == "text in a 1 pt font"


def test_comments_and_page_headers_are_kept_apart_from_the_body(tmp_path: Path) -> None:
    report = read(tmp_path, {"header": "NOT FOR PUBLICATION", "body": [
        {"heading": "Summary"}, {"text": "The hours change.", "comment": "Check the date"},
    ]})  # fmt: skip
    assert report.word is not None
    assert [(c.text, c.detail) for c in report.word.comments] == [("Check the date", "A Reviewer")]
    assert report.word.comments[0].location.paragraph == 2
    assert [b.text for b in report.running_text] == ["NOT FOR PUBLICATION"]
    assert "NOT FOR PUBLICATION" not in report.body_text()
    assert "Check the date" not in report.body_text()


def test_properties_language_and_images_without_alt_text_are_recorded(tmp_path: Path) -> None:
    report = read(tmp_path, {
        "properties": {"title": "Hours", "author": "Jane Example",
                       "template": "H:\\Templates\\Cabinet.dotx"},
        "language": "en-GB",
        "body": [{"heading": "Summary"}, {"image": True}, {"image": True, "alt": "A map"}],
    })  # fmt: skip
    assert report.word is not None
    props = report.word.properties
    assert props["title"] == "Hours" and props["author"] == "Jane Example"
    assert props["template"] == "H:\\Templates\\Cabinet.dotx"
    assert report.word.language == "en-GB"
    assert len(report.word.images_without_alt) == 1


def test_locations_give_the_paragraph_index_and_the_nearest_heading(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": ["Intro", {"heading": "Risk"}, "", "Low risk."]})
    block = report.sections[0].blocks[0]
    assert block.location.paragraph == 4
    assert block.location.heading == "Risk"
    assert block.location.describe().endswith("report.docx:¶4 (Risk)")


def test_unreadable_files_raise_one_clear_input_error(tmp_path: Path) -> None:
    spec = load_spec("default")
    junk = tmp_path / "junk.docx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(InputError, match=r"junk\.docx: not a valid \.docx"):
        read_report(junk, spec)
    ole = tmp_path / "locked.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(InputError, match="password-protected"):
        read_report(ole, spec)
    empty = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match=r"no word/document\.xml"):
        read_report(empty, spec)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<w:document")
    with pytest.raises(InputError, match="damaged Word file"):
        read_report(broken, spec)
    big = build_docx({"body": ["x"]}, tmp_path / "big.docx")
    with pytest.raises(InputError, match="larger than"):
        read_report(big, spec, Limits(max_file_bytes=100))


def test_xml_entities_are_never_expanded(tmp_path: Path) -> None:
    path = tmp_path / "xxe.docx"
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Summary &x;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", body)
    path.write_bytes(buffer.getvalue())
    # The guard refuses any DTD outright (Word never writes one); were it to let one
    # through, the reader's parser must still not expand it.
    with pytest.raises(InputError, match="entity declarations"):
        read_report(path, load_spec("default"))
    from reportkit.parse.docx_xml import _PARSER

    assert "TOPSECRET" not in "".join(etree.fromstring(body.encode(), _PARSER).itertext())


def test_an_unrecognised_bold_line_inside_a_section_is_a_sub_heading_of_it(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        {"heading": "Contribution to the Council's Priorities"},
        {"text": "Protect the most vulnerable:", "bold": True}, "The review helps.",
    ]})  # fmt: skip
    top, sub = report.sections
    assert sub.id == "other" and sub.level == top.level + 1
    assert "The review helps." in report.section_text(top)


def test_the_title_style_names_the_report_and_is_not_a_section(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Library opening hours", 0)
    document.add_heading("Summary", 1)
    report = read_doc(tmp_path, document)
    assert report.metadata.title == "Library opening hours"
    assert ids(report) == ["summary"]


def test_an_unknown_heading_like_style_gives_a_message_naming_it(tmp_path: Path) -> None:
    path = build_docx(
        {"body": [{"text": "Summary", "style": "Borough Heading A"}, "Text."]},
        tmp_path / "r.docx",
    )
    result = read_report(path, load_spec("default"))
    assert [s.id for s in result.report.sections] == ["summary"]
    assert any("'Borough Heading A'" in m.text for m in result.messages)


def test_block_level_content_controls_and_text_boxes_are_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Summary", 1)
    body = document.element.body
    body.insert(
        len(body) - 1,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a control."
            "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    raw(
        document,
        "<w:r><mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-"
        "compatibility/2006'><mc:Choice Requires='wps'><w:drawing><w:txbxContent><w:p><w:r>"
        "<w:t>NOT FOR PUBLICATION</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>NOT FOR PUBLICATION</w:t></w:r>"
        "</w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
    )
    report = read_doc(tmp_path, document)
    assert [b.text for b in report.sections[0].blocks] == ["Inside a control."]
    assert [(b.text, b.location.heading) for b in report.running_text] == [
        ("NOT FOR PUBLICATION", "text box")
    ]


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<a>" + b" " * (30 * 1024 * 1024) + b"</a>")
    with pytest.raises(InputError, match="zip bomb"):
        read_report(bomb, load_spec("default"))


def test_a_damaged_styles_part_is_reported_as_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "styles.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body/></w:document>",
        )
        z.writestr("word/styles.xml", "<w:styles")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError, match=r"styles\.docx: damaged Word file \(word/styles\.xml"):
        read_report(path, load_spec("default"))


def test_a_plain_word_document_is_read_like_text_without_joining_its_paragraphs(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        "Report to:\tCabinet", "Summary", "The hours change on 1 April and this",
        "sentence is a separate paragraph.", "6.0 FINANCIAL IMPLICATIONS", "6.1 The cost is met.",
    ]})  # fmt: skip
    assert report.metadata.committee == "Cabinet"
    assert [(s.id, s.location.paragraph) for s in report.sections] == [
        ("summary", 2),
        ("financial", 5),
    ]
    summary = report.sections[0]
    assert len(summary.blocks) == 2
    assert [b.location.paragraph for b in summary.blocks] == [3, 4]
    assert summary.blocks[0].location.heading == "Summary"


def test_a_table_whose_first_cell_names_a_section_starts_it_like_the_text_reader(
    tmp_path: Path,
) -> None:
    report = read(tmp_path, {"body": [
        HEADER, {"heading": "Summary"}, "Text.",
        {"table": [["Contact Officer:", "Sam Example"], ["Email Address:", "sam@example.gov.uk"]]},
    ]})  # fmt: skip
    assert ids(report) == ["summary", "contact_officer"]
    assert report.sections[1].matched_by.startswith("first cell of a table")
    assert report.contact_officer is not None
    assert report.contact_officer.email == "sam@example.gov.uk"


def test_a_strict_open_xml_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">'
            "<w:body/></w:document>",
        )
    with pytest.raises(InputError, match="Strict Open XML"):
        read_report(path, load_spec("default"))


def test_heading_styles_linked_to_a_multi_level_list_get_their_level_numbers(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f"<w:abstractNum {nsdecls('w')} w:abstractNumId='70'>"
        "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/>"
        "<w:pStyle w:val='Heading1'/><w:lvlText w:val='%1.'/></w:lvl>"
        "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='decimal'/>"
        "<w:pStyle w:val='Heading2'/><w:lvlText w:val='%1.%2'/></w:lvl></w:abstractNum>"
    ))  # fmt: skip
    numbering.append(
        parse_xml(f"<w:num {nsdecls('w')} w:numId='70'><w:abstractNumId w:val='70'/></w:num>")
    )
    for name in ("Heading 1", "Heading 2"):
        ppr = document.styles[name].element.get_or_add_pPr()
        ppr.append(parse_xml(f"<w:numPr {nsdecls('w')}><w:numId w:val='70'/></w:numPr>"))
    for text, level in [("Summary", 1), ("Background", 1), ("History", 2), ("Risk", 1)]:
        document.add_heading(text, level)
    report = read_doc(tmp_path, document)
    assert [(s.heading, s.number) for s in report.sections] == [
        ("Summary", "1."),
        ("Background", "2."),
        ("History", "2.1"),
        ("Risk", "3."),
    ]


def test_an_implications_table_gives_a_sub_section_per_row(tmp_path: Path) -> None:
    report = read(tmp_path, {"body": [
        HEADER, {"heading": "Implications"},
        {"table": [["Issue", "Implications", "Sign-off"],
                   ["Financial", "Met from reserves.", "J Smith"],
                   ["Legal", "The council has the power.", "A Jones"]], "header": True},
    ]})  # fmt: skip
    assert [(s.id, s.level) for s in report.sections] == [
        ("implications", 1),
        ("financial", 2),
        ("legal", 2),
    ]


def test_headings_of_a_plain_document_say_they_were_plain_paragraphs(tmp_path: Path) -> None:
    report = read(
        tmp_path, {"body": ["Summary", "The hours change.", "Legal Implications", "None."]}
    )
    assert [s.id for s in report.sections] == ["summary", "legal"]
    assert all(s.matched_by.startswith("plain paragraph; ") for s in report.sections)


def test_a_direct_outline_level_makes_a_heading_without_a_heading_style(tmp_path: Path) -> None:
    document = docx.Document()
    raw(document, "<w:pPr><w:outlineLvl w:val='0'/></w:pPr><w:r><w:t>Risk</w:t></w:r>")
    document.add_paragraph("Low.")
    report = read_doc(tmp_path, document)
    assert ids(report) == ["risk"]
    assert report.sections[0].matched_by == "outline level 1 (style 'Normal')"
    assert report.word is not None and report.word.heading_levels[0][0] == 1


def test_a_title_in_a_heading_style_above_the_header_table_does_not_end_the_front_sheet(
    tmp_path: Path,
):
    report = read(
        tmp_path,
        {
            "body": [
                {"text": "Oakridge City Council", "style": "Heading 1"},
                {"table": [["Report to", "Cabinet", "Key Decision", "Yes"],
                           ["Date of Meeting", "21 January 2026", "Exempt", "No"]]},
                "Forward Plan: Yes",
                {"heading": "Summary", "level": 1},
                "A new framework for home care.",
            ]
        },
    )  # fmt: skip
    meta = report.metadata
    assert (meta.committee, meta.key_decision, meta.forward_plan, meta.exempt) == (
        "Cabinet",
        True,
        True,
        "no",
    )
    assert [s.id for s in report.sections] == ["summary"]
    assert report.preamble[0].text == "Oakridge City Council"


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=[*"abAB 1.", "\u4e2d", "\u00c9", "\u00e9", "\u01c5", "\u00aa"]))
@example("FINANCE \u4e2d")  # a letter with no case is not a capital
@example("\u00c9T\u00c9 ABC")
def test_all_capitals_means_more_than_three_letters_and_every_one_a_capital(text: str) -> None:
    letters = [c for c in text if c.isalpha()]
    assert _all_capitals(text) == (len(letters) > 3 and all(c.isupper() for c in letters))
