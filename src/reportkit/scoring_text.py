"""Sentences repaired for readability scoring: PDF text wraps lines mid-sentence and drops
full stops, so sentences are rebuilt from a block's lines before they are counted."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from reportkit.model import Block, Location, Report, Section
from reportkit.text_utils import split_at_stops

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TERMINAL = ".!?:;"  # a line that ends with one of these ends a sentence


class Sentence(NamedTuple):
    text: str
    words: int
    location: Location
    section: Section | None
    tokens: Sequence[str] = ()
    """The text split at white space, kept so that scoring does not split it a second time."""


class _TokenWords(dict[str, int]):
    """Words (``_WORD`` matches) in a white-space-separated token. A word has no white space,
    so the words of a text are the words of its tokens; a report uses the same tokens again
    and again, so looking each up costs less than finding the words in every sentence."""

    def __missing__(self, token: str) -> int:
        if len(self) > 100_000:  # a long-running process reading many vocabularies
            self.clear()
        count = self[token] = len(_WORD.findall(token))
        return count


_TOKEN_WORDS = _TokenWords()

ScoringUnit = tuple[Section | None, Block, str, list[str], int]
"""(section, block, sentence as written, its white-space-separated tokens, its words)."""


def scoring_units(report: Report, *, min_words: int = 3) -> Iterator[ScoringUnit]:
    """Sentences fit for readability scoring, in document order. PDF text wraps lines
    mid-sentence and drops full stops, so: wrapped lines are joined, a list item, a heading
    or a line without a verb-like length ends a sentence, tables and very short fragments
    (labels, "None") are skipped."""
    words_in = _TOKEN_WORDS.__getitem__
    for section, block in report.iter_blocks():
        if block.kind in {"table", "code"}:
            continue
        for part in _block_units(block):
            for sentence in split_at_stops(part):
                tokens = sentence.split()
                words = sum(map(words_in, tokens))
                if words >= min_words:
                    yield section, block, sentence, tokens, words


def scoring_sentences(report: Report, *, min_words: int = 3) -> list[Sentence]:
    """``scoring_units`` as sentences."""
    return [
        Sentence(text.strip(), words, block.location, section, tokens)
        for section, block, text, tokens, words in scoring_units(report, min_words=min_words)
    ]


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
        if line[-1] in _TERMINAL or len(_WORD.findall(line)) <= 6:  # line is stripped
            units.append(current)
            current = ""
    if current:
        units.append(current)
    return units
