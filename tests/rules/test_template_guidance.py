from rules_a_build import report, run, sec

from reportkit.rules.template_guidance import RULE


def _found(text: str, **options: object) -> list[str]:
    return [h.message.split("'")[1] for h in run(RULE, report(sec("B", text)), **options)]


def test_bracketed_prompts_and_guidance_phrases_are_flagged() -> None:
    assert _found("[Report title]") == ["[Report title]"]
    assert _found("Insert the date in full.") == ["Insert the date in full"]
    assert _found("Guidance: say why. [Yes/No]") == ["Guidance:", "[Yes/No]"]


def test_brackets_that_are_not_prompts_are_left_alone() -> None:
    assert _found("[2013] EWCA Civ 1345; [1]; [sic]; the authority [the Council]; [a]") == []


def test_insert_prompts_are_left_to_the_placeholder_rule() -> None:
    assert _found("[Insert name of officer]") == []


def test_a_council_adds_its_own_phrases() -> None:
    assert _found("Author to complete.", phrases=["author to complete"]) == ["Author to complete"]


def test_editorial_insertions_in_quotations_are_left_alone() -> None:
    text = 'The Act says "the authority [the council\'s name for the committee] must decide".'
    assert _found(text) == []
    assert _found("Decision [Date of meeting]") == ["[Date of meeting]"]
