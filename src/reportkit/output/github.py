"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
finding, which GitHub shows as an annotation on the file and line in the pull request."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportkit.findings import Finding, Severity
from reportkit.output.run_info import RunInfo, from_results

if TYPE_CHECKING:
    from reportkit.lint import FileResult

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render_findings(findings: Sequence[Finding], run: RunInfo | None = None) -> str:
    lines = [_line(finding) for finding in findings]
    return "".join(line + "\n" for line in lines)


def _line(finding: Finding) -> str:
    loc = finding.location
    props = [f"file={_prop(loc.path)}"]
    if loc.line is not None:
        props += [f"line={loc.line}", f"col={loc.column}"]
    props.append(f"title={_prop(f'{finding.code} {finding.name}')}")
    message = finding.message
    if loc.line is None and loc.paragraph is not None:
        # Word files have no lines; name the paragraph so the author can find it.
        message = f"{loc.describe()}: {message}"
    if finding.fix:
        message += f"\n{finding.fix}"
    return f"::{_COMMAND[finding.severity]} {','.join(props)}::{_data(message)}"


def _data(text: str) -> str:
    # Escaping rules from the Actions toolkit (issue-command.ts escapeData / escapeProperty).
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult]) -> str:
    """The ``FORMATTERS`` entry point: a lint run's per-file results."""
    findings, run = from_results(results)
    return render_findings(findings, run)
