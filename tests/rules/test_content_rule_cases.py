"""Catalogue checks for the content and consistency rules (RK2xx, RK3xx), which read text
whatever its source: each has failing and passing data cases in both Markdown and
PDF-extracted text (the shared loader, tests/test_cases.py, runs them through the engine),
and its bad example fires while its good example is silent when the rule is called alone."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from reportkit.spec import load_spec

CASES = Path(__file__).resolve().parents[1] / "cases"
RULE_NAMES = [
    # consistency (rules-a)
    "key-decision-forward-plan",
    "exempt-paragraph",
    "climate-declaration",
    "paragraph-numbering",
    "recommendation-wording",
    "cross-reference",
    "stale-date",
    "name-variant",
    "undefined-acronym",
    "placeholder",
    # content and style (rules-b)
    "template-guidance",
    "heading-wording",
    "date-format",
    "report-length",
    "clearance-reference",
    "equality-none",
    "contact-officer",
    "readability",
    "plain-english",
]


@pytest.mark.parametrize("name", RULE_NAMES)
def test_the_rule_has_failing_and_passing_cases_in_both_formats(name: str) -> None:
    data = yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8"))
    assert data["rule"] == name
    kinds = {(c.get("format", "md"), bool(c["expect"])) for c in data["cases"]}
    assert kinds == {("md", True), ("md", False), ("txt", True), ("txt", False)}, name


@pytest.mark.parametrize("name", RULE_NAMES)
def test_the_bad_example_fires_and_the_good_one_is_silent(name: str) -> None:
    from reportkit.parse.markdown import read_text as read_md

    rule = importlib.import_module(f"reportkit.rules.{name.replace('-', '_')}").RULE
    assert rule.name == name
    spec = load_spec(rule.bad_spec or "default")
    options = rule.options(**spec.rule_options(rule.name))
    bad = read_md(rule.bad, "bad.md", spec).report
    good = read_md(rule.good, "good.md", spec).report
    assert list(rule.check(bad, spec, options)), f"{rule.name}: bad example is silent"
    assert list(rule.check(good, spec, options)) == [], f"{rule.name}: good example fires"
