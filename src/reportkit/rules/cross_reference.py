"""RK206 cross-reference: appendices the text mentions are listed (and listed ones are
mentioned), and "paragraph 3.4" points at a paragraph the report has."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Appendix, Location, Report
from reportkit.numbering import block_number, parse_number
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import may_contain, piece_list

_LABEL = r"(?:[A-Z]|\d{1,2}[a-z]?)"
_APPENDIX = re.compile(
    rf"\b(?:Appendix|Appendices|Annex|Annexes)\s+({_LABEL}(?:\s*(?:,|and|&)\s*{_LABEL})*)\b"
)
# "Appendix 2 of the Cabinet report of June 2022" is another document's appendix.
_ELSEWHERE = re.compile(r"^\s*(?:of|to|in)\s+(?:the|that|a|an|their|its)\b(?!\s+report\b)", re.I)
_PARA_REF = re.compile(
    r"\bparagraphs?\s+(\d{1,2}(?:\.\d{1,2})+)((?:\s*(?:,|and|&|or|to|-|\u2013)\s*\d{1,2}(?:\.\d{1,2})+)*)",
    re.IGNORECASE,
)
_OTHER_DOC = re.compile(r"^\s*(?:of|in)\s+(?!this\s+report|the\s+report\b)", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    unreferenced_appendices: bool = Field(
        default=False,
        description="Also report appendices that are listed but never referred to in the "
        "text (many councils only list them, so this is off by default).",
    )


def _labels(group: str) -> list[str]:
    return [x.upper() for x in re.findall(_LABEL, group)]


def _appendix_hits(report: Report, options: Options) -> Iterator[Hit]:
    listed: dict[str, Appendix | None] = {a.label.upper(): a for a in report.appendices}
    for section in report.sections:
        m = re.match(rf"^\s*(?:Appendix|Annex)\s+({_LABEL})\b", section.heading)
        if m:
            listed.setdefault(m.group(1).upper(), None)
    has_list = bool(listed) or report.has("appendices")
    mentioned: dict[str, Location] = {}
    # Most reports mention no appendix in most places: skip those without the word at all.
    found_any = may_contain(report, "append", "annex")
    for piece in piece_list(report) if found_any else []:
        # The list itself, and background papers (other documents, with their own
        # appendices), are not references to this report's appendices.
        if piece.section is not None and {"appendices", "background_papers"} & set(
            piece.section.all_ids()
        ):
            continue
        if piece.kind == "heading":
            continue
        for m in _APPENDIX.finditer(piece.text):
            if _ELSEWHERE.match(piece.text[m.end() : m.end() + 30]):
                continue
            for label in _labels(m.group(1)):
                mentioned.setdefault(label, piece.location)
    for label, where in mentioned.items():
        # Without any list of appendices there is nothing to compare with (the list may sit
        # under a heading the reader did not recognise); missing-section covers its absence.
        if label in listed or not has_list:
            continue
        yield Hit(
            message=f"Appendix {label} is mentioned in the report but is not in the list of "
            "appendices",
            location=where,
            section="appendices",
            fix=f"List Appendix {label} with its title under Appendices, or correct the reference.",
        )
    for label, appendix in listed.items():
        if options.unreferenced_appendices and appendix is not None and label not in mentioned:
            yield Hit(
                message=f"Appendix {label} is listed but the report never refers to it",
                location=appendix.location,
                section="appendices",
                fix=f"Refer to Appendix {label} where the text relies on it.",
            )


def _numbers(report: Report) -> set[tuple[int, ...]]:
    found: set[tuple[int, ...]] = set()
    for section in report.sections:
        parts = parse_number(section.number)
        if parts:
            found.add(parts)
            if len(parts) == 2 and parts[1] == 0:
                found.add(parts[:1])
        for block in section.blocks:
            bparts = parse_number(block_number(block))
            if bparts:
                found.add(bparts)
    for block in report.preamble:
        bparts = parse_number(block_number(block))
        if bparts:
            found.add(bparts)
    return found


def _paragraph_hits(report: Report) -> Iterator[Hit]:
    if not may_contain(report, "paragraph"):
        return  # no reference to a paragraph: no need to collect the report's numbers
    numbers = _numbers(report)
    if sum(1 for n in numbers if len(n) >= 2) < 3:
        return  # the report does not number its paragraphs: nothing to check against
    reported: set[str] = set()
    for piece in piece_list(report, headings=False):
        for m in _PARA_REF.finditer(piece.text):
            if _OTHER_DOC.match(piece.text[m.end() : m.end() + 30]):
                continue
            refs = [m.group(1), *re.findall(r"\d{1,2}(?:\.\d{1,2})+", m.group(2))]
            for ref in refs:
                parts = parse_number(ref)
                if parts is None or parts in numbers or ref in reported:
                    continue
                reported.add(ref)
                yield Hit(
                    message=f"The text refers to paragraph {ref}, but the report has no "
                    f"paragraph {ref}",
                    location=piece.location,
                    fix="Correct the paragraph reference.",
                )


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    yield from _appendix_hits(report, options)
    yield from _paragraph_hits(report)


RULE = Rule(
    code="RK206",
    name="cross-reference",
    summary="Appendices mentioned are listed, and paragraph references point at paragraphs "
    "that exist.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
A reference to an appendix that is not listed usually means the appendix was left out of the
agenda pack, which can delay a decision; a reference to a paragraph that does not exist sends
members to the wrong place. Both are typical of text reused from an earlier report.""",
    bad="""\
# 1. Background

1.1 The options are compared in Appendix B.

1.2 The costs are set out in paragraph 1.5.

1.3 The project board met in March.

# Appendices

Appendix A \u2013 Options appraisal
""",
    good="""\
# 1. Background

1.1 The options are compared in Appendix A.

1.2 The costs are set out in paragraph 1.3.

1.3 The project will cost £40,000.

# Appendices

Appendix A \u2013 Options appraisal
""",
)
