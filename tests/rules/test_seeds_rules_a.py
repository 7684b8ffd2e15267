"""The rules-a acceptance on the two real reports (PDF-extracted text) in the shared seeds.

The seeds are not part of the repository; the tests skip, saying why, when they are absent.
"""

from __future__ import annotations

from functools import cache

from helpers import seed_path

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.parse.text import read_text
from reportkit.rules import climate_declaration as climate
from reportkit.rules import exempt_paragraph as exempt
from reportkit.rules import key_decision_forward_plan as key_decision
from reportkit.rules import name_variant, paragraph_numbering, stale_date, undefined_acronym
from reportkit.rules.base import Rule
from reportkit.spec import load_spec


@cache
def _read(prefix: str) -> Report:
    path = seed_path(prefix)
    return read_text(path.read_text(encoding="utf-8"), str(path), load_spec("default")).report


def _hits(rule: Rule, prefix: str) -> list[Hit]:
    report = _read(prefix)
    spec = load_spec("default")
    options = rule.options(**spec.rule_options(rule.name))
    return list(rule.check(report, spec, options))


def _messages(rule: Rule, prefix: str) -> list[str]:
    return [h.message for h in _hits(rule, prefix)]


def test_sefton_name_variants_new_directors_and_new_direction_are_flagged() -> None:
    messages = _messages(name_variant.RULE, "002")
    assert any("'Sefton New Directors'" in m for m in messages)
    assert any("'Sefton New Direction'" in m for m in messages)
    assert all("Sefton New Directions" in m for m in messages)


def test_sefton_numbering_jump_at_3_1_is_flagged() -> None:
    hits = _hits(paragraph_numbering.RULE, "002")
    assert len(hits) == 1
    assert "3.1" in hits[0].message and "heading 2" in hits[0].message


def test_sefton_consultation_planned_for_november_and_december_is_flagged() -> None:
    messages = _messages(stale_date.RULE, "002")
    assert len(messages) == 1
    assert "November and December" in messages[0] and "4 January 2024" in messages[0]


def test_sefton_undefined_nd_is_flagged_and_defined_acronyms_are_not() -> None:
    messages = _messages(undefined_acronym.RULE, "002")
    assert [m.split()[2] for m in messages] == ["ND"]


def test_sefton_key_decision_exempt_appendix_and_climate_table_are_not_flagged() -> None:
    report = _read("002")
    # the facts the rules rely on were read, so silence is not vacuous
    assert report.metadata.key_decision is True and report.metadata.forward_plan is True
    assert report.metadata.exempt in ("part", "no") and "Schedule 12A" in (
        report.metadata.exempt_text or ""
    )
    assert _hits(key_decision.RULE, "002") == []
    assert _hits(exempt.RULE, "002") == []
    assert climate._table_rows(report), "the climate table was not found"
    assert _hits(climate.RULE, "002") == []


def test_halton_undefined_hbc_las_and_ccg_are_flagged() -> None:
    messages = _messages(undefined_acronym.RULE, "000")
    assert sorted(m.split()[2] for m in messages) == ["CCG", "HBC", "LA"]


def test_halton_mixed_heading_numbers_are_flagged() -> None:
    messages = _messages(paragraph_numbering.RULE, "000")
    numbers = sorted(m.split("'")[3] for m in messages if "numbered '" in m)
    assert numbers == ["4.", "5. 0", "6. 0"]
    assert len(messages) == 3
