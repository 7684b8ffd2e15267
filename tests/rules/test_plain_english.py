from rules_a_build import report, run, sec

from reportkit.rules.plain_english import RULE


def _found(text: str, **options: object) -> list[str]:
    return [h.message for h in run(RULE, report(sec("B", text)), **options)]


def test_listed_words_are_flagged_with_their_plain_form() -> None:
    assert _found("We will utilise it prior to April.") == [
        "Use 'use' rather than 'utilise'.",
        "Use 'before' rather than 'prior to'.",
    ]


def test_a_phrase_wrapped_over_lines_is_found() -> None:
    assert _found("funding in order\nto start") == ["Use 'to' rather than 'in order to'."]


def test_extra_and_ignored_entries_are_options() -> None:
    assert _found("We will utilise it.", ignore=["utilise"]) == []
    assert _found("Members are asked to action this.", extra={"action": "do"}) == [
        "Use 'do' rather than 'action'."
    ]


def test_legal_terms_of_art_are_not_flagged() -> None:
    assert _found("The Commencement Order allows the council to terminate the lease.") == []
