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


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_the_bad_example_fires_and_the_good_one_does_not(rule, tmp_path) -> None:  # type: ignore[no-untyped-def]
    spec = load_spec(rule.bad_spec or "default")
    if rule.formats == ("docx",):
        # Word-only rules: the examples are Word documents described in YAML (docs/word.md).
        bad = _lint_word(rule.bad, spec, tmp_path / "bad.docx", rule.code)
        good = _lint_word(rule.good, spec, tmp_path / "good.docx", rule.code)
    else:
        bad = [f for f in lint_text(rule.bad, spec=spec) if f.code == rule.code]
        good = [f for f in lint_text(rule.good, spec=spec) if f.code == rule.code]
    assert bad, f"{rule.name}: its bad example does not fire it"
    assert not good, f"{rule.name}: its good example fires it: {[f.message for f in good]}"


def _lint_word(example: str, spec, path: Path, code: str) -> list:  # type: ignore[no-untyped-def]
    import sys

    from reportkit.lint import lint_report
    from reportkit.parse import read_report

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from docx_build import build_docx  # type: ignore[import-not-found]

    report = read_report(build_docx(yaml.safe_load(example), path), spec).report
    return [f for f in lint_report(report, spec) if f.code == code]


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
