"""A corpus of reports in the styles of many councils (fictional councils, our own words),
each read and linted as democratic services would: the sections found (ids in order), the
front-sheet facts, and exactly the findings an experienced officer would accept.

The fixtures (tests/fixtures/councils/) cover the ways templates vary (see docs and
shared/domain.md): PDF text with running headers, hyphenation and headings split over two
lines; header tables read row by row and column by column; label and value on separate
lines; Markdown; Word files with heading styles, a council's own heading style, bold-only
headings, automatic numbering, a four-column header table, and one made by LibreOffice from
HTML. A change that alters any of these results must be a deliberate one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx_build import build_docx
from helpers import NO_SOFFICE, SOFFICE, soffice_convert

from reportkit.lint import lint_report
from reportkit.parse import Limits, read_report
from reportkit.spec import load_spec

COUNCILS = Path(__file__).resolve().parent / "fixtures" / "councils"
SPEC = load_spec("default")

CORE = [
    "summary", "recommendations", "reasons", "alternative_options",
]  # fmt: skip
IMPLICATIONS = ["financial", "legal", "equality", "climate", "risk", "consultation"]
END_MATTER = {"appendices", "background_papers", "contact_officer"}

# name -> (section ids in order, metadata, recommendation numbers, appendix labels, findings)
EXPECTED: dict[str, dict[str, Any]] = {
    # County council: "Electoral divisions", "Cabinet Member", "Key decision: Yes - expenditure
    # over £500,000", a Forward Plan reference, running headers, hyphenation, headings broken
    # over two lines, lettered recommendations.
    "wessex_county_cabinet.txt": {
        "ids": [*CORE, "background", *IMPLICATIONS, "background_papers", "appendices",
                "contact_officer"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 5, 14),
                 "wards": "All electoral divisions", "key_decision": True,
                 "forward_plan": True, "exempt": "no"},
        "recommendations": ["(a)", "(b)", "(c)"],
        "appendices": ["1"],
        "findings": set(),
    },
    # London borough: "Part B - Private", paragraphs 1 and 2, a header table laid out in
    # columns of spaces, "Comments of the Monitoring Officer".
    "northgate_borough_partb.txt": {
        "ids": [*CORE, "background", *IMPLICATIONS, "appendices", "background_papers",
                "contact_officer"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 3, 9),
                 "key_decision": True, "forward_plan": True, "exempt": "part",
                 "exempt_paragraphs": [1, 2], "exempt_parts": ["Appendix 2"]},
        "recommendations": ["1.", "2.", "3."],
        "appendices": ["1", "2"],
        "findings": set(),
    },
    # District council: every implication in one table (Issue | Implications | Sign-off).
    "fenbury_district_implications_table.md": {
        "ids": [*CORE, "background", "implications", "financial", "legal", "equality",
                "climate", "risk", "crime_disorder", "consultation", "appendices",
                "background_papers", "contact_officer"],
        "meta": {"committee": "Executive", "key_decision": True, "forward_plan": True,
                 "exempt": "no"},
        "recommendations": ["1.", "2."],
        "appendices": ["A", "B"],
        "findings": set(),
    },
    # Every paragraph numbered 1..21 whatever its heading; "A." recommendations after a
    # numbered lead-in; the meeting named by a title line ("CABINET"); a key decision taken
    # under the general exception, not on the Forward Plan (not a fault).
    "ashcombe_numbered_paragraphs.txt": {
        "ids": [*CORE, "background", *IMPLICATIONS, "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 7, 8),
                 "key_decision": True, "forward_plan": False, "exempt": "no"},
        "recommendations": ["A.", "B.", "C."],
        "appendices": [],
        "findings": set(),
    },
    # "Report summary", "Decision(s) required", "Preferred option and reasons", "Available
    # options", "Finance", "Legal Officer comments", "Public sector equality duty",
    # "Biodiversity and climate change", "Risk management", "Engagement", "Background
    # documents", "Contact".
    "thornbury_city_variant_headings.md": {
        "ids": [*CORE, *IMPLICATIONS, "appendices", "background_papers", "contact_officer"],
        "meta": {"committee": "Executive", "key_decision": True, "forward_plan": True,
                 "exempt": "no"},
        "recommendations": ["(a)", "(b)", "(c)"],
        "appendices": ["1", "2"],
        "findings": set(),
    },
    # A late report: "For general release" on a line of its own, and a lateness and urgency
    # paragraph (s100B(4)(b)) before the numbered sections.
    "kelham_late_urgent.txt": {
        "ids": ["urgency", *CORE, *IMPLICATIONS, "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 10, 20),
                 "key_decision": False, "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": [],
        "findings": set(),
    },
    # A scrutiny committee report for noting: "Key Decision: Not applicable". Reasons and
    # options rejected are not asked of it; the default spec still wants climate, risk and
    # consultation sections, which this report lacks.
    "brockley_scrutiny.txt": {
        "ids": ["summary", "recommendations", "background", "financial", "legal", "equality",
                "contact_officer", "background_papers"],
        "meta": {"committee": "Children and Young People Scrutiny Committee",
                 "key_decision": None, "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": [],
        "findings": {("RK101", "climate"), ("RK101", "risk"), ("RK101", "consultation")},
    },
    # Template guidance left in square brackets, including the whole contact officer entry.
    "millbrook_template_guidance.md": {
        "ids": [*CORE, *IMPLICATIONS, "appendices", "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "key_decision": False, "exempt": "no"},
        "recommendations": ["1."],
        "appendices": ["A"],
        "findings": {("RK301", "summary"), ("RK301", "financial"),
                     ("RK210", "contact_officer")},
    },
    # A header read column by column: every label, then every value (some values start
    # like labels: "Head of Finance", "Cabinet Member for Finance").
    "harwood_columnwise_header.txt": {
        "ids": [*CORE, *IMPLICATIONS, "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "report_of": "Head of Finance",
                 "portfolio": "Cabinet Member for Finance", "wards": "All",
                 "key_decision": True, "forward_plan": True, "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": [],
        "findings": set(),
    },
    # A header table read row by row (tab-separated), "1.0 PURPOSE" capitals, the s100D
    # background papers heading, a regulatory committee, appendices one per line.
    "greystone_rows.txt": {
        "ids": ["summary", "recommendations", "background", *IMPLICATIONS,
                "background_papers", "contact_officer", "appendices"],
        "meta": {"committee": "Planning and Licensing Committee",
                 "meeting_date": dt.date(2026, 12, 3), "key_decision": False,
                 "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": ["1", "2"],
        "findings": set(),
    },
    # A front sheet in capitals with values aligned in a column (a wrapped SUBJECT), all
    # implications as numbered sub-headings ("6.1 Financial") under "6. IMPLICATIONS",
    # "Tel: ... Email: ..." on one line with the area code in brackets.
    "south_holm_capitals.txt": {
        "ids": [*CORE, "background", "implications", "financial", "legal", "equality",
                "climate", "risk", "consultation", "background_papers", "contact_officer"],
        "meta": {"committee": "EXECUTIVE", "meeting_date": dt.date(2026, 7, 2),
                 "title": "ADOPTION OF THE HOUSING STRATEGY 2026-2031",
                 "key_decision": False, "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": [],
        "findings": set(),
    },
    # Question labels ("Is this a key decision? Yes (Ref: KD/2026/14)"), "Classification:
    # Private" with "paragraph (3)", "This report makes the following recommendations",
    # "R1." numbering, "What will it cost and how will it be financed?", "Carbon". The
    # report has no summary, which is a real fault.
    "mill_street_question_labels.txt": {
        "ids": ["recommendations", "reasons", "alternative_options", "financial", "legal",
                "equality", "climate", "risk", "consultation", "contact_officer",
                "background_papers"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 6, 11),
                 "portfolio": "Councillor Asha Devi, Cabinet Member for Resources",
                 "key_decision": True, "forward_plan": True, "exempt": "whole",
                 "exempt_paragraphs": [3]},
        "recommendations": ["R1.", "R2."],
        "appendices": [],
        "findings": {("RK101", "summary")},
    },
    # Markdown converted from Word: no front matter, the council's name as "#", a header
    # table with bold labels, a key decision taken under special urgency (regulation 11),
    # so not on the Forward Plan and rightly not flagged.
    "rivermead_special_urgency.md": {
        "ids": [*CORE, *IMPLICATIONS, "appendices", "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "title": "Household Support Fund: Round 7",
                 "key_decision": True, "forward_plan": False, "exempt": "no"},
        "recommendations": ["2.1"],
        "appendices": ["A"],
        "findings": set(),
    },
    # Word: Heading 1 with automatic "1.0" numbering, automatically numbered paragraphs,
    # a four-column header table under the council's name in bold.
    "oakridge_city_docx.yaml": {
        "ids": [*CORE, "background", *IMPLICATIONS, "contact_officer", "background_papers"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 1, 21),
                 "key_decision": True, "forward_plan": True, "exempt": "no"},
        "recommendations": ["(a)", "(b)", "(c)"],
        "appendices": [],
        # The council's name in bold above the header table is the title block, not a
        # heading: RK451 is for the body's fake headings.
        "findings": set(),
    },
    # Word: the council's own "Report Heading 1" style, bold-only implication headings,
    # "Label: value" lines, an exempt appendix (paragraph 3, public interest test).
    "pennine_dales_docx.yaml": {
        "ids": [*CORE, "implications", *IMPLICATIONS[:5], "consultation", "appendices",
                "background_papers", "contact_officer"],
        "meta": {"committee": "Executive", "key_decision": True, "forward_plan": True,
                 "exempt": "part", "exempt_paragraphs": [3]},
        "recommendations": ["(1)", "(2)"],
        "appendices": ["A", "B"],
        "findings": {("RK451", None)},  # five bold paragraphs used as headings
    },
    # Word made by LibreOffice from HTML: "Decision maker", "Date of decision",
    # "Responsible Cabinet Member", "Included in Notice of Key Decisions",
    # "Classification: Public".
    "eastmere_unitary.html": {
        "ids": [*CORE, *IMPLICATIONS, "appendices", "background_papers", "contact_officer"],
        "meta": {"committee": "Cabinet", "meeting_date": dt.date(2026, 3, 25),
                 "portfolio": "Cabinet Member for Transport", "key_decision": True,
                 "forward_plan": True, "exempt": "no"},
        "recommendations": ["1.", "2."],
        "appendices": ["1", "2"],
        # The council's name in bold above the header table is the title block, not a
        # heading: RK451 is for the body's fake headings.
        "findings": set(),
    },
}  # fmt: skip


def _soffice_docx(source: Path, out_dir: Path) -> Path:
    if SOFFICE is None:
        pytest.skip(NO_SOFFICE)
    return soffice_convert(source, out_dir, "docx:MS Word 2007 XML")[0]


def _report_path(name: str, tmp_path: Path) -> Path:
    source = COUNCILS / name
    if source.suffix == ".yaml":
        return build_docx(
            yaml.safe_load(source.read_text("utf-8")), tmp_path / f"{source.stem}.docx"
        )
    if source.suffix == ".html":
        return _soffice_docx(source, tmp_path)
    return source


def test_every_fixture_has_its_expectations():
    assert sorted(p.name for p in COUNCILS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_council_report_reads_and_lints_as_an_officer_would(name: str, tmp_path: Path):
    want = EXPECTED[name]
    report = read_report(_report_path(name, tmp_path), SPEC, Limits()).report
    assert [s.id for s in report.sections] == want["ids"]
    # "Appendices" / "Contact Officer" after "12. Background Papers" are sections of their
    # own, never sub-headings of the last numbered section.
    assert all(s.level == 1 for s in report.sections if s.id in END_MATTER), [
        (s.id, s.level) for s in report.sections
    ]
    for field, value in want["meta"].items():
        assert getattr(report.metadata, field) == value, field
    assert [r.number for r in report.recommendations] == want["recommendations"]
    assert [a.label for a in report.appendices] == want["appendices"]
    assert report.contact_officer is not None or name.startswith("millbrook")
    if report.contact_officer is not None:
        assert report.contact_officer.email and report.contact_officer.phone
    findings = {(f.code, f.section) for f in lint_report(report, SPEC)}
    assert findings == want["findings"]


TEXT_FIXTURES = sorted(name for name in EXPECTED if name.endswith(".txt"))


@pytest.fixture(scope="module")
def as_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every PDF-text fixture printed to PDF by LibreOffice in one run, as a web team might."""
    if SOFFICE is None:
        pytest.skip(NO_SOFFICE)
    out = tmp_path_factory.mktemp("councils-pdf")
    soffice_convert([COUNCILS / name for name in TEXT_FIXTURES], out, "pdf", timeout=300)
    return out


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_a_council_report_printed_to_pdf_reads_and_lints_as_its_text(name: str, as_pdf: Path):
    want = EXPECTED[name]
    report = read_report(as_pdf / f"{Path(name).stem}.pdf", SPEC, Limits()).report
    assert [s.id for s in report.sections] == want["ids"]
    assert all(s.level == 1 for s in report.sections if s.id in END_MATTER)
    for field, value in want["meta"].items():
        assert getattr(report.metadata, field) == value, field
    assert {(f.code, f.section) for f in lint_report(report, SPEC)} == want["findings"]
