from rules_a_build import rec, report, run, sec

from reportkit.rules.equality_none import RULE


def _equality(text: str, recommendation: str = "Approve the closure of the depot.") -> list[str]:
    rep = report(
        sec("Equality Implications", text, id="equality"), recommendations=[rec(recommendation)]
    )
    return [h.message for h in run(RULE, rep)]


def test_bare_none_answers_on_a_service_change_are_flagged() -> None:
    for text in (
        "None",
        "None identified.",
        "N/A",
        "Not applicable",
        "There are no equality implications.",
        "No equality implications arising from this report",
    ):
        assert len(_equality(text)) == 1, text


def test_an_answer_with_a_reason_or_an_assessment_is_accepted() -> None:
    assert (
        _equality("None, because the change affects only internal IT systems used by staff.") == []
    )
    assert _equality("An equality impact assessment is attached at Appendix B.") == []
    assert _equality("Screening found no impact on any protected characteristic.") == []


def test_a_report_for_noting_is_not_flagged() -> None:
    assert _equality("None.", recommendation="Note the contents of the annual report.") == []


def test_a_change_named_only_in_the_summary_counts() -> None:
    rep = report(
        sec("Summary", "Options for transferring the service to a trust.", id="summary"),
        sec("Equality", "None identified", id="equality"),
    )
    assert len(run(RULE, rep)) == 1


def test_change_words_are_an_option() -> None:
    rep = report(sec("Equality", "None", id="equality"), recommendations=[rec("Approve the plan.")])
    assert run(RULE, rep, change_words=["close"]) == []


def test_decisions_that_keep_things_as_they_are_are_not_flagged() -> None:
    assert _equality("None", recommendation="Approve the minutes of the last meeting.") == []
    assert _equality("None identified", recommendation="Agree that charges stay unchanged.") == []
    assert _equality("None", recommendation="Agree that there is no change to opening hours.") == []


def test_a_report_for_noting_is_silent_whatever_its_summary_describes() -> None:
    rep = report(
        sec("Summary", "An update on the closure of the Elm Road site last year.", id="summary"),
        sec("Equality", "None", id="equality"),
        recommendations=[rec("That Cabinet note the update.")],
    )
    assert run(RULE, rep) == []


def test_climate_change_is_not_a_service_change() -> None:
    rep = report(
        sec("Summary", "The annual Climate Change Strategy progress report.", id="summary"),
        sec("Equality", "None", id="equality"),
    )
    assert run(RULE, rep) == []
