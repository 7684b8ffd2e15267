"""The README and docs/rules.md say what the program does: every command, every output
format and every rule is there, and docs/rules.md is exactly ``reportkit rules --format
markdown``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reportkit.cli import COMMANDS, main
from reportkit.commands.rules import markdown
from reportkit.output import FORMATTERS
from reportkit.rules import RULES

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
RULES_MD = REPO / "docs" / "rules.md"


def test_docs_rules_md_is_the_generated_catalogue() -> None:
    assert RULES_MD.read_text(encoding="utf-8") == markdown(RULES), (
        "docs/rules.md is out of date: run "
        "`PYTHONPATH=src python -m reportkit rules --format markdown > docs/rules.md`"
    )


def test_the_markdown_catalogue_has_one_row_per_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--format", "markdown"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| RK")]
    assert [row.split(" | ")[0].removeprefix("| ") for row in rows] == [r.code for r in RULES]
    for row, rule in zip(rows, RULES, strict=True):
        assert f"`{rule.name}`" in row and rule.severity.value in row


@pytest.mark.parametrize("command", list(COMMANDS))
def test_the_readme_describes_every_command(command: str) -> None:
    assert re.search(rf"`reportkit {command}\b", README), f"README does not show {command}"


@pytest.mark.parametrize("fmt", list(FORMATTERS))
def test_the_readme_names_every_output_format(fmt: str) -> None:
    assert f"`{fmt}`" in README


def test_the_readme_links_to_docs_that_exist() -> None:
    for link in re.findall(r"\]\((docs/[^)#]+)", README):
        assert (REPO / link).is_file(), link


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in README
