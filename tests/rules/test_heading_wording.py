from rules_a_build import report, run, sec

from reportkit.rules.heading_wording import RULE
from reportkit.spec import SectionSpec, Spec

FIXED = Spec(
    name="t",
    headings_fixed=True,
    sections=[SectionSpec(id="financial", title="Financial Implications")],
)


def test_a_renamed_heading_is_flagged_only_when_headings_are_fixed() -> None:
    rep = report(sec("Finance", "Costs.", id="financial"))
    assert len(run(RULE, rep, FIXED)) == 1
    assert run(RULE, rep, FIXED.model_copy(update={"headings_fixed": False})) == []


def test_case_numbering_and_colon_are_ignored_by_default() -> None:
    rep = report(sec("6.0 FINANCIAL IMPLICATIONS:", "Costs.", id="financial"))
    assert run(RULE, rep, FIXED) == []
    assert len(run(RULE, rep, FIXED, ignore_case=False)) == 1


def test_unrecognised_headings_are_not_judged() -> None:
    assert run(RULE, report(sec("Revenue costs", "x", id="other")), FIXED) == []
