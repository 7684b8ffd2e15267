"""Small text helpers shared by rules: where the text of a report is, sentences, edit distance.

Kept here so that rules do not each grow their own slightly different copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from reportkit.model import Block, Location, Report, Section

_WRAP = re.compile(r"[ \t]*\n[ \t]*(?=[^\s\-\u2022*])")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9£])")


@dataclass(frozen=True)
class TextPiece:
    """A piece of report text with where it came from."""

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


def split_sentences(text: str) -> list[str]:
    """Rough sentence split: enough to keep a date with the verb that governs it."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s for s in _SENTENCE_END.split(line) if s.strip())
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


# -- sentences repaired for scoring (readability) ----------------------------------------------

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TERMINAL = re.compile(r"[.!?:;]\s*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    location: Location
    section: Section | None


def scoring_sentences(report: Report, *, min_words: int = 3) -> list[Sentence]:
    """Sentences fit for readability scoring. PDF text wraps lines mid-sentence and drops
    full stops, so: wrapped lines are joined, a list item, a heading or a line without a
    verb-like length ends a sentence, tables and very short fragments (labels, "None") are
    skipped."""
    out: list[Sentence] = []
    for section, block in report.iter_blocks():
        if block.kind in {"table", "code"}:
            continue
        for part in _block_units(block):
            for sentence in _SENTENCE_END.split(part):
                words = len(_WORD.findall(sentence))
                if words >= min_words:
                    out.append(Sentence(sentence.strip(), words, block.location, section))
    return out


def _block_units(block: Block) -> list[str]:
    """Join wrapped lines of one block; a line that already ends a sentence, or a short
    line such as a label or a list entry, stays on its own."""
    units: list[str] = []
    current = ""
    for raw in block.text.splitlines():
        line = raw.strip()
        if not line:
            if current:
                units.append(current)
            current = ""
            continue
        if "\t" in line:  # a table row read as text
            if current:
                units.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current else line
        if _TERMINAL.search(line) or len(_WORD.findall(line)) <= 6:
            units.append(current)
            current = ""
    if current:
        units.append(current)
    return units


def count_words(text: str) -> int:
    return len(_WORD.findall(text))
