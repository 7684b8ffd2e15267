"""The rules run on each file within the same time budget as its reading
(``[tool.reportkit.limits] max_seconds``), so a pathological report, or a rule that loops
on it, cannot hang a pre-commit hook: that file gets one line and exit status 2, and the
other files are still linted."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reportkit import lint
from reportkit.cli import main
from reportkit.rules import RULES

REPORT = """\
---
title: Library Opening Hours
---

## Summary

This report proposes new library opening hours.
"""


def _loop_on_slow_reports(report: Any, spec: Any, options: Any) -> Iterator[Any]:
    if Path(report.path).name == "slow.md":
        while True:  # a pathological input sending a rule round for ever
            time.sleep(0.01)
    return iter(())


@pytest.fixture
def papers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("a.md", "slow.md", "b.md"):
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    (tmp_path / "reportkit.toml").write_text("[limits]\nmax_seconds = 0.5\n", encoding="utf-8")
    slow = dataclasses.replace(RULES[0], check=_loop_on_slow_reports)
    real = lint.selected_rules

    def with_slow_rule(*args: Any, **kwargs: Any) -> list[Any]:
        return [*real(*args, **kwargs), slow]

    monkeypatch.setattr(lint, "selected_rules", with_slow_rule)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_file_whose_rules_run_too_long_gets_one_line_and_the_others_are_linted(
    papers: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    status = main(["lint", "--format", "json", "a.md", "slow.md", "b.md"])
    assert time.monotonic() - started < 10
    assert status == 2
    captured = capsys.readouterr()
    (line,) = [x for x in captured.err.splitlines() if "slow.md" in x]
    assert line.startswith("slow.md: took more than 0.5 s to check and was skipped")
    assert "max_seconds" in line
    files = {f["path"] for f in json.loads(captured.out)["findings"]}
    assert {"a.md", "b.md"} <= files and "slow.md" not in files


def test_a_quick_file_is_linted_within_the_same_budget(papers: Path) -> None:
    result = lint.lint_file("a.md")
    assert result.error is None and result.findings
