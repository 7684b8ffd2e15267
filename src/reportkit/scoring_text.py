"""Sentences repaired for readability scoring: PDF text wraps lines mid-sentence and drops
full stops, so sentences are rebuilt from a block's lines before they are counted."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import chain, repeat
from typing import NamedTuple

from reportkit.model import Block, Location, Report, Section
from reportkit.text_utils import count_words, shared, split_at_stops

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_TERMINAL = ".!?:;"  # a line that ends with one of these ends a sentence
_VOWELS = re.compile(r"[aeiouy]+")


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


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Vowel groups, less a silent final 'e' (but not '-le'), at least one."""
    w = word.lower().strip("'\u2019-")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    count = len(_VOWELS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        count -= 1 if count > 1 else 0
    if re.search(r"(?:ia|io[^n]|eo|ua|uo)", w):
        count += 1
    return max(1, count)


# Words and syllables of a token packed into one number, words << SHIFT | syllables, so one
# look-up a token gives both and a sum of packed numbers is the packed sums, as long as the
# syllables add up to less than 2**SHIFT: a word has no more syllables than letters
# (tests/rules/test_readability_packed.py), and no report comes near 2**40 characters.
SHIFT = 40
SYLLABLES = (1 << SHIFT) - 1


class _Packed(dict[str, int]):
    """Packed words and syllables by white-space-separated token (the sums over its words). A
    report's tokens are mostly tokens it has used before, and a dict look-up through ``map``
    costs half a call to the cached ``syllables``."""

    def __missing__(self, token: str) -> int:
        if len(self) > 100_000:  # a long-running process reading many vocabularies
            self.clear()
        words = _WORD.findall(token)
        count = self[token] = len(words) << SHIFT | sum(map(syllables, words))
        return count


PACKED = _Packed()


ScoringUnit = tuple[Section | None, Block, str, list[str], int]
"""(section, block, sentence as written, its white-space-separated tokens, its words)."""


def scoring_units(report: Report, *, min_words: int = 3) -> Iterator[ScoringUnit]:
    """Sentences fit for readability scoring, in document order. PDF text wraps lines
    mid-sentence and drops full stops, so: wrapped lines are joined, a list item, a heading
    or a line without a verb-like length ends a sentence, tables and very short fragments
    (labels, "None") are skipped."""
    groups = chain([(None, report.preamble)], ((s, s.blocks) for s in report.sections))
    for section, blocks in groups:
        yield from units_in(section, blocks, min_words=min_words)


def units_in(
    section: Section | None, blocks: Sequence[Block], *, min_words: int = 3
) -> Iterator[ScoringUnit]:
    """``scoring_units`` of these blocks of ``section``."""
    words_in = _TOKEN_WORDS.__getitem__
    for block in blocks:
        if block.kind in _UNSCORED:
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


# A sentence's end: white space after one of these stops, before a capital or a figure (the
# white space ``split_at_stops`` splits at). One pattern a stop: a pattern that opens with a
# literal is scanned for many times faster than one that opens with white space or a class,
# and a literal replacement needs no call for each match.
_ENDS_AFTER = tuple(
    (stop, re.compile(re.escape(stop) + r"\s+(?=[\"'(\[]?[A-Z0-9\u00a3])"), stop + "\n")
    for stop in ".!?;"
)

SentenceGroup = tuple[Section | None, Sequence[Block], list[list[str]]]
"""(section or None for the preamble, its blocks, the tokens of each of its sentences)."""


def sentence_groups(report: Report) -> list[SentenceGroup]:
    """For the preamble and each section with text to score, the white-space-separated
    tokens of each sentence ``scoring_units`` splits its blocks into, in document order,
    short sentences included (``min_words`` not applied). Shared by the rules of a report.

    One string a section instead of one a sentence: the section's units joined by line
    breaks (a unit holds none: it is made of ``splitlines`` lines), each sentence's end
    turned into a line break, then split at line breaks. A sentence's end across a join is
    the join itself, so the sentences are ``split_at_stops`` of each unit in turn."""

    def make() -> list[SentenceGroup]:
        out: list[SentenceGroup] = []
        groups = chain([(None, report.preamble)], ((s, s.blocks) for s in report.sections))
        for section, blocks in groups:
            units = [u for b in blocks if b.kind not in _UNSCORED for u in _block_units(b)]
            if not units:
                continue
            text = "\n".join(units)
            for stop, end, replacement in _ENDS_AFTER:
                if stop in text:
                    text = end.sub(replacement, text)
            out.append((section, blocks, list(map(str.split, text.split("\n")))))
        return out

    return shared(report, "sentence tokens", make)


_UNSCORED = frozenset({"table", "code"})


def sentence_sums(report: Report) -> list[list[int]]:
    """For each of ``sentence_groups(report)``, each sentence's packed words and syllables,
    summed in C (``map`` over the sentences). Shared by the rules of a report."""

    def make() -> list[list[int]]:
        packed = PACKED.__getitem__
        return [
            list(map(sum, map(map, repeat(packed), sentences)))
            for _, _, sentences in sentence_groups(report)
        ]

    return shared(report, "sentence sums", make)


def body_words(report: Report) -> int:
    """``count_words(joined(report, metadata=False))``: the words of the headings and blocks.
    Those of the sentences are counted already (``sentence_sums``); the rest are counted
    here: headings, the blocks left out of sentences and the lines left out of blocks (a line
    with a tab). A word never runs across white space, so the counts add up."""
    words = sum(sum(sums) for sums in sentence_sums(report)) >> SHIFT
    rest = [section.heading for section in report.sections]
    for block in chain(report.preamble, *(s.blocks for s in report.sections)):
        if block.kind in _UNSCORED:
            rest.append(block.text)
        elif "\t" in block.text:
            rest += [line for line in block.text.splitlines() if "\t" in line.strip()]
    return words + count_words("\n".join(rest))


def distinct_tokens(report: Report) -> set[str]:
    """``set(joined(report).split())``: the report's distinct white-space-separated tokens.
    Most of them are the sentences' tokens, split already for readability (and hashed, which
    a set needs too); the rest is split here: metadata values, headings, the blocks left out
    of sentences (tables, code) and blocks with a tab (a line with one is left out)."""
    out = set(chain.from_iterable(chain.from_iterable(t for _, _, t in sentence_groups(report))))
    rest = [field.value for field in report.metadata.fields.values()]
    rest += [section.heading for section in report.sections]
    rest += [
        b.text
        for b in chain(report.preamble, *(s.blocks for s in report.sections))
        if b.kind in _UNSCORED or "\t" in b.text
    ]
    out.update("\n".join(rest).split())
    return out


def _block_units(block: Block) -> list[str]:
    """Join wrapped lines of one block; a line that already ends a sentence, or a short
    line such as a label or a list entry, stays on its own."""
    lines = block.text.splitlines()
    if len(lines) == 1:  # most paragraphs: the line is a unit of its own
        line = lines[0].strip()
        return [line] if line and "\t" not in line else []
    units: list[str] = []
    current = ""
    for raw in lines:
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
