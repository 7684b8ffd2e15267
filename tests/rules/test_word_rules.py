"""Word-only rules (``formats=("docx",)``): their bad and good examples are Word documents
described in YAML (see ``tests/docx_build.py``), since Markdown cannot hold tracked changes,
comments or hidden text. Built here, the bad one must fire and the good one stay silent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from reportkit.parse import read_report
from reportkit.rules import RULES
from reportkit.rules.base import Rule
from reportkit.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_build import build_docx

WORD_RULES = [r for r in RULES if r.formats == ("docx",)]


def hits(rule: Rule, example: str, tmp_path: Path, name: str) -> list[str]:
    spec = load_spec(rule.bad_spec or "default")
    path = build_docx(yaml.safe_load(example), tmp_path / f"{name}.docx")
    report = read_report(path, spec).report
    options = rule.options.model_validate(spec.rule_options(rule.name))
    return [h.message for h in rule.check(report, spec, options)]


def test_the_word_only_rules_are_registered_with_codes_in_their_blocks() -> None:
    codes = {r.code for r in WORD_RULES}
    assert {"RK401", "RK402", "RK403", "RK404", "RK405"} <= codes
    assert {"RK451", "RK452", "RK453", "RK454", "RK455", "RK456"} <= codes


@pytest.mark.parametrize("rule", WORD_RULES, ids=lambda r: r.name)
def test_the_bad_word_example_fires_and_the_good_one_is_silent(rule: Rule, tmp_path: Path) -> None:
    assert rule.why.strip() and rule.bad.strip() and rule.good.strip()
    assert hits(rule, rule.bad, tmp_path, "bad"), f"{rule.name}: bad example did not fire"
    assert hits(rule, rule.good, tmp_path, "good") == []


@pytest.mark.parametrize("rule", WORD_RULES, ids=lambda r: r.name)
def test_word_only_rules_are_silent_on_reports_from_other_formats(rule: Rule) -> None:
    from reportkit.parse.markdown import read_text

    spec = load_spec("default")
    report = read_text("# Summary\n\nThe hours change.\n", "report.md", spec).report
    assert report.word is None
    assert list(rule.check(report, spec, rule.options())) == []
