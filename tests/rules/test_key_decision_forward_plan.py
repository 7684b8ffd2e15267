from rules_a_build import report, run, sec

from reportkit.rules.key_decision_forward_plan import RULE
from reportkit.spec import MetadataFieldSpec, Spec


def test_a_key_decision_not_on_the_forward_plan_is_flagged() -> None:
    hits = run(
        RULE, report(sec("Summary", "A contract award."), key_decision=True, forward_plan=False)
    )
    assert len(hits) == 1
    assert "not included in the Forward Plan" in hits[0].message


def test_a_key_decision_on_the_forward_plan_is_not_flagged() -> None:
    assert run(RULE, report(key_decision=True, forward_plan=True)) == []


def test_the_general_exception_wording_anywhere_satisfies_the_rule() -> None:
    rep = report(
        sec("Urgency", "The General Exception procedure (Rule 15) has been followed."),
        key_decision=True,
        forward_plan=False,
    )
    assert run(RULE, rep) == []


def test_special_urgency_wording_satisfies_the_rule() -> None:
    rep = report(
        sec("Background", "This is a case of special urgency."),
        key_decision=True,
        forward_plan=False,
    )
    assert run(RULE, rep) == []


def test_a_decision_that_is_not_key_is_never_flagged() -> None:
    assert run(RULE, report(key_decision=False, forward_plan=False)) == []
    assert run(RULE, report()) == []


def test_an_undeclared_forward_plan_for_a_key_decision_is_flagged() -> None:
    hits = run(RULE, report(sec("Summary", "A contract award."), key_decision=True))
    assert len(hits) == 1
    assert "does not say whether" in hits[0].message


def test_an_undeclared_forward_plan_is_left_to_missing_metadata_when_the_spec_requires_it() -> None:
    spec = Spec(name="s", metadata=[MetadataFieldSpec(field="forward_plan", required=True)])
    assert run(RULE, report(key_decision=True), spec) == []


def test_a_body_mention_of_the_forward_plan_keeps_the_rule_silent() -> None:
    rep = report(
        sec("Summary", "This decision appears on the Forward Plan for March."), key_decision=True
    )
    assert run(RULE, rep) == []
