from rules_a_build import loc, report, run

from reportkit.model import ContactOfficer
from reportkit.rules.contact_officer import RULE, valid_phone


def _messages(**fields: str | None) -> list[str]:
    rep = report()
    rep.contact_officer = ContactOfficer(location=loc(), **fields)
    return [h.message for h in run(RULE, rep)]


def test_uk_phone_formats_are_accepted() -> None:
    for number in (
        "0151 934 3329",
        "01234 567890",
        "+44 1234 567890",
        "+44 (0)151 934 3329",
        "Tel: 020 7946 0000",
        "07700 900123",
        "0300 123 4567 ext 22",
    ):
        assert valid_phone(number), number


def test_short_or_foreign_looking_numbers_are_rejected() -> None:
    for number in ("01234 5678", "12345", "Ext 3329", "+1 555 123 4567"):
        assert not valid_phone(number), number


def test_complete_details_are_silent() -> None:
    assert _messages(name="Priya Shah", phone="01234 567890", email="p.shah@example.gov.uk") == []


def test_each_missing_or_invalid_detail_is_named() -> None:
    messages = _messages(name=None, phone="01234 5678", email="p.shah@example")
    assert messages == [
        "The contact officer is not named.",
        "The contact officer's email address 'p.shah@example' is not valid.",
        "The contact officer's telephone number '01234 5678' is not a valid UK number.",
    ]


def test_no_contact_officer_is_left_to_missing_section() -> None:
    assert run(RULE, report()) == []


def test_a_council_that_publishes_no_phone_numbers_can_say_so() -> None:
    rep = report()
    rep.contact_officer = ContactOfficer(location=loc(), name="P Shah", email="p@x.gov.uk")
    assert run(RULE, rep, require_phone=False) == []
