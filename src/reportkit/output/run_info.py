"""What a formatter may need beyond the findings: the files linted (JUnit lists clean files
too), the tool version and the rule catalogue (SARIF describes each rule). Kept apart from
the formatters so none of them imports the engine."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reportkit import __version__

if TYPE_CHECKING:
    from reportkit.findings import Finding
    from reportkit.lint import FileResult
    from reportkit.rules.base import Rule


@dataclass
class RunInfo:
    files: Sequence[str] = ()
    """Every file linted, in order, including the ones with no findings."""
    version: str = __version__
    elapsed: float = 0.0
    rules: Mapping[str, Rule] | None = None
    """Rules by code; None means look them up in the registry when needed."""
    errors: Sequence[str] = field(default_factory=list)
    """One-line input errors ("x.docx is password-protected ..."), per file."""
    colour: bool = False
    """Whether people-facing formats may use ANSI colour (decided by the CLI)."""

    def rule(self, code: str) -> Rule | None:
        catalogue = self.rules if self.rules is not None else registered_rules()
        return catalogue.get(code)


def registered_rules() -> dict[str, Rule]:
    """The registry by code, or empty while no registry exists (formatters still work)."""
    try:
        from reportkit.rules import RULES
    except ImportError:
        return {}
    return {rule.code: rule for rule in RULES}


def from_results(results: Sequence[FileResult]) -> tuple[list[Finding], RunInfo]:
    """Findings and run facts from the engine's per-file results."""
    findings = [finding for result in results for finding in result.findings]
    run = RunInfo(
        files=[result.path for result in results],
        errors=[result.error for result in results if result.error],
    )
    return findings, run
