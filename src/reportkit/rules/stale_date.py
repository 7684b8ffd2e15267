"""RK207 stale-date: text that describes something as still to come, dated before the meeting
("the consultation will take place in November" in a report for a January meeting), and a
report dated after its own meeting.

How a month without a year is read. Reports are written a few weeks, rarely more than a few
months, before the meeting. A future-tense month therefore means the next occurrence of that
month after the report was written. When that month falls in the ``lookback_months`` months
(two by default) just before the meeting's month, and the month or run of months reaches the
month immediately before it ("November and December", or "December", for a 4 January
meeting), the event was still to come when written but is past when the meeting reads it:
flagged. The meeting's own month is ambiguous (later in the month is still to come), and a
month further back is as likely to be next year's ("the contract will start in October",
written for a January meeting): both are left alone. A month with a year, or a full date, is
taken as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.dates import MONTH_STARTS, DateMention, find_dates, month_end, months_before
from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import pieces_where, split_sentences

# Phrases that put an event in the future. "would" (reported speech) and "was planned" (past)
# are deliberately absent.
_FUTURE = re.compile(
    r"\b(?:will|shall)\s+(?:(?:now|then|also|be|been|have|not|shortly|need\s+to)\s+)*[a-z]+\b"
    r"|\b(?:is|are)\s+(?:being\s+|currently\s+|now\s+)?"
    r"(?:planned|scheduled|due|expected|intended|proposed|going|set|programmed)\b"
    r"|\b(?:forthcoming|upcoming)\b",
    re.IGNORECASE,
)
# Between the future phrase and the date: a few words, no clause break, nothing past-tense.
_GAP = re.compile(
    r"^(?:[\w'\u2019£%/-]+\s+){0,7}?(?:in|on|by|during|from|at|before)\s+"
    r"(?:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?$",
    re.IGNORECASE,
)
_PAST_IN_GAP = re.compile(r"\b(?:was|were|had|has|have|been|since|until|ago)\b", re.IGNORECASE)
# "Members will recall that in December ...", "It will be noted that ...": the future tense
# belongs to the reader, not to the event.
_COGNITION = re.compile(
    r"\b(?:recall|remember|know|note|noted|wish|aware|see|seen|recognise|recognize|"
    r"appreciate|pleased|understand)\b",
    re.IGNORECASE,
)
# A new clause between the verb and the date: the date belongs to that clause.
_CLAUSE = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|as|because|after|following|while|whilst)\b",
    re.IGNORECASE,
)
# "the work begun in December": a past participle that is not part of a passive future
# ("to be completed by") dates something else.
_PARTICIPLE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:[a-z]+ed|begun|done|made|taken|given|held|"
    r"written|undertaken|run|set|agreed|paid)\b",
    re.IGNORECASE,
)
# A run of dates joined by "and", "to", "-": "November and December", "3 to 7 October 2023".
_JOIN = re.compile(r"^\s*(?:,|and|or|to|-|\u2013|/|&)\s*$", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    lookback_months: int = Field(
        default=2,
        ge=0,
        le=11,
        description="How many months before the meeting's month a future-tense month named "
        "without a year may be and still be read as already past (the month, or run of "
        "months, must also reach the month just before the meeting).",
    )


def _resolve_end(mention: DateMention, meeting: dt.date, lookback: int) -> dt.date | None:
    """The last day the mention can mean, or None when it may still be on or after the
    meeting date (so not stale) or when the reading is ambiguous."""
    if mention.year is not None:
        if mention.day is not None:
            try:
                return dt.date(mention.year, mention.month, mention.day)
            except ValueError:
                return None
        return month_end(mention.year, mention.month)
    gap = months_before(meeting, mention.month)
    if gap > lookback or gap == 12:
        return None
    year = meeting.year - (1 if mention.month > meeting.month else 0)
    if mention.day is not None:
        try:
            return dt.date(year, mention.month, mention.day)
        except ValueError:
            return None
    return month_end(year, mention.month)


def _runs(dates: list[DateMention], text: str) -> list[list[DateMention]]:
    runs: list[list[DateMention]] = []
    for d in dates:
        if runs and _JOIN.match(text[runs[-1][-1].end : d.start]):
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs


def _stale_in(sentence: str, meeting: dt.date, lookback: int) -> Iterator[str]:
    dates = find_dates(sentence)
    if not dates:
        return
    for run in _runs(dates, sentence):
        before = sentence[: run[0].start]
        future = list(_FUTURE.finditer(before))
        if not future:
            continue
        verb = future[-1].group(0)
        gap = before[future[-1].end() :].lstrip()
        if not _GAP.match(gap) or _PAST_IN_GAP.search(gap) or _CLAUSE.search(gap):
            continue
        if _COGNITION.search(verb) or _PARTICIPLE.search(gap):
            continue
        if all(d.year is None for d in run) and not any(
            months_before(meeting, d.month) == 1 for d in run
        ):
            # "report back in December" for a February meeting may well mean next December;
            # only a month (or a run of months) reaching the month just before the meeting
            # is read as the recent past.
            continue
        ends = [_resolve_end(d, meeting, lookback) for d in run]
        if all(end is not None and end < meeting for end in ends):
            yield sentence[future[-1].start() : run[-1].end].strip().rstrip(".")


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    meta = report.metadata
    meeting = meta.meeting_date
    if meeting is None:
        return
    if meta.report_date is not None and meta.report_date > meeting:
        field = meta.fields.get("report_date")
        yield Hit(
            message=f"The report is dated {_day(meta.report_date)}, after the meeting it "
            f"is for ({_day(meeting)})",
            location=field.location if field else Location(path=report.path, line=1),
            fix="Correct the report date or the meeting date.",
        )
    # Only the paragraphs that name a month (few) can have a date in any of their sentences.
    # MONTH_START (MONTH_STARTS finds its starts) neither matches a line break nor looks at
    # one, nor white space (it finds the same in a piece's text as in its prose); date-format
    # looks for it too.
    for piece in pieces_where(report, MONTH_STARTS):
        if piece.kind != "block" or (piece.block is not None and piece.block.kind == "table"):
            continue
        for sentence in split_sentences(piece.prose):
            for phrase in _stale_in(sentence, meeting, options.lookback_months):
                yield Hit(
                    message=f"'{phrase}' describes as still to come something dated before "
                    f"the meeting on {_day(meeting)}",
                    location=piece.location,
                    section=piece.section.id if piece.section else None,
                    fix="Update the text to say what happened, or give the new date.",
                )


RULE = Rule(
    code="RK207",
    name="stale-date",
    summary="Nothing dated before the meeting is described as still to come, and the report "
    "is not dated after its meeting.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Reports are often drafted weeks before the meeting and reused from earlier drafts. A sentence
that says an event "will take place in November", read at a January meeting, leaves members
not knowing whether it happened and what it found; a decision may rest on it. A report dated
after its meeting is simply wrong and casts doubt on the rest.""",
    bad="""\
---
committee: Cabinet
meeting_date: 2024-01-11
---
# Consultation

A public consultation is planned to take place in November and December.
""",
    good="""\
---
committee: Cabinet
meeting_date: 2024-01-11
---
# Consultation

A public consultation took place in November and December; 412 people responded.
""",
)
