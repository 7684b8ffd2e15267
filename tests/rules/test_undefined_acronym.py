from hypothesis import given, settings
from hypothesis import strategies as st
from rules_a_build import report, run, sec

from reportkit.rules.undefined_acronym import _CAPITALS, RULE, _has_capitals


def _acronyms(*texts: str, **options) -> list[str]:
    hits = run(RULE, report(sec("Background", *texts)), **options)
    return [h.message.split()[2] for h in hits]


def test_an_undefined_acronym_is_flagged_once() -> None:
    assert _acronyms("HBC works with providers.", "HBC would need a plan.") == ["HBC"]


def test_a_plural_acronym_is_read_as_its_singular() -> None:
    assert _acronyms("Used by numerous LAs.") == ["LA"]


def test_definitions_in_brackets_are_recognised() -> None:
    texts = (
        "Arms-length management organisations (ALMOs) were set up. An ALMO can trade.",
        "Sefton New Directions (SND) is a company. SND delivers care.",
        "The regulator (the Care Quality Commission, CQC) inspects. CQC ratings improved.",
        "The ICB (Integrated Care Board) funds it. The ICB agreed.",
    )
    assert _acronyms(*texts) == []


def test_allowlisted_roman_caps_and_references_are_not_flagged() -> None:
    texts = (
        "The NHS, HR and IT teams agreed. VAT applies. This is Part II of the report.",
        "References FD7424/23 and LD5624/23 were given.",
        "Appendix A is NOT FOR PUBLICATION by virtue of paragraph 3.",
        "6.0 FINANCIAL IMPLICATIONS AND RISKS",
        "Email Jo.Bloggs@sefton.gov.uk for a copy.",
    )
    assert _acronyms(*texts) == []


def test_the_allowlist_can_be_extended() -> None:
    assert _acronyms("The ICB agreed.", allow=["ICB"]) == []


def test_an_acronym_spelt_out_two_ways_is_flagged() -> None:
    hits = run(
        RULE,
        report(sec("B", "The Local Plan (LP) is adopted.", "The Leisure Partnership (LP) agreed.")),
    )
    assert len(hits) == 1 and "two ways" in hits[0].message


def test_the_fix_suggests_the_long_form_when_the_report_has_it() -> None:
    hits = run(RULE, report(sec("B", "Halton Borough Council has agreed.", "HBC agreed.")))
    assert hits and "Halton Borough Council (HBC)" in (hits[0].fix or "")


def test_a_capitalised_word_alone_in_a_table_cell_is_a_label() -> None:
    assert _acronyms("Budget line\tRAG\nTOTAL\t£1,200") == []


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="AZaz& \n\u00c0\u0100\u212a\ud800?\u2019", max_size=20))
def test_capitals_are_found_over_bytes_as_the_pattern_finds_them(text: str) -> None:
    assert _has_capitals(text) == bool(_CAPITALS.search(text))
