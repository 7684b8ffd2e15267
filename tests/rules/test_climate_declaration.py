from rules_a_build import para, report, run, sec, table

from reportkit.rules.climate_declaration import RULE


def _climate(*blocks):
    return report(sec("Climate Emergency Implications", *blocks, id="climate"))


def test_exactly_one_yes_is_not_flagged() -> None:
    rows = [
        ["Have a positive impact", "No"],
        ["Have a neutral impact", "Yes"],
        ["Have a negative impact", "No"],
    ]
    assert run(RULE, _climate(table(rows))) == []


def test_two_yes_rows_are_flagged() -> None:
    rows = [
        ["Have a positive impact", "Yes"],
        ["Have a neutral impact", "Yes"],
        ["Have a negative impact", "No"],
    ]
    hits = run(RULE, _climate(table(rows)))
    assert len(hits) == 1 and "more than one" in hits[0].message


def test_no_yes_is_flagged_and_an_unfilled_template_is_named() -> None:
    text = "\n".join(f"Have a {k} impact\tYes/No" for k in ("positive", "neutral", "negative"))
    hits = run(RULE, _climate(para(text)))
    assert len(hits) == 1 and "not filled in" in hits[0].message


def test_tab_separated_lines_from_pdf_text_are_read() -> None:
    hits = run(
        RULE,
        _climate(
            para("Have a positive impact\tNo"),
            para("Have a neutral impact\tNo"),
            para("Have a negative impact\tNo"),
        ),
    )
    assert len(hits) == 1 and "does not mark any" in hits[0].message


def test_prose_about_impacts_is_not_a_table() -> None:
    text = "There will not be any positive or negative impact from the recommendations. Yes."
    assert run(RULE, _climate(para(text))) == []
