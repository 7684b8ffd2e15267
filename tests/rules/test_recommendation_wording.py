from rules_a_build import rec, report, run, sec

from reportkit.rules.recommendation_wording import RULE
from reportkit.spec import SectionSpec, Spec

REASONS_REQUIRED = Spec(
    name="s", sections=[SectionSpec(id="reasons", title="Reasons", required=True)]
)


def _run(recs, *sections, spec=REASONS_REQUIRED, **options):
    return run(RULE, report(*sections, recommendations=recs), spec, **options)


def test_decision_verbs_and_lead_ins_are_accepted() -> None:
    recs = [
        rec("Note that the review was completed early;", "(1)"),
        rec("Approve the recommendation that decisions are delegated;", "(2)"),
        rec("the contents of the report are noted; and", "1)"),
        rec("Halton continue with its current method of operation.", "2)"),
        rec("That the Executive Board approves the revised policy.", "3)"),
        rec("Cabinet is recommended to agree the fees.", "4)"),
        rec("That the budget be approved.", "5)"),
    ]
    assert _run(recs) == []


def test_a_recommendation_without_a_decision_verb_is_flagged() -> None:
    hits = _run(
        [rec("The new charging policy from April 2024.", "(1)"), rec("Approve the fees.", "(2)")]
    )
    assert len(hits) == 1 and "Recommendation (1)" in hits[0].message


def test_several_unnumbered_recommendations_are_flagged_once() -> None:
    hits = _run([rec("Approve the fees."), rec("Note the risks.")])
    assert len(hits) == 1 and "not numbered" in hits[0].message


def test_a_single_unnumbered_recommendation_is_fine() -> None:
    assert _run([rec("Approve the fees.")]) == []


def test_a_lead_in_line_ending_with_a_colon_is_not_a_recommendation() -> None:
    assert _run([rec("Cabinet is recommended to:"), rec("Approve the fees.")]) == []


def test_a_reference_to_an_option_that_does_not_exist_is_flagged() -> None:
    options = sec(
        "Alternative options",
        "Option 1 keeps the service. Option 2 closes it.",
        id="alternative_options",
    )
    hits = _run([rec("Approve Option 4.", "(1)"), rec("Note Option 2.", "(2)")], options)
    assert len(hits) == 1 and "Option 4" in hits[0].message


def test_missing_reasons_are_reported_only_when_the_spec_does_not_require_them() -> None:
    recs = [rec("Approve the fees.")]
    assert _run(recs) == []
    hits = _run(recs, spec=Spec(name="loose"))
    assert len(hits) == 1 and "reasons" in hits[0].message


def test_extra_verbs_can_be_added_by_option() -> None:
    recs = [rec("Ringfence the grant.", "(1)")]
    assert len(_run(recs)) == 1
    assert _run(recs, extra_verbs=["ringfence"]) == []
