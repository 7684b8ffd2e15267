"""Plain text for people: ``path:line:col: CODE [severity] message``, coloured on a
terminal (``colour`` is decided by the caller, never here)."""

from __future__ import annotations

from collections.abc import Sequence

from reportkit.findings import Finding, Severity
from reportkit.output.run_info import RunInfo

_COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET = "\033[0m"


def render(findings: Sequence[Finding], run: RunInfo | None = None) -> str:
    colour = bool(run and run.colour)
    lines = []
    for f in findings:
        severity = f.severity.value
        if colour:
            severity = f"{_COLOURS[f.severity]}{severity}{_RESET}"
        line = f"{f.location.describe()}: {f.code} [{severity}] {f.message}"
        if f.fix:
            line += f"\n    fix: {f.fix}"
        lines.append(line)
    return "".join(line + "\n" for line in lines)
