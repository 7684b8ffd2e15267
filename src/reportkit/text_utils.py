"""Small text helpers shared by rules: where the text of a report is, sentences, edit distance.

Kept here so that rules do not each grow their own slightly different copy.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, NamedTuple, Protocol, TypeVar

from reportkit.model import Block, Location, Report, Section

_WRAP = re.compile(r"[ \t]*\n[ \t]*(?=[^\s\-\u2022*])")
# White space after a sentence's end and before a capital or a figure. Written to start with
# ``\s`` (the same splits as ``(?<=[.!?;])\s+(?=...)``): a pattern that opens with a
# look-behind is tried at every position, one that opens with a class only where it can start.
_SENTENCE_END = re.compile(r"\s(?<=[.!?;]\s)\s*(?=[\"'(\[]?[A-Z0-9£])")
# The same white space with the stop before it: a pattern that opens with a class of rare
# characters is scanned for twice as fast as one that opens with white space.
_STOP_AND_SPACE = re.compile(r"[.!?;]\s+(?=[\"'(\[]?[A-Z0-9£])")


def split_at_stops(text: str) -> list[str]:
    """``_SENTENCE_END.split(text)``: the text split at the white space after a sentence's
    end, found with the faster ``_STOP_AND_SPACE`` (the stop stays with its sentence)."""
    out: list[str] = []
    start = 0
    for m in _STOP_AND_SPACE.finditer(text):
        out.append(text[start : m.start() + 1])
        start = m.end()
    out.append(text[start:])
    return out


class TextPiece(NamedTuple):
    """A piece of report text with where it came from. (A named tuple: made for every
    paragraph of every report, and three times quicker to make than a frozen dataclass.)"""

    text: str
    location: Location
    section: Section | None
    kind: str
    """"block", "heading" or "metadata"."""
    block: Block | None = None

    @property
    def prose(self) -> str:
        """The text with line breaks inside a paragraph (PDF wrapping) turned into spaces;
        tables keep their rows apart."""
        if self.block is not None and self.block.kind == "table":
            return self.text
        return _unwrap(self.text)


@lru_cache(maxsize=4096)
def _unwrap(text: str) -> str:
    # Several rules ask for the prose of every paragraph of a report: join the lines once.
    return _WRAP.sub(" ", text)


def pieces(report: Report, *, headings: bool = True, metadata: bool = True) -> Iterator[TextPiece]:
    """Metadata values, then every heading and body block in document order."""
    if metadata:
        for meta in report.metadata.fields.values():
            yield TextPiece(meta.value, meta.location, None, "metadata")
    for block in report.preamble:
        yield TextPiece(block.text, block.location, None, "block", block)
    for section in report.sections:
        if headings:
            yield TextPiece(section.heading, section.location, section, "heading")
        for block in section.blocks:
            yield TextPiece(block.text, block.location, section, "block", block)


# -- per-report sharing ---------------------------------------------------------------------
#
# Most rules walk every paragraph of a report, and most reports have nothing for most rules
# to find. So rules first look at the whole report's text at once (a few substring tests, or
# one regular expression over one string) and do the per-paragraph work only where that can
# find something.
# The joined text and the piece lists are built once per report and shared by the rules, but
# only while the engine runs the rules on that report (``report_scope``): a Report is a
# mutable model, so nothing is kept once the rules are done with it.

T = TypeVar("T")
_SCOPE: ContextVar[tuple[Report, dict[Any, Any]] | None] = ContextVar("_SCOPE", default=None)


@contextmanager
def report_scope(report: Report) -> Iterator[None]:
    """Share what rules compute from ``report`` (pieces, joined text ...) while it is open."""
    token = _SCOPE.set((report, {}))
    try:
        yield
    finally:
        _SCOPE.reset(token)


def shared(report: Report, key: Any, make: Callable[[], T]) -> T:
    """``make()``, computed once per report inside ``report_scope`` (every time outside it)."""
    scope = _SCOPE.get()
    if scope is None or scope[0] is not report:
        return make()
    cache = scope[1]
    if key not in cache:
        cache[key] = make()
    return cache[key]


def piece_list(report: Report, *, headings: bool = True, metadata: bool = True) -> list[TextPiece]:
    """``pieces`` as a list, shared by the rules that read the same pieces."""

    def make() -> list[TextPiece]:
        if headings and metadata:
            return list(pieces(report))
        # The same pieces in the same order, without building them again.
        return [
            p
            for p in piece_list(report)
            if (headings or p.kind != "heading") and (metadata or p.kind != "metadata")
        ]

    return shared(report, ("pieces", headings, metadata), make)


def joined(
    report: Report, *, headings: bool = True, metadata: bool = True, prose: bool = False
) -> str:
    """The texts (or prose) of those pieces joined by line breaks: a pattern without ``^``
    or ``$`` that finds nothing here finds nothing in any piece (a line break is no word
    character, so look-arounds and ``\\b`` behave at the joins as at a piece's ends)."""

    def make() -> str:
        items = piece_list(report, headings=headings, metadata=metadata)
        if prose:
            # Prose differs from text only where a piece other than a table has a line break
            # (most Word paragraphs have none): then the joined texts are the same string.
            if not any("\n" in p.text for p in items if p.block is None or p.block.kind != "table"):
                return joined(report, headings=headings, metadata=metadata)
            return "\n".join(p.prose for p in items)
        return "\n".join(p.text for p in items)

    return shared(report, ("joined", headings, metadata, prose), make)


def piece_matches(
    report: Report,
    pattern: re.Pattern[str],
    *,
    headings: bool = True,
    metadata: bool = True,
    prose: bool = False,
) -> Iterator[tuple[TextPiece, re.Match[str]]]:
    """Each match of ``pattern`` in the joined texts (or prose) of those pieces, with the
    piece it is in (its offsets are the joined text's). One scan of the whole text instead
    of one search per piece: most pieces have no match, and a search costs a call even then.
    These are the matches ``pattern.finditer`` finds in each piece's text in turn when the
    pattern cannot match a line break and its look-arounds, ``\\b`` included, take a line
    break as they take the text's end (no ``\\s``, ``.``, ``[^...]``, ``^`` or ``$`` in
    them): then no match crosses from one piece into the next."""
    items = piece_list(report, headings=headings, metadata=metadata)
    for index, m in _indexed_matches(report, pattern, headings, metadata, prose):
        yield items[index], m


class Finder(Protocol):
    """What ``pieces_where`` asks of a pattern: its matches in a text, each with ``start()``
    (a compiled pattern, or something that finds the same starts faster)."""

    def finditer(self, text: str, /) -> Iterator[Any]: ...


def pieces_where(
    report: Report,
    *patterns: Finder,
    headings: bool = True,
    metadata: bool = True,
    prose: bool = False,
) -> list[TextPiece]:
    """The pieces, in order, whose text (or prose) one of ``patterns`` finds something in;
    each pattern must be one ``piece_matches`` can take. Each pattern's pieces are shared by
    the rules that ask for them."""
    found: set[int] = set()
    for pattern in patterns:

        def make(pattern: Finder = pattern) -> set[int]:
            text = joined(report, headings=headings, metadata=metadata, prose=prose)
            starts = _starts_of(report, headings, metadata, prose)
            return {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)}

        found.update(shared(report, ("where", pattern, headings, metadata, prose), make))
    items = piece_list(report, headings=headings, metadata=metadata)
    return [items[index] for index in sorted(found)]


def pieces_of(
    report: Report,
    offsets: Iterable[int],
    *,
    headings: bool = True,
    metadata: bool = True,
    prose: bool = False,
) -> Iterator[TextPiece]:
    """For each offset in the joined texts (or prose) of those pieces, the piece it is in."""
    items = piece_list(report, headings=headings, metadata=metadata)
    starts = _starts_of(report, headings, metadata, prose)
    for offset in offsets:
        yield items[bisect_right(starts, offset) - 1]


def _indexed_matches(
    report: Report, pattern: re.Pattern[str], headings: bool, metadata: bool, prose: bool
) -> Iterator[tuple[int, re.Match[str]]]:
    text = joined(report, headings=headings, metadata=metadata, prose=prose)
    starts = _starts_of(report, headings, metadata, prose)
    for m in pattern.finditer(text):
        yield bisect_right(starts, m.start()) - 1, m


def _starts_of(report: Report, headings: bool, metadata: bool, prose: bool) -> list[int]:
    """Where each piece starts in the joined text (or prose), shared."""
    if prose and joined(report, headings=headings, metadata=metadata, prose=True) is joined(
        report, headings=headings, metadata=metadata
    ):
        prose = False  # the same text: the same starts
    return shared(
        report,
        ("starts", headings, metadata, prose),
        lambda: _starts(piece_list(report, headings=headings, metadata=metadata), prose),
    )


def _starts(items: list[TextPiece], prose: bool) -> list[int]:
    """Where each piece starts in the joined text."""
    out = [0]
    for piece in items[:-1]:
        out.append(out[-1] + len(piece.prose if prose else piece.text) + 1)
    return out


# The only characters whose lower case is not one character, or that ``re.IGNORECASE``
# matches to an ASCII letter although their lower case is not that letter (checked over all
# of Unicode by tests/test_text_utils.py).
_CASE_ODD = "\u0130\u0131\u017f"


def lowered(text: str) -> str | None:
    """``text.lower()``, with the same offsets, when an ASCII phrase in lower case is in it
    exactly where ``re.IGNORECASE`` finds that phrase in ``text`` (so a substring test or a
    case-sensitive alternation, several times faster, can stand in for the case-blind one);
    None when ``text`` has a character for which that fails."""
    # Three substring tests: far cheaper than a regular expression, and immediate on text
    # with no character beyond U+00FF (most text: CPython then stores one byte a character).
    if not text.isascii() and any(c in text for c in _CASE_ODD):
        return None
    return text.lower()


def may_have(text: str, needle: str) -> bool:
    """False when ``text`` certainly has no ``needle`` (lower-case ASCII) in any case: a
    cheap test before a case-blind pattern that cannot match without it."""
    low = lowered(text)
    return low is None or needle in low


def lower_text(report: Report) -> str | None:
    """``lowered(joined(report))``, shared: every piece's text, lower-cased."""
    return shared(report, "lower", lambda: lowered(joined(report)))


def may_contain(report: Report, *needles: str) -> bool:
    """False when the report's text, in any case, certainly has none of ``needles`` (lower
    case, ASCII). A substring test runs at memory speed, many times faster than a regular
    expression over the same text, so rules use it to skip reports (most of them) where
    their pattern cannot match: each needle must be text any match of the pattern contains.
    A needle without white space is in a piece's text exactly when it is in its prose."""
    for needle in needles:
        haystack = _haystack(report, needle)
        if haystack is None or needle in haystack:
            return True
    return False


def _haystack(report: Report, needle: str) -> str | None:
    """``lower_text(report)``, or for a needle without white space a shorter string that
    has it exactly when that has: the report's distinct white-space-separated tokens,
    lower-cased, joined by line breaks. Wherever such a needle occurs it lies inside one
    token; a report repeats its words, so that string is a half to a tenth as long, and rules
    test tens of needles (their lists' words) against it. It also spares lower-casing the
    whole text. (Lower case keeps white space white space, and ``lowered`` fails on the
    tokens exactly when it fails on the text: they have the same characters but white
    space.)"""
    scope = _SCOPE.get()
    if scope is None or scope[0] is not report or _has_space(needle):
        # (Outside ``report_scope`` the tokens would be found again for every needle.)
        return lower_text(report)
    return shared(report, "tokens", lambda: lowered("\n".join(_distinct_tokens(report))))


def _distinct_tokens(report: Report) -> set[str]:
    # (Imported here: scoring_text builds on this module.)
    from reportkit.scoring_text import distinct_tokens

    return distinct_tokens(report)


@lru_cache(maxsize=1024)
def _has_space(needle: str) -> bool:
    return len(needle.split()) != 1 or needle.split()[0] != needle


def split_sentences(text: str) -> list[str]:
    """Rough sentence split: enough to keep a date with the verb that governs it."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s for s in split_at_stops(line) if s.strip())
    return out


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def is_mostly_upper(line: str) -> bool:
    """True for ALL-CAPS lines such as "6.0 FINANCIAL IMPLICATIONS" (two or more words)."""
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", line)
    if len(words) < 2:
        return False
    upper = sum(1 for w in words if w.isupper())
    return upper / len(words) >= 0.6


def excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    """The matched text with a little context, on one line, for messages."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    snippet = " ".join(text[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


# Bytes: ASCII letters to "a", every other byte to a space ("'" and "-" are deleted).
_LETTER_OR_SPACE = bytes(97 if chr(i).isascii() and chr(i).isalpha() else 32 for i in range(256))


def count_words(text: str) -> int:
    """``len(_WORD.findall(text))`` without building the words. A word is a run of letters,
    apostrophes and hyphens that has a letter in it; with apostrophes and hyphens deleted
    (never joining two runs: a space is left between them), it is a run of letters. Bytes
    and ``count`` do that at C speed, five times faster than the regular expression.
    Characters beyond Latin-1 become "?", which, like the Latin-1 letters, is no ASCII
    letter; the curly apostrophe is made straight first."""
    data = text.replace("\u2019", "'").encode("latin-1", "replace")
    letters = data.translate(_LETTER_OR_SPACE, b"'-")
    return letters.count(b" a") + letters.startswith(b"a")
