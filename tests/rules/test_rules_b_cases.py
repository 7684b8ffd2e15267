"""Catalogue checks for the rules-b rules: each has failing and passing data cases in both
formats (the shared loader, tests/test_cases.py, runs them through the engine), and its bad
example fires while its good example is silent."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from reportkit.spec import load_spec

CASES = Path(__file__).resolve().parents[1] / "cases"
MODULES = {
    "template-guidance": "template_guidance",
    "heading-wording": "heading_wording",
    "date-format": "date_format",
    "report-length": "report_length",
    "clearance-reference": "clearance_reference",
    "equality-none": "equality_none",
    "contact-officer": "contact_officer",
    "readability": "readability",
    "plain-english": "plain_english",
}


def test_every_rules_b_rule_has_failing_and_passing_cases_in_both_formats() -> None:
    for name in MODULES:
        data = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
        assert data["rule"] == name
        kinds = {(c.get("format", "md"), bool(c["expect"])) for c in data["cases"]}
        assert kinds == {("md", True), ("md", False), ("txt", True), ("txt", False)}, name


@pytest.mark.parametrize("module", list(MODULES.values()))
def test_the_bad_example_fires_and_the_good_one_is_silent(module: str) -> None:
    from reportkit.parse.markdown import read_text as read_md

    rule = importlib.import_module(f"reportkit.rules.{module}").RULE
    spec = load_spec(rule.bad_spec or "default")
    options = rule.options(**spec.rule_options(rule.name))
    bad = read_md(rule.bad, "bad.md", spec).report
    good = read_md(rule.good, "good.md", spec).report
    assert list(rule.check(bad, spec, options)), f"{rule.name}: bad example is silent"
    assert list(rule.check(good, spec, options)) == [], f"{rule.name}: good example fires"
