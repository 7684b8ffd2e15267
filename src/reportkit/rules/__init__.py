"""The rule registry: an explicit tuple, in code order. Keep both sides when merging."""

from __future__ import annotations

from reportkit.rules import missing_section
from reportkit.rules.base import Rule

RULES: tuple[Rule, ...] = (missing_section.RULE,)


def by_code() -> dict[str, Rule]:
    return {rule.code: rule for rule in RULES}
