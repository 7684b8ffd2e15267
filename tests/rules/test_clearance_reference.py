from rules_a_build import report, run, sec

from reportkit.rules.clearance_reference import RULE


def _sections(financial: str, legal: str) -> list:
    return [
        sec("Financial Implications", financial, id="financial"),
        sec("Legal Implications", legal, id="legal"),
    ]


def test_off_by_default() -> None:
    assert run(RULE, report(*_sections("Costs £1m.", "Powers exist."))) == []


def test_missing_references_are_flagged_when_required() -> None:
    hits = run(RULE, report(*_sections("Costs £1m.", "Powers exist.")), required=True)
    assert [h.section for h in hits] == ["financial", "legal"]


def test_references_anywhere_satisfy_the_rule_unless_confined_to_the_section() -> None:
    rep = report(
        *_sections("Costs £1m.", "Powers exist."),
        sec("Consultation", "Consulted (FD123/24, LD456/24)."),
    )
    assert run(RULE, rep, required=True) == []
    assert len(run(RULE, rep, required=True, anywhere=False)) == 2


def test_the_council_format_is_an_option() -> None:
    rep = report(
        *_sections("Costs £1m (Fin Ref: F-2024-17).", "Powers exist (Legal Ref: L-2024-09).")
    )
    options = {
        "required": True,
        "financial_pattern": r"F-\d{4}-\d+",
        "legal_pattern": r"L-\d{4}-\d+",
    }
    assert run(RULE, rep, **options) == []
