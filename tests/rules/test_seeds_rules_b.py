"""The rules-b acceptance on the two real reports (PDF-extracted text) in the shared seeds.

The seeds are not part of the repository; the tests skip, saying why, when they are absent.
"""

from __future__ import annotations

from functools import cache

import pytest
from helpers import seed_path

from reportkit.findings import Hit
from reportkit.model import Report
from reportkit.parse.text import read_text
from reportkit.rules import (
    clearance_reference,
    contact_officer,
    date_format,
    equality_none,
    heading_wording,
    plain_english,
    readability,
    report_length,
    template_guidance,
)
from reportkit.rules.base import Rule
from reportkit.scoring_text import scoring_sentences
from reportkit.spec import load_spec

SPECS = {"000": "halton-executive-board", "002": "sefton-cabinet"}


@cache
def _read(prefix: str, spec_name: str) -> Report:
    path = seed_path(prefix)
    return read_text(path.read_text(encoding="utf-8"), str(path), load_spec(spec_name)).report


def _hits(rule: Rule, prefix: str, spec_name: str | None = None) -> list[Hit]:
    spec_name = spec_name or SPECS[prefix]
    spec = load_spec(spec_name)
    options = rule.options(**spec.rule_options(rule.name))
    return list(rule.check(_read(prefix, spec_name), spec, options))


def test_halton_bare_none_identified_equality_on_a_transfer_options_report_is_flagged() -> None:
    for spec_name in ("default", "halton-executive-board"):
        hits = _hits(equality_none.RULE, "000", spec_name)
        assert len(hits) == 1
        assert "None identified" in hits[0].message and hits[0].section == "equality"


def test_sefton_equality_statement_with_a_reason_is_not_flagged() -> None:
    assert _hits(equality_none.RULE, "002") == []


def test_sefton_clearance_references_satisfy_its_spec() -> None:
    assert load_spec("sefton-cabinet").rule_options("clearance-reference")["required"] is True
    assert _hits(clearance_reference.RULE, "002") == []


def test_sefton_without_its_references_would_be_flagged() -> None:
    report = _read("002", "sefton-cabinet").model_copy(deep=True)
    for section in report.sections:
        for block in section.blocks:
            block.text = block.text.replace("FD7424/23", "").replace("LD5624/23", "")
    spec = load_spec("sefton-cabinet")
    rule = clearance_reference.RULE
    hits = list(rule.check(report, spec, rule.options(**spec.rule_options(rule.name))))
    assert [h.section for h in hits] == ["financial", "legal"]


def test_sefton_contact_officer_details_are_valid() -> None:
    assert _read("002", "sefton-cabinet").contact_officer is not None
    assert _hits(contact_officer.RULE, "002") == []


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_the_seeds_have_no_template_guidance_or_badly_written_dates(prefix: str) -> None:
    for rule in (template_guidance.RULE, date_format.RULE, report_length.RULE):
        assert _hits(rule, prefix) == [], rule.name
        assert _hits(rule, prefix, "default") == [], rule.name


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_the_seeds_headings_pass_when_headings_are_not_fixed(prefix: str) -> None:
    assert _hits(heading_wording.RULE, prefix) == []


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_the_seeds_never_produce_absurd_readability_scores(prefix: str) -> None:
    report = _read(prefix, SPECS[prefix])
    sentences = scoring_sentences(report)
    assert len(sentences) > 30
    ease, grade = readability.scores(sentences)
    assert 10 <= ease <= 70 and 8 <= grade <= 20, (ease, grade)
    by_section: dict[int, list] = {}
    for s in sentences:
        by_section.setdefault(id(s.section), []).append(s)
    for group in by_section.values():
        if len(group) >= 5:
            ease, grade = readability.scores(group)
            assert -20 < ease < 100 and 0 < grade < 30, (group[0].section, ease, grade)
    assert max(s.words for s in sentences) < 80  # sentence repair worked: no run-ons


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_the_seeds_only_long_sentences_are_reported_by_readability(prefix: str) -> None:
    hits = _hits(readability.RULE, prefix)
    assert hits and all(h.message.startswith("A sentence of ") for h in hits)


def test_halton_wordy_phrases_are_reported_as_plain_english_suggestions() -> None:
    messages = [h.message for h in _hits(plain_english.RULE, "000")]
    assert "Use 'because' rather than 'Due to the fact that'." in messages
    assert "Use 'now' rather than 'at this moment in time'." in messages
