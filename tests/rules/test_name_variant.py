import contextlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rules_a_build import report, run, sec

from reportkit.rules.name_variant import _CONNECTOR, _RUN, RULE, _runs
from reportkit.text_utils import piece_matches, report_scope

BASE = [
    "Sefton New Directions is a council company.",
    "Sefton New Directions runs day services.",
    "Sefton New Directions reports to Cabinet.",
]


def _run(*extra: str, **options):
    return run(RULE, report(sec("Background", *BASE, *extra)), **options)


def test_a_misspelt_variant_of_a_common_name_is_flagged_with_the_usual_form() -> None:
    hits = _run("Sefton New Directors also supports assessments.")
    assert len(hits) == 1
    assert "'Sefton New Directors'" in hits[0].message
    assert hits[0].fix == "Write 'Sefton New Directions'."


def test_the_singular_of_a_plural_name_is_flagged() -> None:
    assert len(_run("Work is being undertaken by Sefton New Direction.")) == 1


def test_possessives_are_not_variants() -> None:
    assert _run("Sefton New Directions' staff and Sefton New Directions's board.") == []


def test_grammatical_plurals_are_not_variants() -> None:
    rep = report(
        sec(
            "B",
            "The Overview and Scrutiny Committee met.",
            "The Overview and Scrutiny Committee agreed.",
            "All Overview and Scrutiny Committees were told.",
        )
    )
    assert run(RULE, rep) == []


def test_distinct_names_are_not_variants() -> None:
    rep = report(
        sec(
            "B",
            "Sefton Council and Sefton Place Plan.",
            "Sefton Council again.",
            "Halton Council said so.",
            "Knowsley Council agreed.",
        )
    )
    assert run(RULE, rep) == []


def test_configured_names_catch_a_single_misspelling() -> None:
    rep = report(sec("B", "Riverside Liesure Trust runs the centres."))
    assert run(RULE, rep) == []
    hits = run(RULE, rep, names=["Riverside Leisure Trust"])
    assert len(hits) == 1 and "Riverside Leisure Trust" in hits[0].message


def test_two_word_names_and_people_are_not_compared_unless_configured() -> None:
    rep = report(
        sec(
            "B",
            "Northwood Ward and Northwood Ward and Northwood Ward.",
            "Norwood Ward is next door.",
            "Councillor Jones Smith spoke. Councillor Jones Smith agreed.",
            "Councillor Jonas Smith asked.",
            "Heads of Service met. Heads of Service agreed. Head of Service said.",
        )
    )
    assert run(RULE, rep) == []


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="AaBb- 'of and the&s\u2019xT\n", max_size=30))
def test_name_runs_are_found_as_with_the_backtracking_pattern(text: str) -> None:
    word = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?:['\u2019]s?)?"
    backtracking = re.compile(rf"{word}(?: (?:{_CONNECTOR} )*{word})+")
    assert [m.span() for m in _RUN.finditer(text)] == [
        m.span() for m in backtracking.finditer(text)
    ]


_RUN_FRAGMENTS = [
    "Ab", "Cd", "Zx", "A", "ab", "of", "and", "the", "&", "in", "on", "for", " ", " ", "  ",
    "-", "-Ab", "'", "'s", "\u2019", "\u2019s", "s", "\n", "\n ", "\u00e9", "\u00c9", "\u2013",
    "\x01", ".", "\t", "1",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_RUN_FRAGMENTS), max_size=16).map("".join), max_size=4),
    st.booleans(),
)
@example(["Ab\u2019 Cd of Ef", "Gh-Ij Kl\u2019s Mn", "Ab-cd Ef"], True)
@example(["Ab\x01 Cd", "Ab\u2019 Cd"], False)
def test_runs_of_names_are_found_over_bytes_as_the_pattern_finds_them(
    texts: list[str], scoped: bool
) -> None:
    rep = report(sec("Sefton New Directions", *texts), sec("Ab of Cd", *reversed(texts)))
    with report_scope(rep) if scoped else contextlib.nullcontext():
        expected = [(p, m.group(0)) for p, m in piece_matches(rep, _RUN, prose=True)]
        assert list(_runs(rep)) == expected
