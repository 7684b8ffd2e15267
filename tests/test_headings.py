from __future__ import annotations

import pytest

from reportkit.headings import Vocabulary, normalise, split_number, strip_markers
from reportkit.spec import load_spec


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_spec(load_spec("default"))


@pytest.mark.parametrize(
    ("line", "number", "rest"),
    [
        ("6.0 FINANCIAL IMPLICATIONS", "6.0", "FINANCIAL IMPLICATIONS"),
        ("6. FINANCIAL IMPLICATIONS", "6.", "FINANCIAL IMPLICATIONS"),
        ("6. 0 FINANCIAL IMPLICATIONS", "6. 0", "FINANCIAL IMPLICATIONS"),
        ("10.0 LIST OF BACKGROUND PAPERS", "10.0", "LIST OF BACKGROUND PAPERS"),
        ("A. Summary", "A.", "Summary"),
        ("(a) Legal", "(a)", "Legal"),
        ("1) the contents", "1)", "the contents"),
        ("Part 2 Exempt information", "Part 2", "Exempt information"),
        ("A Healthy Halton", None, "A Healthy Halton"),
        ("Summary", None, "Summary"),
    ],
)
def test_split_number_separates_the_number_as_written(line, number, rest):
    assert split_number(line) == (number, rest)


def test_strip_markers_drops_bold_and_heading_markers():
    assert strip_markers("## **RISK ANALYSIS**:") == "RISK ANALYSIS:"


def test_normalise_treats_ampersand_plurals_and_apostrophes_alike():
    assert normalise("Children & Young People") == normalise("children and young people")
    assert normalise("Recommendation(s)") == normalise("Recommendations")
    assert normalise("Council's Priorities") == normalise("Councils priorities")
    assert normalise("Equalities") == normalise("Equality")


@pytest.mark.parametrize(
    ("line", "section_id"),
    [
        ("6. 0 FINANCIAL IMPLICATIONS:", "financial"),
        ("5. 0 **POLICY IMPLICATIONS**:", "policy"),
        ("9.0 **EQUALITY AND DIVERSITY ISSUES**:", "equality"),
        ("Recommendation(s):", "recommendations"),
        ("Decision(s) required", "recommendations"),
        ("What will it cost and how will it be financed?", "financial"),
        ("Legal Officer comments", "legal"),
        ("Public Sector Equality Duty", "equality"),
        ("Biodiversity and Climate Change", "climate"),
        ("Risk Management", "risk"),
        ("Consultation Results", "consultation"),
        ("Background documents", "background_papers"),
        ("Contribution to the Council's Core Purpose:", "council_priorities"),
        ("Implementation Date for the Decision", "implementation_date"),
    ],
)
def test_known_headings_are_matched_by_alias_whatever_the_numbering_and_case(
    vocab, line, section_id
):
    match = vocab.match(line, heading_like=True)
    assert match is not None
    assert match.id == section_id
    assert match.matched_by.startswith("alias")


def test_a_long_official_heading_is_background_papers(vocab):
    match = vocab.match(
        "10.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D OF THE LOCAL GOVERNMENT ACT 1972:",
        heading_like=True,
    )
    assert match is not None
    assert (match.id, match.number) == ("background_papers", "10.0")


def test_heading_and_text_on_one_line_give_the_rest(vocab):
    match = vocab.match("Equality Implications: None identified", heading_like=False)
    assert match is not None
    assert (match.id, match.heading, match.rest) == (
        "equality",
        "Equality Implications",
        "None identified",
    )
    match = vocab.match("2.0 RECOMMENDATION: That", heading_like=True)
    assert match is not None
    assert (match.id, match.rest, match.number) == ("recommendations", "That", "2.0")
    match = vocab.match("Impact on Children and Young People: No", heading_like=False)
    assert match is not None
    assert (match.id, match.rest) == ("children_young_people", "No")


def test_a_parenthetical_including_risk_covers_risk(vocab):
    match = vocab.match(
        "Alternative Options Considered and Rejected: (including any Risk Implications)",
        heading_like=True,
    )
    assert match is not None
    assert match.id == "alternative_options"
    assert match.covers == ["risk"]
    assert match.rest == ""


def test_a_descriptive_parenthetical_does_not_cover_other_sections(vocab):
    match = vocab.match(
        "Resource Implications (Financial, IT, Staffing and Assets):", heading_like=True
    )
    assert match is not None
    assert (match.id, match.covers) == ("resources", [])


def test_a_combined_heading_covers_every_section_it_names(vocab):
    match = vocab.match("Financial, Legal and Risk Implications", heading_like=True)
    assert match is not None
    assert match.id == "financial"
    assert match.covers == ["legal", "risk"]


def test_the_first_part_of_a_slashed_heading_decides(vocab):
    next_steps = vocab.match("5. Next Steps / Recommendations", heading_like=True)
    background = vocab.match("1. Introduction/Background", heading_like=True)
    assert next_steps is not None and background is not None
    assert (next_steps.id, next_steps.covers) == ("next_steps", [])
    assert background.id == "background"


def test_keywords_are_used_only_for_lines_that_look_like_headings(vocab):
    assert vocab.match("The recommendations within this report will", heading_like=False) is None
    match = vocab.match("OBSERVATIONS FROM THE MONITORING OFFICER", heading_like=True)
    assert match is not None
    assert match.id == "legal"
    assert match.matched_by.startswith("keyword")


def test_an_alias_followed_by_more_words_matches_only_heading_like_lines(vocab):
    assert vocab.match("Financial implications of the new contract", heading_like=False) is None
    match = vocab.match("Financial implications of the new contract", heading_like=True)
    assert match is not None
    assert match.id == "financial"
    assert match.matched_by.startswith("alias prefix")


def test_an_unknown_heading_like_line_is_other(vocab):
    match = vocab.match("2. Key Elements of the Review", heading_like=True)
    assert match is not None
    assert (match.id, match.matched_by, match.number) == ("other", "unrecognised", "2.")
    assert vocab.match("2. Key Elements of the Review", heading_like=False) is None


def test_a_sentence_with_a_colon_is_not_a_heading(vocab):
    assert vocab.match("The council resolved as follows: to approve", heading_like=False) is None


def test_the_vocabulary_is_built_once_per_spec():
    spec = load_spec("default")
    assert Vocabulary.from_spec(spec) is Vocabulary.from_spec(spec)


def test_a_council_spec_adds_its_own_headings():
    halton = Vocabulary.from_spec(load_spec("halton-executive-board"))
    match = halton.match("4.0 POLICY, LEGAL AND FINANCIAL IMPLICATIONS", heading_like=True)
    assert match is not None
    assert match.id == "policy"
