"""Plain text as extracted from a published PDF report.

There is no markup, so structure is inferred, cautiously. A line is a heading when it names
a known section (exactly, or with a strong sign of being a heading: a top-level number
"6.0"/"6.", capitals, a trailing colon or question mark, bold markers), or when it is
an unrecognised line with such a sign that the document confirms (its number is followed
by paragraphs "N.1"; a short colon-ended sub-heading inside a section). Anything doubtful
stays text, and a message says so, for ``inspect``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reportkit.derive import finish, split_leading_number
from reportkit.frontsheet import match_label
from reportkit.headings import OTHER, HeadingMatch, Vocabulary, split_number, strip_markers
from reportkit.model import Block, BlockKind, Location, Report, Section, SourceFormat
from reportkit.parse import Limits, Message, ReadResult
from reportkit.parse.header import FrontSheet
from reportkit.parse.pages import BULLET_RE, Unit, split_lines, strip_running, units
from reportkit.parse.tables import row_sections
from reportkit.spec import Spec
from reportkit.titleblock import is_title

_TOP_NUMBER_RE = re.compile(r"^(?:\d{1,2}\.?|\d{1,2}\s?\.\s?0|[A-Z]\.|(?:part|section)\s.*)$", re.I)
_ZERO_NUMBER_RE = re.compile(r"^\d{1,2}\s?\.\s?0$")
# "Is this a key decision? Yes", "Portfolio: Resources": a label at the start of a line.
_LABEL_START_RE = re.compile(r"^([A-Za-z][^:?]{1,58})[:?](?:\s|$)")
_SUB_NUMBER_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?$")
_DECIMAL_RE = re.compile(r"^\d{1,2}\.\d{1,2}")
_STOP_WORDS = {
    "and", "to", "that", "the", "of", "will", "include", "includes", "including", "following",
    "are", "is", "be", "as", "by", "for", "with", "from", "a", "an", "or", "in", "on", "was",
    "were", "below", "follows", "has", "have", "which", "this",
}  # fmt: skip
_LEAD_INS = {
    "that",
    "it",
    "we",
    "members",
    "cabinet",
    "council",
    "committee",
    "to",
    "the",
    "this",
    "these",
    "they",
    "you",
    "i",
    "officers",
}
_TERMINAL = (".", ";", ",", "!")
# Headings whose unnumbered sub-headings are rows of their own ("Protect the most
# vulnerable", "Financial") rather than sections of the report.
_GROUPING = {"implications", "council_priorities"}


def read(path: Path, spec: Spec, limits: Limits) -> ReadResult:
    """The reader contract for a file. Size checks, decoding (UTF-8, UTF-16, Windows-1252)
    and the time budget are the guard's, shared with every reader; ``read_text`` parses."""
    from reportkit.parse.guard import read_guarded

    return read_guarded(path, spec, limits, "text")


def read_text(text: str, path: str, spec: Spec, source_format: SourceFormat = "text") -> ReadResult:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    report = Report(path=path, format=source_format)
    messages: list[Message] = []
    kept, skipped = strip_running(split_lines(text))
    for item in skipped:
        where = Location(path=path, line=item.line.number)
        report.running_text.append(Block(text=item.line.text.strip(), location=where))
        messages.append(
            Message(text=f"skipped {item.why}: {item.line.text.strip()!r}", location=where)
        )
    vocab = Vocabulary.from_spec(spec)

    def known_heading(text: str) -> bool:
        match = vocab.match(text, heading_like=False)
        return match is not None and match.id != OTHER and not match.rest

    reader = _Reader(report, spec, path, messages)
    reader.front.is_heading = known_heading

    def heading_id(text: str) -> tuple[str, str] | None:
        match = vocab.match(text, heading_like=True)
        if match is None or match.id == OTHER or match.rest:
            return None
        return match.id, match.matched_by

    def starts_label(text: str) -> bool:
        m = _LABEL_START_RE.match(text)
        return m is not None and match_label(m[1], spec) is not None

    reader.run(units(kept, known_heading, heading_id, starts_label))
    finish(report, spec)
    return ReadResult(report=report, messages=messages)


# -- structure --------------------------------------------------------------------------------


class _Reader:
    def __init__(self, report: Report, spec: Spec, path: str, messages: list[Message]) -> None:
        self.report = report
        self.spec = spec
        self.vocab = Vocabulary.from_spec(spec)
        self.path = path
        self.messages = messages
        self.front = FrontSheet(spec, path)
        self.in_header = True
        self.current: Section | None = None
        self.units: list[Unit] = []

    def loc(self, line: int) -> Location:
        return Location(
            path=self.path, line=line, heading=self.current.heading if self.current else None
        )

    def run(self, items: list[Unit]) -> None:
        self.units = items
        i = 0
        while i < len(items):
            unit = items[i]
            if unit.table:
                j = i
                while j + 1 < len(items) and items[j + 1].table and not items[j + 1].blank_before:
                    j += 1
                self.table(items[i : j + 1])
                i = j + 1
                continue
            self.line(unit, i)
            i += 1
        self.front.apply(self.report.metadata)

    # -- tables ---------------------------------------------------------------------------

    def table(self, rows: list[Unit]) -> None:
        pairs = [(u.line, u.text) for u in rows]
        if self.in_header and self.front.feed_rows(pairs):
            return
        cells = [[c.strip() for c in u.text.split("\t")] for u in rows]
        cells = [_trim(r) for r in cells]
        first = next((c for c in cells[0] if c), "")
        number, rest = split_leading_number(first + " x")
        if number is not None and rest == "x":
            # A numbered paragraph the PDF laid out in columns: keep its words.
            words = " ".join(c for r in cells for c in r[1:] if c)
            self.add(Block(text=words, number=number, location=self.loc(rows[0].line)))
            return
        locations = [self.loc(u.line) for u in rows]
        level = self.current.level + 1 if self.current is not None else 1
        per_row = row_sections(cells, self.vocab, locations, level)
        match = self.vocab.match(first, heading_like=False) if first else None
        if not per_row and match is not None and match.id != OTHER and first.endswith(":"):
            # "Contact Officer:<tab>Name": a labelled table that is a section of its own.
            self.start(match, rows[0], level=1, how=" (first cell of a table)")
        text = "\n".join("\t".join(r) for r in cells)
        self.add(Block(kind="table", text=text, rows=cells, location=self.loc(rows[0].line)))
        parent = self.current
        self.report.sections.extend(per_row)
        self.current = parent  # text after the table still belongs to the parent

    # -- lines ----------------------------------------------------------------------------

    def line(self, unit: Unit, index: int) -> None:
        text = unit.text.strip()
        bullet = BULLET_RE.match(text)
        if bullet:
            body = text[bullet.end() :]
            number, body = split_leading_number(body)
            kind: BlockKind = "paragraph" if number and _DECIMAL_RE.match(number) else "list_item"
            self.add(
                Block(kind=kind, text=_clean(body), number=number, location=self.loc(unit.line))
            )
            return
        if self.in_header and self.front.feed_label(text, unit.line):
            return
        found = self.heading(unit, index)
        if found is not None:
            match, level = found
            if self.in_header and match.rest and match.id == "contact_officer" and not match.number:
                # "Contact Officer: Jo Example" among the front-sheet lines is a header entry,
                # not the start of the body.
                self.front.feed_other(match.heading, match.rest, unit.line)
                return
            if self.in_header:
                self.front.apply(self.report.metadata)
                self.in_header = False
            self.start(match, unit, level=level)
            return
        if self.in_header and self.front.feed_continuation(text, blank_before=unit.blank_before):
            return
        if (
            self.in_header
            and unit.blank_before
            and unit.blank_after
            and (text.isupper() or _title_case(text))
            and is_title(text, self.spec)
        ):
            # A line of its own in the title block ("Library Opening Hours Review"); it stays
            # in the preamble as well.
            self.front.offer_title(_clean(text), unit.line)
        number, body = split_leading_number(text)
        self.add(Block(text=_clean(body), number=number, location=self.loc(unit.line)))

    def heading(self, unit: Unit, index: int) -> tuple[HeadingMatch, int] | None:
        raw = unit.text.strip()
        number, body = split_number(strip_markers(raw))
        head = body.split(":", 1)[0]
        words = body.split()
        if number and not _TOP_NUMBER_RE.match(number):
            return self._numbered_sub_heading(number, body)
        letters = [c for c in head if c.isalpha()]
        caps = len(letters) >= 3 and all(c.isupper() for c in letters)
        colon_end = raw.rstrip("*").rstrip().endswith((":", "?"))
        last = re.findall(r"[a-z]+", head.lower())
        stop_end = bool(last) and last[-1] in _STOP_WORDS
        short = 0 < len(words) <= 15 and not head.rstrip().endswith(_TERMINAL)
        strong = short and (
            number is not None
            or caps
            or (colon_end and not stop_end and len(words) <= 12)
            or raw.startswith(("**", "__"))
        )
        match = self.vocab.match(raw, heading_like=strong)
        if match is not None and not strong and not match.rest and not raw[:1].isupper():
            match = None  # "report authors": a wrapped table cell, not a heading
        if match is None:
            if (
                short
                and unit.blank_before
                and unit.blank_after
                and not self.in_header
                and (_title_case(body) and not raw.endswith(_TERMINAL))
            ):
                self.note(unit, "looks like a heading but names no known section; read as text")
            return None
        if match.id != OTHER:
            by_keyword = match.matched_by.startswith("keyword")
            if self.in_header and by_keyword and not number:
                return None
            plain_number = number and not (caps or _ZERO_NUMBER_RE.match(number))
            if by_keyword and plain_number and not self._confirmed(str(number), index):
                # "1. Approve the equality impact assessment" is a numbered recommendation
                # unless paragraphs "1.1" ... confirm it as a heading.
                return None
            if number is None and self._ends_numbered_scheme(match, index):
                return match, 1
            return match, self._level(number)
        if self.in_header:
            return None
        if number is not None:
            if _ZERO_NUMBER_RE.match(number) or caps or self._confirmed(number, index):
                return match, 1
            self.note(
                unit,
                f"numbered {number!r} like a heading but no paragraph {number}1 "
                "follows; read as text",
            )
            return None
        if colon_end and self.current is not None:
            first = words[0].lower().strip("(") if words else ""
            if first in _LEAD_INS:
                return None  # "That Cabinet:" introduces a list; it is not a sub-heading
            if self.current.id == "contact_officer":
                return None  # "Email Address:" is a label whose value is on the next line
            return match, 2
        if caps and len(words) <= 8:
            return match, self._level(number)
        return match, self._level(number)

    def _numbered_sub_heading(self, number: str, body: str) -> tuple[HeadingMatch, int] | None:
        """ "6.1 Financial" / "6.2 Legal Implications" under "6. IMPLICATIONS": a short line
        that is exactly a section's name is a sub-heading; "3.1 The council ..." and
        "(a) approve ..." are paragraphs."""
        if not _SUB_NUMBER_RE.match(number) or len(body.split()) > 8:
            return None
        if body.rstrip().endswith(_TERMINAL) or body.rstrip().endswith((",", ";")):
            return None
        match = self.vocab.match(body, heading_like=False)
        if match is None or match.id == OTHER or match.rest or "prefix" in match.matched_by:
            return None
        if not match.matched_by.startswith("alias") or body.rstrip().endswith(":"):
            return None  # "2.1 Cabinet is recommended to:" introduces the list
        if self.current is not None and self.current.id == match.id:
            return None
        return replace(match, number=number), 2

    def _level(self, number: str | None) -> int:
        """Inside a numbered scheme ("3.0 SUPPORTING INFORMATION") an unnumbered heading
        ("Options") is a sub-heading; elsewhere headings are top level."""
        top = self.current
        if number is None and top is not None:
            parent = next((s for s in reversed(self.report.sections) if s.level == 1), None)
            if parent is not None and parent.number is not None:
                return 2
        return 1

    def _ends_numbered_scheme(self, match: HeadingMatch, index: int) -> bool:
        """ "Appendices" or "Contact Officer" after "12. Background Papers" is a section of
        its own: named exactly (alias) as a top-level section, outside a grouping heading,
        and no later paragraph carries on the numbering ("12.2", "13.1"). "Options" followed
        by "3.4" is a sub-heading of "3.0 SUPPORTING INFORMATION"."""
        if not match.matched_by.startswith("alias") or match.covers:
            return False
        parent = next((s for s in reversed(self.report.sections) if s.level == 1), None)
        if parent is None or parent.number is None:
            return False
        known = self.spec.section(parent.id)
        if parent.id in _GROUPING or (known is not None and known.group):
            return False
        digits = re.match(r"\d+", parent.number.strip())
        if digits is None:
            return False
        base = int(digits[0])
        for later in self.units[index + 1 :]:
            text = BULLET_RE.sub("", later.text.strip())
            m = re.match(r"^(\d{1,2})\s?\.\s?\d", text)
            if m and int(m[1]) >= base:
                return False
        return True

    def _confirmed(self, number: str, index: int) -> bool:
        base = re.sub(r"\D", "", number)
        for later in self.units[index + 1 : index + 4]:
            text = BULLET_RE.sub("", later.text.strip())
            if re.match(rf"^{base}\.1\b", text):
                return True
        return False

    def note(self, unit: Unit, text: str) -> None:
        self.messages.append(
            Message(
                text=f"{unit.text.strip()[:60]!r} {text}",
                location=Location(path=self.path, line=unit.line),
            )
        )

    # -- building ---------------------------------------------------------------------------

    def start(self, match: HeadingMatch, unit: Unit, *, level: int, how: str = "") -> None:
        heading = match.heading or unit.text.strip()
        section = Section(
            id=match.id,
            heading=heading,
            number=match.number,
            level=level,
            covers=match.covers,
            matched_by=match.matched_by + how,
            inline=bool(match.rest),
            location=Location(path=self.path, line=unit.line, heading=heading),
        )
        self.report.sections.append(section)
        self.current = section
        if match.rest:
            section.blocks.append(Block(text=_clean(match.rest), location=self.loc(unit.line)))
        if self.in_header:
            self.front.apply(self.report.metadata)
            self.in_header = False

    def add(self, block: Block) -> None:
        if self.current is None:
            self.report.preamble.append(block)
        else:
            self.current.blocks.append(block)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 2 > len(words)


def _trim(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row.pop()
    return row


def _clean(text: str) -> str:
    return text.replace("**", "").replace("__", "").strip()
