from rules_a_build import para, report, run, sec

from reportkit.rules.readability import RULE, scores, syllables
from reportkit.scoring_text import scoring_sentences


def test_syllables_are_roughly_right_for_common_words() -> None:
    counts = {
        "council": 2,
        "the": 1,
        "implications": 4,
        "decision": 3,
        "table": 2,
        "approved": 2,
        "make": 1,
    }
    assert {w: syllables(w) for w in counts} == counts


def test_pdf_lines_wrapped_mid_sentence_are_joined() -> None:
    rep = report(
        sec(
            "B",
            "The council has decided to go ahead with\n"
            "the changes that residents asked for in the\n"
            "consultation last year.",
        )
    )
    sentences = scoring_sentences(rep)
    assert len(sentences) == 1 and sentences[0].words == 19


def test_list_items_headings_and_tables_are_not_run_together() -> None:
    rep = report(
        sec(
            "B",
            para("opening hours at branch libraries", kind="list_item"),
            para("the mobile library route and timetable", kind="list_item"),
            "A\tB\nC\tD",
        )
    )
    assert [s.words for s in scoring_sentences(rep)] == [5, 6]


def test_scores_are_clamped_to_a_sensible_range() -> None:
    rep = report(sec("B", " ".join(["incomprehensibility"] * 300) + "."))
    ease, grade = scores(scoring_sentences(rep))
    assert ease == -20 and grade == 30


def test_ordinary_council_prose_passes_the_default_thresholds() -> None:
    text = (
        "The council runs six libraries. Each one opens five days a week. "
        "Visits fell by a tenth last year. The review asked residents what they want. "
        "Most asked for longer opening hours on Saturdays."
    )
    assert run(RULE, report(sec("B", text))) == []


def test_too_few_sentences_are_not_scored() -> None:
    rep = report(sec("B", "Institutional rationalisation necessitates prioritisation."))
    assert run(RULE, rep, min_reading_ease=90) == []
