"""The readability rule and the shared sentence tokens against their first, plainer
definitions (kept here): sentences split unit by unit, each counted on its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import count

from hypothesis import given, settings
from hypothesis import strategies as st

from reportkit.findings import Hit
from reportkit.model import Block, Location, Metadata, MetaField, Report, Section
from reportkit.rules.readability import Options, _judge, _start, check, syllables
from reportkit.scoring_text import body_words, distinct_tokens, scoring_units, sentence_groups
from reportkit.spec import load_spec
from reportkit.text_utils import count_words, joined, report_scope, split_at_stops

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _block_units(block: Block) -> list[str]:
    units: list[str] = []
    current = ""
    for raw in block.text.splitlines():
        line = raw.strip()
        if not line:
            if current:
                units.append(current)
            current = ""
            continue
        if "\t" in line:
            if current:
                units.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current else line
        if line[-1] in ".!?:;" or len(_WORD.findall(line)) <= 6:
            units.append(current)
            current = ""
    if current:
        units.append(current)
    return units


def _sentences(report: Report) -> Iterator[tuple[Section | None, Block, list[str], int]]:
    for section, block in report.iter_blocks():
        if block.kind in {"table", "code"}:
            continue
        for part in _block_units(block):
            for sentence in split_at_stops(part):
                tokens = sentence.split()
                yield section, block, tokens, sum(len(_WORD.findall(t)) for t in tokens)


def _reference_check(report: Report, options: Options) -> Iterator[Hit]:
    groups: dict[int, tuple[Section | None, list[int], list[list[str]]]] = {}
    for section, block, tokens, words in _sentences(report):
        if words < 3:
            continue
        if words > options.max_sentence_words:
            yield Hit(
                message=f"A sentence of {words} words (limit {options.max_sentence_words}): "
                f"{_start(tokens)}",
                location=block.location,
                section=section.id if section else None,
                fix="Split it into shorter sentences, or turn a list of items into bullets.",
            )
        group = groups.setdefault(id(section), (section, [], []))
        group[1].append(words)
        group[2].append(tokens)
    whole = [0, 0, 0]
    judged = 0
    for section, words_of, tokens_of in groups.values():
        syllables_of = sum(syllables(w) for ts in tokens_of for t in ts for w in _WORD.findall(t))
        totals = [len(words_of), sum(words_of), syllables_of]
        whole = [a + b for a, b in zip(whole, totals, strict=True)]
        if section is not None:
            judged += 1
            yield from _judge(totals, f"The {section.heading} section", section.location,
                              section.id, options)  # fmt: skip
    if options.whole_report and judged != 1:
        yield from _judge(whole, "The report", Location(path=report.path, line=1), None,
                          options)  # fmt: skip


_lines = count(1)
# Text made of fragments, so that sentence ends (a stop, white space, a capital) are common.
_FRAGMENTS = [
    "Ab", "the", "ration", "Lea", "x", "E", "1", "\u00a3", "(", '"', "'", "\u2019s", "-", "\u00e9",
    ".", ";", "!", "?", ":", " ", " ", " ", "  ", "\n", "\n", "\t", "\r\n", "\u2028",
    "\u00a0", "\u2003", " \n ", ". A", "? B", "; 1", "! (Z", ".\n\u00a3", "?\t\"E", "a b c",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    def block(text: str, kind: str) -> Block:
        return Block(kind=kind, text=text, location=Location(path="r.md", line=next(_lines)))  # type: ignore[arg-type]

    blocks = st.lists(
        st.tuples(_TEXT, st.sampled_from(["paragraph", "list_item", "table", "code"])),
        min_size=1,
        max_size=4,
    )
    sections = [
        Section(
            id=f"s{i}",
            heading=heading,
            location=Location(path="r.md", line=next(_lines)),
            blocks=[block(t, k) for t, k in draw(blocks)],
        )
        for i, heading in enumerate(draw(st.lists(_TEXT, max_size=4)))
    ]
    fields = {
        name: MetaField(value=value, label=name, location=Location(path="r.md", line=1))
        for name, value in draw(
            st.dictionaries(st.sampled_from(["title", "author"]), _TEXT)
        ).items()
    }
    return Report(
        path="r.md",
        format="markdown",
        metadata=Metadata(fields=fields),
        preamble=[block(t, k) for t, k in draw(blocks)],
        sections=sections,
    )


@settings(max_examples=400, deadline=None)
@given(reports())
def test_the_sentence_groups_are_the_sentences_split_unit_by_unit(report: Report) -> None:
    by_section: dict[int, list[list[str]]] = {}
    for section, _, tokens, _ in _sentences(report):
        by_section.setdefault(id(section), []).append(tokens)
    assert [(id(s), tokens) for s, _, tokens in sentence_groups(report)] == list(by_section.items())
    assert [u[3] for u in scoring_units(report)] == [
        tokens for _, _, tokens, words in _sentences(report) if words >= 3
    ]


@settings(max_examples=400, deadline=None)
@given(reports())
def test_the_distinct_tokens_are_those_of_the_joined_text(report: Report) -> None:
    with report_scope(report):
        assert distinct_tokens(report) == set(joined(report).split())


@settings(max_examples=400, deadline=None)
@given(reports(), st.booleans())
def test_the_body_words_are_those_of_the_joined_text_without_metadata(
    report: Report, scoped: bool
) -> None:
    # (The report-length rule counted them so.)
    expected = count_words(joined(report, metadata=False))
    if scoped:
        with report_scope(report):
            assert body_words(report) == expected
    else:
        assert body_words(report) == expected


@settings(max_examples=400, deadline=None)
@given(
    reports(),
    st.integers(min_value=-1, max_value=12),
    st.integers(min_value=0, max_value=3),
    st.floats(min_value=-30, max_value=130),
    st.booleans(),
)
def test_readability_finds_what_its_first_definition_found(
    report: Report, longest: int, fewest: int, ease: float, whole: bool
) -> None:
    options = Options(
        max_sentence_words=longest,
        min_sentences=fewest,
        min_reading_ease=ease,
        max_grade=ease / 5,
        whole_report=whole,
    )
    spec = load_spec("default")
    with report_scope(report):
        assert list(check(report, spec, options)) == list(_reference_check(report, options))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aeiouyAbcdlnst'\u2019-E\u00e9", max_size=14))
def test_a_word_has_no_more_syllables_than_characters(text: str) -> None:
    # Packed counts rely on it: a text's syllables never reach 2**40.
    for word in _WORD.findall(text):
        assert syllables(word) <= len(word)
