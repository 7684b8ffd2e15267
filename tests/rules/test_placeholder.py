from rules_a_build import report, run, sec

from reportkit.rules.placeholder import RULE


def _found(*texts: str, **options) -> list[str]:
    return [h.message.split("'")[1] for h in run(RULE, report(sec("B", *texts)), **options)]


def test_common_placeholders_are_flagged() -> None:
    assert _found("The cost is £XX.") == ["£XX"]
    assert _found("Date TBC.") == ["TBC"]
    assert _found("[Insert name of officer]") == ["[Insert name of officer]"]
    assert _found("Lorem ipsum dolor sit amet.") == ["Lorem ipsum"]
    assert _found("Dear {{ name }}, {% if x %}") == ["{{ name }}", "{% if x %}"]
    assert _found("Meeting on DD/MM/YYYY.") == ["DD/MM/YYYY"]
    assert _found("Saving of £x.xm expected.") == ["£x.xm"]


def test_ordinary_text_is_not_a_placeholder() -> None:
    assert _found("The XXL event, Exxon, TBCs and 2xx codes; £10,000 is agreed.") == []
    assert _found("We will insert a new clause [see paragraph 4].") == []


def test_extra_patterns_come_from_options() -> None:
    assert _found("Officer: NAME HERE", extra=[r"NAME HERE"]) == ["NAME HERE"]
