from pathlib import Path

import docx
import pytest
from helpers import NO_SOFFICE, SOFFICE, soffice_convert

from reportkit.annotate import AUTHOR, INITIALS, annotate
from reportkit.findings import Finding, Severity
from reportkit.model import Location
from reportkit.safe_write import WriteRefused


def _word_report(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Leisure Centre Opening Hours", level=1)
    document.add_heading("Summary", level=2)
    document.add_paragraph("This report proposes new opening hours at three leisure centres.")
    document.add_heading("Recommendations", level=2)
    document.add_paragraph("Cabinet is recommended to approve the hours in Appendix A.")
    document.add_paragraph()  # an empty paragraph: no runs to anchor to
    document.save(str(path))
    return path


def _finding(path: Path, paragraph: int | None, code: str = "RK301") -> Finding:
    return Finding(
        code=code,
        name="example-rule",
        severity=Severity.WARNING,
        message=f"Something to look at (paragraph {paragraph})",
        location=Location(path=str(path), paragraph=paragraph),
        fix="Rewrite the paragraph.",
    )


def test_each_finding_becomes_a_comment_on_its_paragraph_and_a_summary_comes_first(tmp_path):
    source = _word_report(tmp_path / "leisure.docx")
    before = source.read_bytes()
    findings = [_finding(source, 3), _finding(source, 5), _finding(source, None, "RK101")]
    out = tmp_path / "leisure.reviewed.docx"
    result = annotate(source, findings, out)
    assert (result.anchored, result.in_summary) == (2, 1)
    assert source.read_bytes() == before

    reviewed = docx.Document(str(out))
    comments = list(reviewed.comments)
    assert len(comments) == 3
    assert {(c.author, c.initials) for c in comments} == {(AUTHOR, INITIALS)}
    texts = [c.text for c in comments]
    assert any(
        t.startswith("RK301 example-rule (warning): Something to look at (paragraph 3)")
        and "How to fix: Rewrite the paragraph." in t
        for t in texts
    )
    summary = next(t for t in texts if t.startswith("reportkit: 3 findings (3 warnings)"))
    assert "RK101 example-rule" in summary
    anchored = _anchored_text(reviewed)
    assert anchored[texts.index(summary)] == "Leisure Centre Opening Hours"
    assert "This report proposes new opening hours at three leisure centres." in anchored.values()
    assert "Cabinet is recommended to approve the hours in Appendix A." in anchored.values()


def _anchored_text(document) -> dict[int, str]:
    """Comment index (in comments-part order) -> text of the paragraph holding its range."""
    ids = [c.comment_id for c in document.comments]
    out = {}
    for paragraph in document.paragraphs:
        for start in paragraph._p.xpath("./w:commentRangeStart"):
            out[ids.index(int(start.get(docx.oxml.ns.qn("w:id"))))] = paragraph.text
    return out


def test_a_finding_on_an_empty_paragraph_or_past_the_end_is_still_reported(tmp_path):
    source = _word_report(tmp_path / "r.docx")
    out = tmp_path / "out.docx"
    result = annotate(source, [_finding(source, 6), _finding(source, 99)], out)
    assert (result.anchored, result.in_summary) == (1, 1)
    assert len(list(docx.Document(str(out)).comments)) == 2


def test_the_input_itself_is_never_the_output(tmp_path):
    source = _word_report(tmp_path / "r.docx")
    before = source.read_bytes()
    with pytest.raises(WriteRefused, match="is an input"):
        annotate(source, [_finding(source, 3)], source, force=True)
    assert source.read_bytes() == before


def test_an_existing_output_is_replaced_only_with_force(tmp_path):
    source = _word_report(tmp_path / "r.docx")
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep me")
    with pytest.raises(WriteRefused, match="already exists"):
        annotate(source, [], out)
    assert out.read_bytes() == b"keep me"
    annotate(source, [], out, force=True)
    (only,) = docx.Document(str(out)).comments
    assert only.text == "reportkit found nothing to flag in this report."


@pytest.mark.skipif(SOFFICE is None, reason=NO_SOFFICE)
def test_libreoffice_renders_the_annotated_report_with_the_comments(tmp_path):
    source = _word_report(tmp_path / "r.docx")
    out = tmp_path / "r.reviewed.docx"
    annotate(source, [_finding(source, 3), _finding(source, None, "RK101")], out)
    # ExportNotes puts each Word comment into the PDF as a text annotation we can read back.
    pdf_filter = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    soffice_convert(out, tmp_path, pdf_filter, timeout=120)
    from pypdf import PdfReader

    pdf = PdfReader(str(tmp_path / "r.reviewed.pdf"))
    assert "Leisure Centre Opening Hours" in pdf.pages[0].extract_text()
    notes = [
        annot.get_object()
        for page in pdf.pages
        for annot in page.get("/Annots") or []
        if annot.get_object().get("/Subtype") == "/Text"
    ]
    assert len(notes) == 2
    assert all(str(note["/T"]).startswith(AUTHOR) for note in notes)
    contents = sorted(str(note["/Contents"]) for note in notes)
    assert contents[0].startswith("RK301 example-rule (warning): Something to look at")
    assert contents[1].startswith("reportkit: 2 findings (2 warnings)")
