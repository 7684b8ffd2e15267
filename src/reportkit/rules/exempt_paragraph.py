"""RK202 exempt-paragraph: exempt information names its Schedule 12A paragraph(s), states the
public interest test, is listed where it is an appendix, and agrees with the header."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import joined, lowered, may_contain, piece_list

_MARKER = re.compile(
    r"not\s+for\s+publication|schedule\s+12\s?a|exempt\s+information|\bexempt\s+by\s+virtue",
    re.IGNORECASE,
)
_MARKER_NEEDS = ("publication", "schedule", "exempt")  # one is in every _MARKER match
# "paragraph 3", "paragraphs 1 and 2", "paragraph (3)", "para. 7A"
_PARAGRAPHS = re.compile(
    r"\bpara(?:graph)?s?\.?\s*((?:\(?\d{1,2}[A-Ca-c]?\)?)(?:\s*(?:,|and|&|or|to)\s*\(?\d{1,2}"
    r"[A-Ca-c]?\)?)*)",
    re.IGNORECASE,
)
# "paragraph 4.2", "paragraph 3 of this report", "paragraph 10 of Part 2" (the public
# interest test itself) are not grounds for exemption.
_NOT_A_GROUND = re.compile(
    r"^(?:\d|\s*\.\s*\d|\s*(?:of|in)\s+(?:the\s+|this\s+)?(?:report|appendix|annex|"
    r"constitution|part\s*(?:2|ii)\b))",
    re.IGNORECASE,
)
_APPENDIX = re.compile(r"\b(?:appendix|annex)\s+([A-Z]|\d{1,2}[a-z]?)\b", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    allow_paragraphs_7a_to_7c: bool = Field(
        default=False,
        description="Accept paragraphs 7A-7C of Schedule 12A (standards committee "
        "information, in some versions of the Schedule).",
    )
    require_public_interest_statement: bool = Field(
        default=True,
        description="Require the report to state that the public interest test was applied "
        "(some councils state it on the agenda instead).",
    )


def _paragraphs(text: str) -> list[str]:
    found: list[str] = []
    for m in _PARAGRAPHS.finditer(text):
        if _NOT_A_GROUND.match(text[m.end() : m.end() + 40]):
            continue
        found.extend(re.findall(r"\d{1,2}[A-Ca-c]?", m.group(1)))
    return [p.upper() for p in found]


def _statements(report: Report) -> list[tuple[str, Location]]:
    out: list[tuple[str, Location]] = []
    meta = report.metadata
    if meta.exempt_text:
        loc = meta.fields["exempt"].location if "exempt" in meta.fields else None
        out.append((meta.exempt_text, loc or Location(path=report.path, line=1)))
    if not may_contain(report, *_MARKER_NEEDS):
        return out  # the usual case: what _MARKER needs is nowhere in the report
    for piece in piece_list(report, metadata=False):
        low = lowered(piece.text)
        if low is not None and not any(n in low for n in _MARKER_NEEDS):
            continue
        if piece.kind == "block" and _MARKER.search(piece.text):
            out.append((piece.text, piece.location))
    return out


def _first_location(report: Report, statements: list[tuple[str, Location]]) -> Location:
    if statements:
        return statements[0][1]
    meta = report.metadata.fields.get("exempt")
    return meta.location if meta else Location(path=report.path, line=1)


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    meta = report.metadata
    statements = _statements(report)
    exempt_appendices = [a for a in report.appendices if a.exempt]
    body_marks = [
        (t, loc) for t, loc in statements if re.search(r"not\s+for\s+publication", t, re.I)
    ]
    declared = meta.exempt in ("part", "whole")
    if not (declared or exempt_appendices or body_marks):
        return
    where = _first_location(report, statements)
    all_text = "\n".join(t for t, _ in statements)

    paragraphs = set(_paragraphs(all_text)) | {str(p) for p in meta.exempt_paragraphs}
    if not paragraphs:
        yield Hit(
            message="The report has exempt information but does not say which paragraph of "
            "Part 1 of Schedule 12A to the Local Government Act 1972 applies",
            location=where,
            fix="Name the paragraph, e.g. 'exempt by virtue of paragraph 3 of Part 1 of "
            "Schedule 12A'.",
        )
    for para in sorted(paragraphs):
        number = int(re.sub(r"\D", "", para))
        lettered = para[-1].isalpha()
        if lettered and number == 7 and options.allow_paragraphs_7a_to_7c:
            continue
        if not 1 <= number <= 7 or lettered:
            yield Hit(
                message=f"Paragraph {para} of Schedule 12A is not a ground for exemption "
                "(only paragraphs 1 to 7 of Part 1 are)",
                location=where,
                fix="Check the paragraph number against Part 1 of Schedule 12A.",
            )

    whole_text = joined(report)
    if options.require_public_interest_statement and not re.search(
        r"public\s+interest", whole_text, re.IGNORECASE
    ):
        yield Hit(
            message="The report has exempt information but does not state that the public "
            "interest test was applied (Schedule 12A, Part 2)",
            location=where,
            fix="Add that the public interest in maintaining the exemption outweighs the "
            "public interest in disclosing the information.",
        )

    marked_in_body = [m.upper() for t, _ in body_marks for m in _APPENDIX.findall(t)]
    yield from _appendix_consistency(report, where, marked_in_body)


def _appendix_consistency(
    report: Report, where: Location, marked_in_body: list[str]
) -> Iterator[Hit]:
    meta = report.metadata
    listed = {a.label.upper() for a in report.appendices}
    named = {m.upper() for part in meta.exempt_parts for m in _APPENDIX.findall(part)}
    named |= {
        m.upper()
        for t in [meta.exempt_text or ""]
        for m in _APPENDIX.findall(t)
        if re.search(r"not\s+for\s+publication|exempt", t, re.I)
    }
    if report.appendices or report.has("appendices"):
        for label in sorted(named - listed):
            yield Hit(
                message=f"Appendix {label} is declared exempt but is not listed among the "
                "report's appendices",
                location=where,
                section="appendices",
                fix=f"List Appendix {label} (with its title) under Appendices.",
            )
    declared = {str(p) for p in meta.exempt_paragraphs}
    for appendix in report.appendices:
        given = set(_paragraphs(appendix.title)) if appendix.exempt else set()
        if declared and given and not given & declared:
            yield Hit(
                message=f"Appendix {appendix.label} is listed as exempt under paragraph "
                f"{', '.join(sorted(given))}, but the header gives paragraph "
                f"{', '.join(sorted(declared))} of Schedule 12A",
                location=appendix.location,
                section="appendices",
                fix="Give the same Schedule 12A paragraph in the header and the list of "
                "appendices.",
            )
    if meta.exempt == "no" and not meta.exempt_parts and not named:
        marked = sorted({a.label for a in report.appendices if a.exempt} | set(marked_in_body))
        what = f"Appendix {marked[0]}" if marked else "part of the report"
        yield Hit(
            message=f"The header says the report is not exempt, but {what} is marked NOT FOR "
            "PUBLICATION; the header should say which part is exempt",
            location=where,
            fix=f"Write e.g. 'No, {what} is exempt by virtue of paragraph 3 of Part 1 of "
            "Schedule 12A'.",
        )


RULE = Rule(
    code="RK202",
    name="exempt-paragraph",
    summary="Exempt information names its Schedule 12A paragraph, states the public interest "
    "test, and agrees with the header and the list of appendices.",
    check=check,
    severity=Severity.ERROR,
    options=Options,
    why="""\
Information can be withheld from the public only on the grounds in Part 1 of Schedule 12A to
the Local Government Act 1972, each a numbered paragraph (1 to 7), and only while the public
interest in keeping it exempt outweighs the public interest in disclosing it (Part 2). A
report that withholds an appendix without naming the paragraph, or without stating the public
interest test, invites a challenge to the exclusion of press and public.""",
    bad="""\
---
committee: Cabinet
meeting_date: 2024-03-07
exempt: "No, Appendix B is NOT FOR PUBLICATION"
---
# Summary

The report seeks approval to dispose of the depot. The valuation is in Appendix B.

# Appendices

Appendix A \u2013 Site plan

Appendix B \u2013 Valuation report (NOT FOR PUBLICATION)
""",
    good="""\
---
committee: Cabinet
meeting_date: 2024-03-07
exempt: "No, Appendix B is NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule
  12A of the Local Government Act 1972. The public interest test has been applied and favours
  the information being treated as exempt."
---
# Summary

The report seeks approval to dispose of the depot. The valuation is in Appendix B.

# Appendices

Appendix A \u2013 Site plan

Appendix B \u2013 Valuation report (NOT FOR PUBLICATION)
""",
)
