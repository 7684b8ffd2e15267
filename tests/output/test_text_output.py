"""The text format: one finding a line, Word places by paragraph and heading."""

from __future__ import annotations

from reportkit.findings import Finding, Severity
from reportkit.lint import FileResult
from reportkit.model import Location
from reportkit.output.text import render


def finding(location: Location) -> Finding:
    return Finding(
        code="RK102",
        name="empty-section",
        severity=Severity.WARNING,
        message="The section 'Financial Implications' says only 'TBC'",
        location=location,
    )


def test_text_reports_show_line_and_column() -> None:
    out = render([FileResult("r.md", [finding(Location(path="r.md", line=24, column=1))])])
    assert out == (
        "r.md:24:1: RK102 warning: The section 'Financial Implications' says only 'TBC' "
        "[empty-section]\n"
    )


def test_word_reports_show_the_paragraph_and_nearest_heading() -> None:
    where = Location(path="r.docx", paragraph=42, heading="6.0 FINANCIAL IMPLICATIONS")
    out = render([FileResult("r.docx", [finding(where)])])
    assert out.startswith("r.docx:¶42 (6.0 FINANCIAL IMPLICATIONS): RK102 warning: ")


def test_errors_are_one_line_naming_the_file_and_nothing_is_printed_for_a_clean_run() -> None:
    out = render([FileResult("x.docx", error="x.docx: is password-protected"), FileResult("y.md")])
    assert out == "x.docx: error: is password-protected\n"
    assert render([FileResult("y.md")]) == ""
