"""One finding a line, ``path:line:col: CODE severity: message [rule-name]``; Word
locations as ``report.docx:¶42 (HEADING)``; errors as ``path: error: ...``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportkit.findings import Finding
    from reportkit.lint import FileResult


def format_finding(finding: Finding) -> str:
    where = finding.location.describe()
    return f"{where}: {finding.code} {finding.severity.value}: {finding.message} [{finding.name}]"


def format_error(path: str, message: str) -> str:
    prefix = f"{path}: "
    text = message[len(prefix) :] if message.startswith(prefix) else message
    return f"{path}: error: {text}"


def render(results: Sequence[FileResult]) -> str:
    lines: list[str] = []
    for result in results:
        if result.error:
            lines.append(format_error(result.path, result.error))
        lines += [format_finding(f) for f in result.findings]
    return "\n".join(lines) + ("\n" if lines else "")
