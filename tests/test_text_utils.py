import contextlib
import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportkit.dates import MONTH_START, MONTH_STARTS
from reportkit.model import Block, Location, Report, Section
from reportkit.text_utils import (
    _CASE_ODD,
    _SENTENCE_END,
    count_words,
    joined,
    lowered,
    may_contain,
    piece_list,
    piece_matches,
    pieces_where,
    report_scope,
    shared,
    split_at_stops,
)


def test_the_characters_that_defeat_lower_case_matching_are_all_known() -> None:
    # ``lowered`` relies on this: for every other character, lower case is one character,
    # keeps being (or not being) white space and a word character, and is the ASCII letter that
    # re.IGNORECASE matches it to, if any.
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    word = re.compile(r"\w")
    odd = []
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        if (
            len(low) != 1
            or c.isspace() != low.isspace()
            or bool(word.match(c)) != bool(word.match(low))
            or (letter.match(c) and not "a" <= low <= "z")
        ):
            odd.append(c)
    assert sorted(odd) == sorted(_CASE_ODD)


def test_lowered_text_finds_what_a_case_blind_pattern_finds() -> None:
    text = "We will UTILISE the Kelvin \u212a grant In Order To start \u00e9t\u00e9 work."
    blind = re.compile(r"\b(?:utilise|in\s+order\s+to|k)\b", re.IGNORECASE)
    plain = re.compile(r"\b(?:utilise|in\s+order\s+to|k)\b")
    low = lowered(text)
    assert low is not None
    assert [m.span() for m in plain.finditer(low)] == [m.span() for m in blind.finditer(text)]
    assert lowered("the long \u017f") is None


def sec(heading: str, *texts: str) -> Section:
    where = Location(path="report.md", line=1)
    blocks = [Block(text=t, location=where) for t in texts]
    return Section(id="other", heading=heading, location=where, blocks=blocks)


def report(*sections: Section) -> Report:
    return Report(path="report.md", format="markdown", sections=list(sections))


def test_joined_text_is_shared_only_inside_the_report_scope() -> None:
    rep = report(sec("Background", "First paragraph.", "Second\nwrapped paragraph."))
    assert joined(rep, metadata=False) == "Background\nFirst paragraph.\nSecond\nwrapped paragraph."
    assert joined(rep, headings=False, prose=True).endswith("Second wrapped paragraph.")
    calls: list[int] = []
    assert shared(rep, "k", lambda: calls.append(1) or len(calls)) == 1
    assert shared(rep, "k", lambda: calls.append(1) or len(calls)) == 2  # outside: not kept
    with report_scope(rep):
        assert piece_list(rep) is piece_list(rep)
        assert shared(rep, "k", lambda: calls.append(1) or len(calls)) == 3
        assert shared(rep, "k", lambda: calls.append(1) or len(calls)) == 3
        other = report(sec("Background", "Other."))
        assert piece_list(other) is not piece_list(other)  # another report: not shared
    assert shared(rep, "k", lambda: calls.append(1) or len(calls)) == 4


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=".;!? \n\t\u00a0Aa1'(\u00a3[:x\u2003", max_size=16))
def test_sentences_split_where_the_plain_look_behind_pattern_splits(text: str) -> None:
    plain = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9\u00a3])")
    assert _SENTENCE_END.split(text) == plain.split(text)
    assert split_at_stops(text) == plain.split(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZ '\u2019-\n\t.\u00e9\u2013\u0660\u00a3x\u00df1", max_size=20))
def test_words_are_counted_as_the_word_pattern_finds_them(text: str) -> None:
    assert count_words(text) == len(re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", text))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.text(alphabet="aAbB. \n\t\u00a0\u2003\x1c[\u00c9\u00e9", max_size=12), max_size=4),
    st.text(alphabet="ab.[ \u00a0\u00e9", min_size=1, max_size=4),
)
def test_a_needle_is_found_among_the_distinct_words_exactly_when_it_is_in_the_text(
    texts: list[str], needle: str
) -> None:
    rep = report(sec("B", *texts))
    with report_scope(rep):
        low = joined(rep).lower()
        assert may_contain(rep, needle) == (needle in low)


_ONE_SCAN_PATTERNS = [
    re.compile(r"/(?<=\d/)(?=\d)"),
    re.compile(r"Jan|Ma"),
    re.compile(r"[A-Z][a-z]+(?: (?:of )*[A-Z][a-z]+)+"),
    re.compile(r"(?<![\w-])xx(?![\w-])"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="JanMaOf x/1-\n\t", max_size=14), max_size=5),
    st.booleans(),
    st.booleans(),
    st.text(alphabet="Ma x\n\t", max_size=8),
)
def test_one_scan_of_the_joined_text_finds_what_a_search_of_each_piece_finds(
    texts: list[str], prose: bool, scoped: bool, table: str
) -> None:
    # (A table keeps its line breaks in its prose; a paragraph's are joined.)
    rep = report(sec("Jan Of", *texts), sec("x", "Ma 1/2"))
    rep.sections[1].blocks.append(
        Block(kind="table", text=table, location=Location(path="report.md", line=1))
    )
    with report_scope(rep) if scoped else contextlib.nullcontext():
        items = piece_list(rep)
        for pattern in _ONE_SCAN_PATTERNS:
            per_piece = [
                (i, m.group(0))
                for i, p in enumerate(items)
                for m in pattern.finditer(p.prose if prose else p.text)
            ]
            scanned = [(p, m.group(0)) for p, m in piece_matches(rep, pattern, prose=prose)]
            assert scanned == [(items[i], found) for i, found in per_piece]
            where = pieces_where(rep, pattern, prose=prose)
            assert where == [items[i] for i in sorted({i for i, _ in per_piece})]


@settings(max_examples=1000, deadline=None)
@example("Jan Man Mar\u2019 \u0100pr Decision MAY May")
@given(st.text(alphabet="JanMFebrDcyuApOtNvSgl \n\u00c0\u0100\u212a?\u2019", max_size=24))
def test_month_starts_are_found_over_bytes_where_the_pattern_finds_them(text: str) -> None:
    assert [m.start() for m in MONTH_STARTS.finditer(text)] == [
        m.start() for m in MONTH_START.finditer(text)
    ]
