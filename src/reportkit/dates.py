"""Finding dates written in prose: "3 October 2023", "6th March 2023", "July 2023",
"November and December". Used by rules that compare what the text says with the meeting date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# "3 October 2023", "3rd October", "October 2023", "October"; capitalised month names only,
# so "may" the verb and "march" the verb are not dates.
DATE_RE = re.compile(
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<month>{_MONTH})(?![a-z])"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?![\d/]))?"
)


# Every month name above starts with one of these. DATE_RE has no fixed first character (the
# day is optional), so the regex engine tries it at every position; this search skips text
# with no month in it, most paragraphs, at a tenth of the cost.
MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


class _MonthStarts:
    """``MONTH_START.finditer`` for the starts of its matches (no two can overlap: a month
    is a capital and two small letters), found over bytes in which every capital is "A"
    (Latin-1, "?" for what it cannot encode: one byte a character, the same offsets). The
    regex engine scans for one literal byte several times faster than for the class of
    capitals a month can start with; each "A" with a month's two letters after it is then
    checked against the text."""

    _CAPITAL_AS_A = bytes(65 if 65 <= i <= 90 else i for i in range(256))
    _CANDIDATE = re.compile(rb"A(?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec)")
    _MONTHS = frozenset(MONTH_START.pattern.split("|"))

    def finditer(self, text: str, /) -> Iterator[re.Match[bytes]]:
        marks = text.encode("latin-1", "replace").translate(self._CAPITAL_AS_A)
        for m in self._CANDIDATE.finditer(marks):
            if text[m.start() : m.end()] in self._MONTHS:
                yield m


MONTH_STARTS = _MonthStarts()


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    month: int
    year: int | None
    day: int | None
    text: str


def find_dates(text: str) -> list[DateMention]:
    """Every day-month(-year) or month(-year) mention, left to right."""
    out: list[DateMention] = []
    if not MONTH_START.search(text):
        return out
    for m in DATE_RE.finditer(text):
        month_word = m.group("month").rstrip(".")
        if month_word == "May" and not (m.group("day") or m.group("year")):
            # "May" alone starts sentences ("May I ...") too rarely to matter, but it is also
            # a surname; without a day or year prefer silence.
            continue
        day = int(m.group("day")) if m.group("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year = int(m.group("year")) if m.group("year") else None
        out.append(
            DateMention(m.start(), m.end(), MONTHS[month_word.lower()], year, day, m.group(0))
        )
    return out


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def months_before(meeting: dt.date, month: int) -> int:
    """How many months before the meeting's month the most recent earlier ``month`` is
    (1..12; 12 means the same month a year ago)."""
    gap = (meeting.month - month) % 12
    return gap or 12
