"""The word and phrase lists the rules read at run time are shipped as package data."""

from __future__ import annotations

import tomllib
from pathlib import Path

from reportkit.rules.data_lists import load

REPO = Path(__file__).resolve().parents[2]


def test_every_data_list_matches_a_package_data_pattern_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["reportkit"]
    package = REPO / "src" / "reportkit"
    shipped = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    lists = sorted((package / "data").glob("*.yaml"))
    assert lists and all(p in shipped for p in lists)


def test_the_data_lists_load_from_the_package_data_folder() -> None:
    assert load("plain_english.yaml")["substitutions"]["utilise"] == "use"
    assert "delete if not applicable" in load("template_guidance.yaml")["phrases"]
