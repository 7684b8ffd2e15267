"""The Word writer: styles, numbering, header table, lists, tables, links, headers,
footers, properties; every file re-read with python-docx."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reportkit.cli import main


def _build(src: Path, out: Path, *extra: str) -> docx.document.Document:
    assert main(["build", str(src), "-o", str(out), *extra]) == 0
    return docx.Document(str(out))


def _body_paragraphs(document: docx.document.Document) -> list:
    return list(document.paragraphs)


def test_headings_use_real_heading_styles(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["Summary", "Recommendation(s)", "Reasons for the Recommendation(s)"]
    assert "Introduction and Background" in headings
    assert "Proposed Hours" in headings


def test_body_paragraphs_are_numbered_by_word_multilevel_numbering(
    sample_md: Path, tmp_path: Path
) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    numbering = document.part.numbering_part.element
    section_abstract = None
    for abstract in numbering.findall(qn("w:abstractNum")):
        texts = [
            lvl.find(qn("w:lvlText")).get(qn("w:val")) for lvl in abstract.findall(qn("w:lvl"))
        ]
        if texts[:2] == ["%1.", "%1.%2"]:
            section_abstract = abstract.get(qn("w:abstractNumId"))
    assert section_abstract is not None

    def num_pr(paragraph: object) -> tuple[int, int] | None:
        pr = paragraph._p.pPr  # type: ignore[attr-defined]
        if pr is None or pr.numPr is None:
            return None
        return pr.numPr.numId.val, pr.numPr.ilvl.val

    by_text = {p.text: num_pr(p) for p in document.paragraphs}
    heading_num = by_text["Introduction and Background"]
    body_num = by_text["The library service runs twelve branches."]
    assert heading_num is not None and heading_num[1] == 0
    assert body_num == (heading_num[0], 1)
    assert by_text["Staff will be consulted on rotas."] == (heading_num[0], 1)
    # The number is Word's, not typed.
    assert not any(p.text.startswith(("1.1", "2.1")) for p in document.paragraphs)
    # Front-sheet sections are unnumbered in the default house style.
    assert by_text["Summary"] is None
    num = next(
        n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(heading_num[0])
    )
    assert num.find(qn("w:abstractNumId")).get(qn("w:val")) == section_abstract


def test_a_house_style_can_number_every_section(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx", "--house-style", "numbered-throughout")
    summary = next(p for p in document.paragraphs if p.text == "Summary")
    assert summary._p.pPr.numPr is not None
    assert summary._p.pPr.numPr.ilvl.val == 0


def test_recommendations_are_a_numbered_list_in_brackets(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    first = next(p for p in document.paragraphs if p.text.startswith("Approve the new"))
    num_id = first._p.pPr.numPr.numId.val
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        a
        for a in numbering.findall(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == abstract_id
    )
    assert abstract.find(qn("w:lvl")).find(qn("w:lvlText")).get(qn("w:val")) == "(%1)"


def test_the_header_table_holds_the_front_sheet_with_a_repeating_header_row(
    sample_md: Path, tmp_path: Path
) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    table = document.tables[0]
    first = [c.text for c in table.rows[0].cells]
    assert first == ["Report to:", "Cabinet", "Date of Meeting:", "7 March 2024"]
    cells = [c.text for row in table.rows for c in row.cells]
    for label, value in [
        ("Subject:", "Review of Library Opening Hours"),
        ("Report of:", "Executive Director of Place"),
        ("Wards Affected:", "All Wards"),
        ("Portfolio:", "Cabinet Member - Communities"),
        ("Is this a Key Decision:", "Yes"),
        ("Included in Forward Plan:", "Yes"),
        ("Exempt / Confidential Report:", "No"),
    ]:
        assert cells[cells.index(label) + 1] == value
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    label_run = table.rows[0].cells[0].paragraphs[0].runs[0]
    assert label_run.bold is True
    sizes = [
        r.font.size.pt
        for row in table.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
    ]
    assert sizes and min(sizes) >= 12


def test_markdown_tables_lists_links_quotes_and_emphasis_are_carried_over(
    sample_md: Path, tmp_path: Path
) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    climate = document.tables[1]
    assert [c.text for c in climate.rows[0].cells] == ["Impact", "Yes/No"]
    assert climate.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert climate.style.name == "Table Grid"
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in bullets] == ["Central Library", "Northtown Library"]
    quote = next(p for p in document.paragraphs if p.text.startswith("Residents asked"))
    assert quote.style.name == "Quote"
    summary = next(p for p in document.paragraphs if p.text.startswith("This report sets out"))
    assert any(r.bold and r.text == "library opening hours" for r in summary.runs)
    finance = next(p for p in document.paragraphs if "budget book" in p.text)
    links = finance._p.findall(qn("w:hyperlink"))
    assert len(links) == 1
    rel = document.part.rels[links[0].get(qn("r:id"))]
    assert rel.target_ref == "https://example.gov.uk/budget" and rel.is_external
    recs = next(p for p in document.paragraphs if p.text.startswith("Note the"))
    assert any(r.italic and r.text == "consultation" for r in recs.runs)


def test_the_footer_has_page_x_of_y_fields(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    footer = document.sections[0].footer.paragraphs[0]
    instructions = [f.get(qn("w:instr")).strip() for f in footer._p.findall(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("Page ")
    assert " of " in footer.text


def test_a_public_report_has_no_exempt_header(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    assert "NOT FOR PUBLICATION" not in document.sections[0].header.paragraphs[0].text


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("whole", "NOT FOR PUBLICATION \u2014 Schedule 12A, paragraph 3"),
        ("part", "Appendix B: NOT FOR PUBLICATION \u2014 Schedule 12A, paragraphs 1, 2"),
    ],
)
def test_exempt_reports_carry_a_not_for_publication_header(
    tmp_path: Path, status: str, expected: str, exempt_variant: Callable[[str], str]
) -> None:
    src = tmp_path / "exempt.md"
    src.write_text(exempt_variant(status), encoding="utf-8")
    document = _build(src, tmp_path / "out.docx")
    header_text = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert expected in header_text
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    exempt_cell = cells[cells.index("Exempt / Confidential Report:") + 1]
    assert "NOT FOR PUBLICATION" in exempt_cell or exempt_cell == "Yes"


def test_document_properties_and_language_are_set(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    props = document.core_properties
    assert props.title == "Review of Library Opening Hours"
    assert props.author == "Executive Director of Place"
    assert props.subject == "Cabinet, 7 March 2024"
    assert props.language == "en-GB"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_the_house_style_is_applied_to_named_styles(sample_md: Path, tmp_path: Path) -> None:
    document = _build(sample_md, tmp_path / "out.docx")
    normal = document.styles["Normal"]
    assert normal.font.name == "Arial"
    assert normal.font.size.pt == 12
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Arial"
    fonts = heading.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:asciiTheme")) is None
    section = document.sections[0]
    assert round(section.left_margin.cm, 1) == 2.5


def test_a_reference_docx_supplies_styles_headers_and_page_setup(
    sample_md: Path, tmp_path: Path
) -> None:
    from docx.shared import Cm, Pt

    reference = docx.Document()
    reference.styles["Normal"].font.name = "Verdana"
    reference.styles["Heading 1"].font.size = Pt(22)
    reference.sections[0].left_margin = Cm(4)
    reference.sections[0].header.paragraphs[0].text = "Anytown Borough Council"
    reference.add_paragraph("Template guidance to be removed")
    ref_path = tmp_path / "council.docx"
    reference.save(str(ref_path))

    document = _build(sample_md, tmp_path / "out.docx", "--reference-docx", str(ref_path))
    assert document.styles["Normal"].font.name == "Verdana"
    assert document.styles["Heading 1"].font.size.pt == 22
    assert round(document.sections[0].left_margin.cm) == 4
    assert "Anytown Borough Council" in document.sections[0].header.paragraphs[0].text
    texts = [p.text for p in document.paragraphs]
    assert "Template guidance to be removed" not in texts
    assert "Summary" in texts


def test_build_refuses_to_overwrite_an_existing_output_without_force(
    sample_md: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep me")
    assert main(["build", str(sample_md), "-o", str(out)]) == 2
    assert out.read_bytes() == b"keep me"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0] and str(out) in err[0]
    assert main(["build", str(sample_md), "-o", str(out), "--force"]) == 0
    assert docx.Document(str(out)).tables


def test_build_never_overwrites_its_input(sample_md: Path, tmp_path: Path) -> None:
    ref = tmp_path / "council.docx"
    docx.Document().save(str(ref))
    before = ref.read_bytes()
    status = main(
        ["build", str(sample_md), "-o", str(ref), "--reference-docx", str(ref), "--force"]
    )
    assert status == 2
    assert ref.read_bytes() == before


def test_a_failed_write_leaves_no_half_written_file(
    sample_md: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from docx.document import Document

    def broken_save(self: object, path: str) -> None:
        Path(path).write_bytes(b"PK partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    out = tmp_path / "out.docx"
    assert main(["build", str(sample_md), "-o", str(out)]) == 2
    assert list(tmp_path.iterdir()) == [sample_md]


def test_a_folder_is_built_in_one_call_and_bad_files_do_not_stop_the_rest(
    sample_md: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.md").write_text(sample_md.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub" / "b.md").write_text(sample_md.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "bad.md").write_bytes(b"\xff\xfe not utf-8 \xff")
    out = tmp_path / "out"
    assert main(["build", str(folder), "-o", str(out)]) == 2
    assert (out / "a.docx").is_file() and (out / "sub" / "b.docx").is_file()
    assert not (out / "bad.docx").exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.md" in err[0] and "UTF-8" in err[0]


def _tiny_png(path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00\xff\x00\x00" * 1  # one red pixel row: filter byte + RGB
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)


def test_a_house_style_logo_goes_in_the_header_with_alt_text(
    sample_md: Path, tmp_path: Path
) -> None:
    _tiny_png(tmp_path / "logo.png")
    style = tmp_path / "anytown.yaml"
    style.write_text(
        "name: anytown\nfont: Verdana\nlogo: logo.png\nlogo_alt: Anytown Borough Council\n",
        encoding="utf-8",
    )
    document = _build(sample_md, tmp_path / "out.docx", "--house-style", str(style))
    header = document.sections[0].header._element
    doc_pr = header.findall(".//" + qn("wp:docPr"))
    assert [d.get("descr") for d in doc_pr] == ["Anytown Borough Council"]
    assert document.styles["Normal"].font.name == "Verdana"


@pytest.mark.parametrize(
    ("logo", "content", "phrase"),
    [
        ("missing.png", None, "logo missing.png not found"),
        ("logo.png", b"this is a note, not a picture", "not an image Word can show"),
    ],
    ids=["missing", "not an image"],
)
def test_a_house_style_logo_that_cannot_be_used_stops_the_build_in_one_line(
    sample_md: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    logo: str,
    content: bytes | None,
    phrase: str,
) -> None:
    if content is not None:
        (tmp_path / logo).write_bytes(content)
    style = tmp_path / "anytown.yaml"
    style.write_text(f"name: anytown\nlogo: {logo}\n", encoding="utf-8")
    out = tmp_path / "o.docx"
    assert main(["build", str(sample_md), "-o", str(out), "--house-style", str(style)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert phrase in line and logo in line
    assert not out.exists()


def test_a_house_style_below_12_point_is_refused(
    sample_md: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    style = tmp_path / "tiny.yaml"
    style.write_text("name: tiny\nbody_size_pt: 9\n", encoding="utf-8")
    assert (
        main(["build", str(sample_md), "-o", str(tmp_path / "o.docx"), "--house-style", str(style)])
        == 2
    )
    err = capsys.readouterr().err
    assert "tiny.yaml" in err and "body_size_pt" in err
    assert not (tmp_path / "o.docx").exists()


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        ("name: broken\nbody_size_pt: [12\n", "line 3"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n"
                for i in range(6)
            ),
            "aliases",
        ),
        ("logo: !!python/object/apply:os.system ['echo hacked']\n", "not allowed"),
    ],
    ids=["invalid", "alias bomb", "python tag"],
)
def test_a_bad_house_style_yaml_is_refused_in_one_line(
    sample_md: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, phrase: str
) -> None:
    style = tmp_path / "council.yaml"
    style.write_text(source, encoding="utf-8")
    out = tmp_path / "o.docx"
    assert main(["build", str(sample_md), "-o", str(out), "--house-style", str(style)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "council.yaml: not valid YAML" in line and phrase in line
    assert not out.exists()


def test_the_author_property_names_the_report_of_and_is_not_flagged_as_a_leak(
    sample_md: Path, tmp_path: Path
) -> None:
    from reportkit.parse import read_report
    from reportkit.rules import document_properties
    from reportkit.spec import load_spec

    out = tmp_path / "out.docx"
    _build(sample_md, out)
    spec = load_spec("default")
    report = read_report(out, spec).report
    assert report.word is not None
    assert report.word.properties.get("author") == "Executive Director of Place"
    options = document_properties.Options()
    assert list(document_properties.check(report, spec, options)) == []
    # A different person as author is still a leak.
    report.word.properties["author"] = "Jane Smith"
    hits = list(document_properties.check(report, spec, options))
    assert len(hits) == 1 and "Jane Smith" in hits[0].message


def test_other_front_matter_becomes_labelled_rows_read_back_as_the_same_fields(
    sample_md: Path, tmp_path: Path
) -> None:
    from reportkit.parse import read_report
    from reportkit.spec import load_spec

    src = tmp_path / "more.md"
    text = sample_md.read_text(encoding="utf-8")
    src.write_text(
        text.replace("committee: Cabinet", "committee: Cabinet\nreport_date: 2024-02-20")
    )
    document = _build(src, tmp_path / "out.docx")
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert cells[cells.index("Date of Report:") + 1] == "20 February 2024"
    spec = load_spec("default")
    word = read_report(tmp_path / "out.docx", spec).report
    assert str(word.metadata.report_date) == "2024-02-20"


def test_an_empty_markdown_file_is_refused_in_one_line_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("\n  \n", encoding="utf-8")
    out = tmp_path / "empty.docx"
    assert main(["build", str(empty), "-o", str(out)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "empty.md: the file is empty" in line
    assert not out.exists()


def test_a_generated_report_carries_no_template_leftovers(sample_md: Path, tmp_path: Path) -> None:
    import zipfile

    out = tmp_path / "out.docx"
    _build(sample_md, out)
    names = set(zipfile.ZipFile(out).namelist())
    assert not {n for n in names if "stylesWithEffects" in n or "thumbnail" in n}
    assert not {n for n in names if n.startswith("customXml/")}
    styles = zipfile.ZipFile(out).read("word/styles.xml").decode("utf-8")
    assert styles.count('w:type="table"') == 2  # Normal Table and Table Grid, which it uses
    assert "TableGrid" in zipfile.ZipFile(out).read("word/document.xml").decode("utf-8")


def test_the_base_document_defines_every_style_the_renderer_asks_for() -> None:
    from reportkit.render.base_document import new_document
    from reportkit.render.styles import style_ids

    document = new_document()
    have = style_ids(document)
    wanted = ["Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Number"]
    wanted += ["List Bullet", "List Paragraph", "Quote", "Header", "Footer", "Table Grid"]
    assert [name for name in wanted if name not in have] == []
    for level in (1, 2, 3):
        ppr = document.styles[f"Heading {level}"].element.pPr
        assert ppr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)
    assert document.part.numbering_part.element.tag == qn("w:numbering")
