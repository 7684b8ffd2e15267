from rules_a_build import appendix, para, report, run, sec

from reportkit.rules.cross_reference import RULE


def _numbered(*texts: str):
    return sec("Background", *(para(t, f"1.{i}") for i, t in enumerate(texts, 1)), number="1.")


def test_an_appendix_mentioned_but_not_listed_is_flagged() -> None:
    rep = report(
        sec("Summary", "Details are in Appendix A and Appendix B."),
        sec("Appendices", "Appendix A - Plan", id="appendices"),
        appendices=[appendix("A", "Plan")],
    )
    hits = run(RULE, rep)
    assert len(hits) == 1 and "Appendix B" in hits[0].message


def test_lists_of_appendices_are_split() -> None:
    rep = report(
        sec("Summary", "See Appendices A, B and C."), appendices=[appendix("A"), appendix("B")]
    )
    hits = run(RULE, rep)
    assert [h.message[:10] for h in hits] == ["Appendix C"]


def test_another_documents_appendix_is_not_a_reference() -> None:
    rep = report(sec("Summary", "As set out in Appendix 2 of the Cabinet report of June 2022."))
    assert run(RULE, rep) == []


def test_a_listed_appendix_never_mentioned_is_flagged_only_when_asked() -> None:
    rep = report(sec("Summary", "No references."), appendices=[appendix("A", "Plan")])
    assert run(RULE, rep) == []
    hits = run(RULE, rep, unreferenced_appendices=True)
    assert len(hits) == 1 and "never refers" in hits[0].message


def test_a_reference_to_a_missing_paragraph_is_flagged() -> None:
    rep = report(_numbered("See paragraph 1.3.", "Text.", "Text.", "See paragraph 1.7."))
    hits = run(RULE, rep)
    assert len(hits) == 1 and "paragraph 1.7" in hits[0].message


def test_paragraph_references_are_not_checked_when_paragraphs_are_not_numbered() -> None:
    rep = report(sec("Background", "See paragraph 3.4 for details."))
    assert run(RULE, rep) == []


def test_schedule_12a_paragraphs_and_other_documents_are_not_references() -> None:
    rep = report(
        _numbered(
            "Exempt under paragraph 3 of Part 1 of Schedule 12A.",
            "See paragraph 4.2 of the statutory guidance.",
            "Text.",
        )
    )
    assert run(RULE, rep) == []


def test_without_any_list_of_appendices_mentions_are_left_to_missing_section() -> None:
    assert run(RULE, report(sec("Summary", "Details are in Appendix A."))) == []


def test_background_papers_name_other_documents_appendices() -> None:
    rep = report(
        sec("Summary", "See Appendix A."),
        sec(
            "Background Papers",
            "Cabinet report of 12 June 2023, Appendix C",
            id="background_papers",
        ),
        appendices=[appendix("A", "Plan")],
    )
    assert run(RULE, rep) == []
