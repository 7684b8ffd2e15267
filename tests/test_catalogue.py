"""Meta-tests over the rule catalogue: every rule is documented, has data cases, and its
own bad example fires it while its good example does not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from reportkit.lint import lint_text
from reportkit.rules import RULES, UnknownRuleError, get_rule, matches
from reportkit.spec import load_spec

CASES = Path(__file__).resolve().parent / "cases"
IDS = [rule.name for rule in RULES]


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [r.code for r in RULES]
    names = [n for r in RULES for n in (r.name, *r.aliases)]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"RK\d{3}", rule.code), rule.code
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", rule.name), rule.name


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_rule_is_documented(rule) -> None:  # type: ignore[no-untyped-def]
    for attr in ("summary", "why", "bad", "good"):
        assert getattr(rule, attr).strip(), f"{rule.name} has no {attr}"
    assert rule.code in rule.explain() and rule.why.split()[0] in rule.explain()


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_rule_has_failing_and_passing_cases(rule) -> None:  # type: ignore[no-untyped-def]
    path = CASES / f"{rule.name}.yaml"
    assert path.is_file(), f"no data cases for {rule.name} ({path.name})"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["rule"] == rule.name
    outcomes = {bool(case.get("expect")) for case in data["cases"]}
    assert outcomes == {True, False}, f"{rule.name} needs a failing and a passing case"


# Word-only rules describe their examples as Word documents to build; those are exercised by
# tests/rules/test_word_rules.py.
TEXT_RULES = [r for r in RULES if r.formats != ("docx",)]


@pytest.mark.parametrize("rule", TEXT_RULES, ids=[r.name for r in TEXT_RULES])
def test_the_bad_example_fires_and_the_good_one_does_not(rule) -> None:  # type: ignore[no-untyped-def]
    spec = load_spec(rule.bad_spec or "default")
    bad = [f for f in lint_text(rule.bad, spec=spec) if f.code == rule.code]
    good = [f for f in lint_text(rule.good, spec=spec) if f.code == rule.code]
    assert bad, f"{rule.name}: its bad example does not fire it"
    assert not good, f"{rule.name}: its good example fires it: {[f.message for f in good]}"


def test_rules_are_found_by_code_name_or_alias_in_any_case() -> None:
    assert get_rule("rk101").name == "missing-section"
    assert get_rule("Missing-Section").code == "RK101"
    with pytest.raises(UnknownRuleError, match="unknown rule 'RK999'"):
        get_rule("RK999")


def test_selectors_match_prefixes_and_families_but_not_fragments() -> None:
    rule = get_rule("missing-section")
    assert matches(rule, "RK1") and matches(rule, "rk10") and matches(rule, "missing")
    assert matches(rule, "ALL")
    assert not matches(rule, "RK2") and not matches(rule, "miss") and not matches(rule, "RK")
