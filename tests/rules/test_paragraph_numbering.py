from rules_a_build import para, report, run, sec

from reportkit.rules.paragraph_numbering import RULE


def test_a_paragraph_numbered_for_another_heading_is_flagged_once() -> None:
    rep = report(
        sec("Introduction", para("A", "1.1"), para("B", "1.2"), number="1."),
        sec("Key Elements of the Review", para("C", "3.1."), number="2."),
        sec("Findings", para("D", "4.1."), para("E", "4.2."), number="4."),
    )
    hits = run(RULE, rep)
    assert len(hits) == 1
    assert "3.1" in hits[0].message and "heading 2" in hits[0].message


def test_mixed_heading_number_styles_flag_the_odd_ones_out() -> None:
    rep = report(
        sec("Purpose", para("a", "1.1"), number="1.0"),
        sec("Recommendation", number="2.0"),
        sec("Supporting information", para("b", "3.1"), number="3.0"),
        sec("Recommendation", para("c", "4.1"), number="4."),
        sec("Policy implications", number="5. 0"),
        sec("Financial implications", number="6. 0"),
        sec("Risk", number="7.0"),
    )
    hits = run(RULE, rep)
    assert sorted(h.message.split("'")[3] for h in hits) == ["4.", "5. 0", "6. 0"]


def test_a_gap_and_a_duplicate_in_paragraph_numbers_are_flagged() -> None:
    rep = report(
        sec(
            "Background",
            para("a", "2.1"),
            para("b", "2.2"),
            para("c", "2.4"),
            para("d", "2.4"),
            number="2.",
        ),
    )
    messages = [h.message for h in run(RULE, rep)]
    assert len(messages) == 2
    assert "2.3 is missing" in messages[0] and "used twice" in messages[1]


def test_numbers_left_at_the_start_of_the_text_are_read() -> None:
    rep = report(
        sec("Background", "1.1 The service.", "1.2 The review.", "1.4 The plan.", number="1.")
    )
    hits = run(RULE, rep)
    assert len(hits) == 1 and "1.4 follows 1.2" in hits[0].message


def test_consecutive_numbering_through_the_report_is_accepted() -> None:
    rep = report(
        sec("Summary", para("a", "1."), para("b", "2.")),
        sec("Background", para("c", "3."), para("d", "4."), para("e", "5.")),
        sec("Finance", para("f", "6."), para("list", "1."), para("list", "2."), para("g", "7.")),
    )
    assert run(RULE, rep) == []


def test_a_gap_in_consecutive_numbering_is_flagged() -> None:
    rep = report(sec("Summary", *(para("x", f"{n}.") for n in (1, 2, 3, 5, 6))))
    hits = run(RULE, rep)
    assert len(hits) == 1 and "Paragraph 5 follows paragraph 3" in hits[0].message


def test_recommendation_numbers_and_letters_are_not_paragraph_numbers() -> None:
    rep = report(
        sec(
            "Recommendations",
            para("Approve", "(1)"),
            para("Note", "(2)"),
            para("x", "(a)"),
            id="recommendations",
            number="2.",
        ),
        sec("Background", para("a", "3.1"), para("b", "3.2"), para("c", "3.3"), number="3."),
    )
    assert run(RULE, rep) == []


def test_plain_list_numbers_inside_a_dotted_report_are_ignored() -> None:
    rep = report(
        sec(
            "Background",
            para("a", "1.1"),
            para("b", "1.2"),
            para("i", "1."),
            para("j", "2."),
            para("c", "1.3"),
            number="1.",
        ),
    )
    assert run(RULE, rep) == []


def test_a_skipped_heading_number_is_flagged() -> None:
    rep = report(sec("A", number="1."), sec("B", number="2."), sec("C", number="4."))
    hits = run(RULE, rep)
    assert len(hits) == 1 and "no heading 3" in hits[0].message


def test_appendix_numbering_restarts_without_findings() -> None:
    rep = report(
        sec("Background", para("a", "1.1"), para("b", "1.2"), number="1."),
        sec("Finance", para("c", "2.1"), number="2."),
        sec("Appendix A - Review", para("d", "1.1"), para("e", "1.2")),
    )
    assert run(RULE, rep) == []


def test_quantities_at_the_start_of_a_paragraph_are_not_numbers() -> None:
    rep = report(
        sec(
            "Background",
            "1.1 Text.",
            "1.2 Text.",
            "1.5 million people live here.",
            "1.3 Text.",
            number="1.",
        )
    )
    assert run(RULE, rep) == []


def test_an_unrecognised_sub_heading_keeps_the_numbered_section_open() -> None:
    rep = report(
        sec("Background", para("a", "2.1"), para("b", "2.2"), number="2."),
        sec("Options", para("c", "3.1")),
        sec("Finance", para("d", "3.2"), number="3."),
    )
    hits = run(RULE, rep)
    assert len(hits) == 1 and "3.1 sits under heading 2" in hits[0].message
