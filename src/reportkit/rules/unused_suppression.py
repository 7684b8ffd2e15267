"""RK901 unused-suppression: an inline ``reportkit: disable`` comment that silenced nothing.

The engine (``reportkit.lint``) works this out after every other rule has run, so this
module only declares the rule; its check yields nothing on its own."""

from __future__ import annotations

from collections.abc import Iterator

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec

CODE = "RK901"


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    return iter(())


RULE = Rule(
    code=CODE,
    name="unused-suppression",
    summary="A 'reportkit: disable' comment suppresses no finding (or names no known rule).",
    check=check,
    severity=Severity.WARNING,
    why=(
        "A suppression left behind after the problem was fixed hides the next problem of "
        "the same kind in that place. Remove it, or correct the rule it names."
    ),
    bad="""\
# Summary
The report proposes a new allotment strategy.
<!-- reportkit: disable=empty-section -->
# Financial Implications
The strategy costs £85,000, met from the parks budget.
""",
    good="""\
# Summary
The report proposes a new allotment strategy.
<!-- reportkit: disable=empty-section -->
# Financial Implications
""",
)
