"""Word files written by another producer (LibreOffice), not by python-docx: the reader must
take their XML as it comes. The seeds converted from text must read like the text seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import NO_SOFFICE, SEEDS, SOFFICE, soffice_convert

from reportkit.model import Report
from reportkit.parse import read_report
from reportkit.spec import Spec, load_spec

pytestmark = pytest.mark.skipif(SOFFICE is None, reason=f"{NO_SOFFICE}; cannot convert to .docx")


def convert(source: Path, out_dir: Path, target: str = "docx") -> Path:
    (made,) = soffice_convert(source, out_dir, target, timeout=120)
    return made


HTML = """<html><head><title>Library opening hours</title></head><body>
<table border="1"><tr><td>Report to:</td><td>Cabinet</td><td>Date of Meeting:</td>
<td>4 January 2024</td></tr><tr><td>Subject:</td><td>Library opening hours</td>
<td>Exempt:</td><td>No</td></tr></table>
<h1>Summary</h1><p>The hours change on 1 April.</p>
<h1>Recommendation(s)</h1><ol><li>Approve the new hours.</li><li>Note the savings.</li></ol>
<h1>Financial Implications</h1><h2>Revenue</h2><p>The saving is <b>£40,000</b> a year.</p>
<p><b>LEGAL IMPLICATIONS</b></p><p>None.</p>
<h1>Climate Emergency Implications</h1>
<table border="1"><thead><tr><th>Impact</th><th>Yes/No</th></tr></thead>
<tbody><tr><td>Positive</td><td>No</td></tr><tr><td>Neutral</td><td>Yes</td></tr></tbody></table>
</body></html>"""


def test_a_libreoffice_document_with_heading_styles_lists_and_tables_reads_fully(
    tmp_path: Path,
) -> None:
    source = tmp_path / "hours.html"
    source.write_text(HTML, encoding="utf-8")
    report = read_report(
        convert(source, tmp_path, "docx:MS Word 2007 XML"), load_spec("default")
    ).report
    assert [s.id for s in report.sections] == [
        "summary",
        "recommendations",
        "financial",
        "other",
        "legal",
        "climate",
    ]
    assert report.sections[3].level == 2
    assert report.sections[4].matched_by.startswith("bold + all caps")
    assert report.metadata.committee == "Cabinet"
    assert report.metadata.title == "Library opening hours"
    assert [r.text for r in report.recommendations] == [
        "Approve the new hours.",
        "Note the savings.",
    ]
    assert [r.number for r in report.recommendations] == ["1.", "2."]
    table = report.sections[-1].blocks[0]
    assert table.kind == "table" and table.header_row is True
    assert table.rows == [["Impact", "Yes/No"], ["Positive", "No"], ["Neutral", "Yes"]]
    assert report.word is not None and report.word.properties["title"] == "Library opening hours"


def test_an_odt_converted_to_word_keeps_its_numbered_plain_headings(tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text(
        "REPORT TO:\tPlanning Committee\n\nDATE:\t9 May 2024\n\n"
        "1.0 PURPOSE OF THE REPORT\n\n1.1 To agree the local plan timetable.\n\n"
        "2.0 LEGAL IMPLICATIONS\n\n2.1 The plan is made under the 2004 Act.\n",
        encoding="utf-8",
    )
    odt_dir = tmp_path / "odt"
    odt_dir.mkdir()
    (odt,) = soffice_convert(text, odt_dir, "odt", timeout=120)
    report = read_report(convert(odt, tmp_path), load_spec("default")).report
    assert [(s.id, s.number) for s in report.sections] == [("summary", "1.0"), ("legal", "2.0")]
    assert report.metadata.committee == "Planning Committee"
    assert report.sections[1].blocks[0].location.paragraph is not None


def _shape(report: Report) -> list[tuple[str, str, str | None, int | None]]:
    return [
        (s.id, s.heading, s.number, s.location.line or s.location.paragraph)
        for s in report.sections
    ]


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")) or ["none"])
def test_a_seed_converted_to_word_reads_like_the_text_seed(tmp_path: Path, seed: str) -> None:
    source = SEEDS / seed
    if not source.is_file():
        pytest.skip(f"seed reports not found at {SEEDS}")
    from reportkit.parse.text import read_text

    spec = load_spec("default")
    text = source.read_text(encoding="utf-8")
    copy = tmp_path / "report.txt"
    copy.write_text(text, encoding="utf-8")
    from_text = read_text(text, "report.txt", spec).report
    from_word = read_report(convert(copy, tmp_path), spec).report
    assert from_word.format == "docx"
    assert _shape(from_word) == _shape(from_text)
    assert len(from_word.sections) >= 5
    assert from_word.metadata.model_dump(exclude={"fields"}) == from_text.metadata.model_dump(
        exclude={"fields"}
    )
    assert [r.text for r in from_word.recommendations] == [
        r.text for r in from_text.recommendations
    ]
    assert [a.label for a in from_word.appendices] == [a.label for a in from_text.appendices]
    assert all(s.location.paragraph for s in from_word.sections)
    assert findings(from_word, spec) == findings(from_text, spec)


def _place(message: str) -> str:
    # "at line 19" in text is "at paragraph 19" in Word: the same place, named per format.
    return re.sub(r"\b(?:line|paragraph) (\d+)", r"#\1", message)


def findings(report: Report, spec: Spec) -> list[tuple[str, str]]:
    """Every rule that is not Word-only, through the engine when it exists."""
    from reportkit.rules import RULES

    try:
        from reportkit.lint import lint_report
    except ImportError:
        out = []
        for rule in RULES:
            if rule.formats == ("docx",):
                continue
            options = rule.options.model_validate(spec.rule_options(rule.name))
            out.extend((rule.code, _place(h.message)) for h in rule.check(report, spec, options))
        return sorted(out)
    word_only = {r.code for r in RULES if r.formats == ("docx",)}
    return sorted(
        (f.code, _place(f.message)) for f in lint_report(report, spec) if f.code not in word_only
    )
