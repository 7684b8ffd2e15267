import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rules_a_build import report, run, sec

from reportkit.rules.date_format import _DIGITS_JOINED, RULE


def _dates(text: str, **options: object) -> list[str]:
    return [h.message.split("'")[1] for h in run(RULE, report(sec("B", text)), **options)]


def test_numeric_and_abbreviated_dates_are_flagged() -> None:
    assert _dates("On 17/09/21 and on 17.9.21, then 4 Jan 2024 and Sept 21.") == [
        "17/09/21",
        "17.9.21",
        "4 Jan 2024",
        "Sept 21",
    ]


def test_the_full_form_is_suggested_day_first() -> None:
    hits = run(RULE, report(sec("B", "Closed 04/01/2024.")))
    assert "write '4 January 2024'" in hits[0].message


def test_things_that_look_like_dates_are_not_flagged() -> None:
    text = (
        "The 2023/24 budget, ref FD7424/23, at 17.30; paragraph 3.10.21; see 3.1.12; "
        "version 1.2.22; 31/02/2024 is no date; 17 September 2021 is fine."
    )
    assert _dates(text) == []


def test_the_check_can_be_turned_off() -> None:
    assert _dates("On 17/09/21.", enabled=False) == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="1/.-a \u0661\n9", max_size=10))
def test_joined_digits_are_found_where_the_plain_pattern_finds_them(text: str) -> None:
    plain = re.compile(r"\d[/.\-]\d")
    assert bool(_DIGITS_JOINED.search(text)) == bool(plain.search(text))
