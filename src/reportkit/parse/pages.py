"""Cleaning PDF-extracted text before it is read as a report: running headers and footers,
page numbers, words hyphenated across lines, and paragraphs wrapped over several lines
(joined into logical lines, ``Unit``).

Pages are separated by form feeds (pdftotext and our PDF reader both keep them). A line
that comes back, digits aside, at the top or bottom of most pages is a running header or
footer; page-number lines ("Page 12", "3 of 10", "- 4 -", a bare number) and agenda stamps
("Agenda Item 7") are removed wherever they stand. Everything removed is kept, so
``inspect`` can show it and the report keeps it as ``running_text``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from reportkit.derive import split_leading_number

_PAGE_LINE_RE = re.compile(
    r"^(?:page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}"
    r"|[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]|\d{1,3}|agenda\s+item\s*(?:no\.?\s*)?\d{1,3}[a-z]?"
    r"|item\s+\d{1,3}[a-z]?|page\s+[ivx]{1,5})$",
    re.IGNORECASE,
)
# Columns laid out with spaces (pdftotext -layout, pypdf layout mode): a gap of three or
# more spaces inside a line separates cells, like a tab.
_GAP_RE = re.compile(r"(?<=\S) {3,}(?=\S)")
BULLET_RE = re.compile(r"^\s*[-\u2022*\u00b7\u25aa\u25e6\u2013]\s+(?=\S)")
_EDGE = 3  # lines at the top and bottom of a page that may be running text


@dataclass
class Line:
    number: int
    """1-based line number in the file."""
    text: str
    page: int = 1
    page_break_before: bool = False


@dataclass
class Skipped:
    line: Line
    why: str


def split_lines(text: str) -> list[Line]:
    """Lines with their file line numbers and pages; form feeds become page breaks."""
    out: list[Line] = []
    page = 1
    pending_break = False
    for i, raw in enumerate(text.split("\n"), start=1):
        if "\f" in raw:
            page += raw.count("\f")
            pending_break = True
            raw = raw.replace("\f", "")
        raw = _GAP_RE.sub("\t", raw.rstrip(" \r"))
        out.append(Line(i, raw, page, pending_break and bool(raw.strip())))
        if raw.strip():
            pending_break = False
    return out


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def strip_running(lines: list[Line]) -> tuple[list[Line], list[Skipped]]:
    """Remove page furniture; returns the kept lines and what was skipped (and why)."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        if line.text.strip():
            pages.setdefault(line.page, []).append(line)
    repeated: set[str] = set()
    if len(pages) >= 2:
        # Counted separately at the top and at the bottom of pages: a running header stays
        # in its place, while an ordinary line ("None identified.") turns up anywhere.
        top: Counter[str] = Counter()
        bottom: Counter[str] = Counter()
        for page_lines in pages.values():
            top.update({_key(ln.text) for ln in page_lines[:_EDGE]})
            bottom.update({_key(ln.text) for ln in page_lines[-_EDGE:]})
        need = max(2, -(-len(pages) * 6 // 10))
        repeated = {
            k
            for counter in (top, bottom)
            for k, n in counter.items()
            if len(k.split()) <= 14 and n >= (len(pages) if k.endswith(".") else need)
        }  # a sentence ("None identified.") counts only when it is on every page
    edge_ids: set[int] = set()
    for page_lines in pages.values():
        edge_ids.update(id(ln) for ln in page_lines[:_EDGE] + page_lines[-_EDGE:])
    kept: list[Line] = []
    skipped: list[Skipped] = []
    carry_break = False
    for line in lines:
        stripped = line.text.strip()
        why = None
        if stripped and _PAGE_LINE_RE.match(stripped) and "\t" not in line.text:
            why = "page number or agenda stamp"
        elif stripped and id(line) in edge_ids and _key(stripped) in repeated:
            why = "running header or footer"
        if why:
            skipped.append(Skipped(line, why))
            carry_break = carry_break or line.page_break_before
            continue
        if carry_break and stripped:
            line.page_break_before = True
            carry_break = False
        kept.append(line)
    return kept, skipped


def dehyphenate(previous: str, following: str) -> str | None:
    """Join "imple-" + "mentation" into one word; None when the hyphen is real."""
    if re.search(r"[a-z]-$", previous) and re.match(r"^[a-z]", following.lstrip()):
        word = re.findall(r"([A-Za-z]+)-$", previous)
        if word and word[0].lower() in _KEEP_HYPHEN:
            return previous + following.lstrip()
        return previous[:-1] + following.lstrip()
    return None


# Prefixes that keep their hyphen when a line breaks after them ("self-" + "directed").
_KEEP_HYPHEN = {
    "self", "co", "non", "cross", "long", "short", "well", "multi", "anti", "pre", "post",
    "ex", "part", "full", "half", "mid", "semi", "sub", "inter", "intra", "pro", "re",
    "arms", "high", "low", "old", "all", "one", "two", "three", "four", "year", "day",
    "place", "strength", "evidence", "cost", "value", "time", "community", "health", "care",
}  # fmt: skip


@dataclass
class Unit:
    """A logical line: one physical line, or a paragraph wrapped over several."""

    line: int
    text: str
    last_len: int
    blank_before: bool
    table: bool
    blank_after: bool = False


# -- logical lines ----------------------------------------------------------------------------


def _starts_item(text: str) -> bool:
    return bool(BULLET_RE.match(text)) or split_leading_number(text)[0] is not None


def _looks_strong(text: str) -> bool:
    head = text.split(":", 1)[0]
    letters = [c for c in head if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    return caps or (text.endswith((":", "?")) and len(text.split()) <= 12)


def units(
    lines: list[Line],
    known_heading: Callable[[str], bool] | None = None,
    heading_id: Callable[[str], tuple[str, str] | None] | None = None,
    starts_label: Callable[[str], bool] | None = None,
) -> list[Unit]:
    """Join wrapped lines into paragraphs (de-hyphenating), keep everything else apart.
    ``heading_id`` (heading text -> (section id, how matched) or None) lets a heading the
    PDF broke over two lines ("6. Financial" / "Implications") be put back together;
    ``starts_label`` keeps a front-sheet line ("Is this a key decision? Yes") from being
    taken for the wrapped end of the line above."""
    out: list[Unit] = []
    blank = True
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            blank = True
            if out:
                out[-1].blank_after = True
            continue
        table = "\t" in line.text
        prev = out[-1] if out else None
        if prev is not None and not table and not prev.table:
            if not blank and heading_id is not None and _heading_wraps(prev, stripped, heading_id):
                prev.text = f"{prev.text} {stripped}"
                prev.last_len = len(stripped)
                continue
            joined = (
                None
                if (known_heading is not None and known_heading(prev.text))
                or (starts_label is not None and starts_label(stripped))
                else _join(prev, stripped, blank=blank, page_break=line.page_break_before)
            )
            if joined is not None:
                prev.text = joined
                prev.last_len = len(stripped)
                prev.blank_after = False
                blank = False
                continue
        cell_text = line.text.strip(" ") if table else stripped
        out.append(Unit(line.number, cell_text, len(stripped), blank, table))
        blank = False
    return out


_CONNECTORS = {"and", "of", "the", "for", "to", "on", "in", "&", "or"}


def _heading_wraps(
    prev: Unit, text: str, heading_id: Callable[[str], tuple[str, str] | None]
) -> bool:
    """A short title-case line straight after a short heading line continues it when the two
    together still name a section (and the same one the first line alone named, if any):
    "9. Climate Change and Environmental" / "Implications"."""
    words = text.rstrip(":").split()
    if not 1 <= len(words) <= 4 or re.search(r"[.;,!?]$", text.rstrip(":")):
        return False
    if not all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
        return False
    if len(prev.text.split()) > 8 or prev.text.rstrip().endswith((".", ":", ";", "?", "!")):
        return False
    if _starts_item(text) or BULLET_RE.match(text):
        return False
    joined = heading_id(f"{prev.text} {text}")
    if joined is None:
        return False
    alone = heading_id(prev.text)
    if alone is not None and alone[0] != joined[0]:
        return False
    if alone is None and _exact_alias(joined[1]) and _title_line(prev):
        # "Other Options" / "Considered and Rejected": together exactly a section's name,
        # and the first line is a single short title, not the end of a sentence.
        return True
    if alone is None or alone == joined:
        # The second line added nothing the matcher saw: only a numbered first line is
        # surely a heading ("Report to" / "Planning Committee" is a label and its value).
        return split_leading_number(prev.text)[0] is not None
    return True


def _exact_alias(how: str) -> bool:
    return how.startswith("alias ") and not how.startswith("alias prefix") and "(part of" not in how


def _title_line(unit: Unit) -> bool:
    words = unit.text.split()
    return (
        unit.blank_before
        and len(unit.text.strip()) == unit.last_len
        and all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words)
    )


_LISTED_APPENDIX_RE = re.compile(
    r"^(?:appendix|annex|annexe|schedule)\s+[A-Z0-9]{1,3}\b\s*[\u2013\u2014:.-]", re.IGNORECASE
)


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return all(c.isupper() for c in letters)


def _join(prev: Unit, text: str, *, blank: bool, page_break: bool) -> str | None:
    if blank and not page_break:
        return None
    if (
        not blank
        and _caps(prev.text)
        and _caps(text)
        and not prev.text.endswith((":", "?", "."))
        and len(text.split()) <= 4
        and prev.last_len >= 40
    ):
        # A capitalised heading wrapped onto a second line ("... ACT" / "1972:").
        return f"{prev.text} {text}"
    if _starts_item(text) or _looks_strong(text) or _looks_strong(prev.text):
        return None
    if _LISTED_APPENDIX_RE.match(text) and _LISTED_APPENDIX_RE.match(prev.text):
        return None  # one appendix per line in a list of appendices
    fused = dehyphenate(prev.text, text)
    if fused is not None:
        return fused
    if prev.text.endswith((".", ":", ";", "?", "!")):
        return None
    if text[:1].islower() or (not blank and prev.last_len >= 60):
        return f"{prev.text} {text}"
    return None
