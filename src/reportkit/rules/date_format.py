"""RK303 date-format: dates written in full ("17 September 2021"), not "17/09/21", "17.9.21"
or "Sept 21". Financial years ("2023/24"), references ("FD7424/23"), paragraph numbers
("3.10.21") and times ("17.30") are not dates and are left alone."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.dates import MONTH_STARTS
from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import pieces_where

_NUMERIC = re.compile(
    r"(?<![\w/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"
)
_ISO = re.compile(r"(?<![\w/.\-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\w/\-])")
_ABBREV = re.compile(
    r"(?<![\w])(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"(?P<mon>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+"
    r"(?P<y>'?\d{2}|(?:19|20)\d\d)(?![\w/])"
)
# "paragraph 3.10.21", "section 1.2.24", "version 2.1.22": numbering, not dates.
_NUMBERING_BEFORE = re.compile(
    r"(?:paragraphs?|paras?|sections?|clauses?|regulations?|rules?|items?|appendix|annex|"
    r"versions?|v|standard|policy|table|figure|page)\.?\s*$",
    re.IGNORECASE,
)
_DATE_CONTEXT = re.compile(
    r"(?:\b(?:on|dated?|from|until|till|to|by|of|since|before|after|meeting|held|w/c)|:)\s*$",
    re.IGNORECASE,
)
# What every match of the patterns above contains. They have no fixed first character, so
# the regex engine tries them at every position; these cheap searches skip the paragraphs
# (most of them) where they cannot match.
# A digit, one of "/.-", a digit: found from the separator (a pattern that opens with ``\d``
# is slower to scan for), the same texts as ``\d[/.\-]\d``.
_DIGITS_JOINED = re.compile(r"[/.\-](?<=\d[/.\-])(?=\d)")
# _DIGITS_JOINED as three patterns, each opening with its separator: the regex engine finds
# a literal first character ten times faster than a class of three (over a whole report).
_DIGIT_SEPARATORS = [re.compile(rf"{c}(?<=\d{c})(?=\d)") for c in ("/", r"\.", "-")]
_MONTH_ABBR = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ABBR = {m[:3]: i for i, m in enumerate(_MONTHS, 1)} | {"Sept": 9}


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    enabled: bool = Field(default=True, description="Whether dates must be written in full.")
    iso: bool = Field(default=True, description="Also flag ISO dates (2024-01-04).")
    abbreviated_months: bool = Field(default=True, description="Also flag 'Sept 21', '4 Jan 2024'.")


def _year(text: str) -> int:
    value = int(text.lstrip("'"))
    return value + 2000 if value < 100 else value


def _full(day: int | None, month: int, year: int) -> str | None:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}" if day else f"{_MONTHS[month - 1]} {year}"


def _found(text: str, options: Options) -> Iterator[tuple[int, int, str, str]]:
    if _DIGITS_JOINED.search(text):
        yield from _numeric(text, options)
    if options.abbreviated_months and _MONTH_ABBR.search(text):
        yield from _abbreviated(text)


def _numeric(text: str, options: Options) -> Iterator[tuple[int, int, str, str]]:
    for m in _NUMERIC.finditer(text):
        if m["sep"] != "/" and _NUMBERING_BEFORE.search(text[: m.start()]):
            continue
        if m["sep"] != "/" and len(m["y"]) == 2 and not _DATE_CONTEXT.search(text[: m.start()]):
            continue  # "3.1.12" is far more often a paragraph number than a date
        full = _full(int(m["d"]), int(m["m"]), _year(m["y"]))
        if full:
            yield m.start(), m.end(), m.group(0), full
    if options.iso:
        for m in _ISO.finditer(text):
            full = _full(int(m["d"]), int(m["m"]), int(m["y"]))
            if full:
                yield m.start(), m.end(), m.group(0), full


def _abbreviated(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _ABBREV.finditer(text):
        day = int(m["d"]) if m["d"] else None
        if day is None and len(m["y"]) == 2:
            # "Oct 15" may be 15 October or October 2015: say only that it is short.
            yield m.start(), m.end(), m.group(0), ""
            continue
        full = _full(day, _ABBR[m["mon"]], _year(m["y"]))
        if full:
            yield m.start(), m.end(), m.group(0), full


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    if not options.enabled:
        return
    # Markdown front matter is data for the tool (YAML dates), not text a reader sees.
    with_metadata = report.format != "markdown"
    # The pieces where _found can find something, found in one scan of the whole text for
    # each pattern (none matches a line break or looks at one); most pieces have none.
    # MONTH_STARTS finds the months of _MONTH_ABBR and May: stale-date looks for it too.
    for piece in pieces_where(report, *_DIGIT_SEPARATORS, MONTH_STARTS):
        if piece.kind == "metadata" and not with_metadata:
            continue
        for _, _, written, full in sorted(_found(piece.text, options)):
            advice = f"write '{full}'" if full else "write the day, month and year in full"
            yield Hit(
                message=f"The date '{written}' is not written in full; {advice}.",
                location=piece.location,
                section=piece.section.id if piece.section else None,
                fix="Write the date with the month in words and a four-digit year "
                "(17 September 2021).",
            )


RULE = Rule(
    code="RK303",
    name="date-format",
    summary="Dates are written in full ('17 September 2021', not '17/09/21').",
    check=check,
    severity=Severity.INFO,
    options=Options,
    why="""\
Most council templates ask for dates in full. "04/01/24" can be read as 4 January or
April 1st, and two-digit years are ambiguous in documents kept for decades. Financial years
("2023/24") and reference numbers are not dates and are not flagged. Raise the severity in
your configuration if your template requires full dates.""",
    bad="""\
# Background

The consultation closed on 17/09/21 and the results were reported in Sept 21.
""",
    good="""\
# Background

The consultation closed on 17 September 2021 and the results were reported in the 2021/22
budget papers (reference FD7424/23).
""",
)
