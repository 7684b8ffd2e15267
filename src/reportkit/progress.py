"""Progress bar, summary line and colour for the terminal: what a person watching a long run
needs, and nothing in a pipe or in CI, where it would only clutter logs."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from reportkit.findings import Finding, Severity

# Only runs this long earn a bar; a pre-commit run on two files should print nothing extra.
MIN_FILES_FOR_BAR = 20


def interactive(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """A person is watching: the stream is a terminal and we are not in CI."""
    env = os.environ if environ is None else environ
    return not env.get("CI") and _isatty(stream)


def use_colour(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    env = os.environ if environ is None else environ
    return "NO_COLOR" not in env and env.get("TERM") != "dumb" and _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """``[#####.....] 120/400 files`` redrawn in place on stderr; silent unless interactive."""

    def __init__(self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None):
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        if enabled is None:
            enabled = total >= MIN_FILES_FOR_BAR and interactive(self.stream)
        self.enabled = enabled

    def advance(self, step: int = 1) -> None:
        self.done += step
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            bar = "#" * filled + "." * (width - filled)
            self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def summary_line(
    files: int, findings: Sequence[Finding], seconds: float, input_errors: int = 0
) -> str:
    """``12 files, 7 findings (2 errors, 5 warnings) in 0.84 s``."""
    counts = {severity: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity] += 1
    parts = [plural(counts[severity], severity.value) for severity in Severity if counts[severity]]
    text = f"{plural(files, 'file')}, {plural(len(findings), 'finding')}"
    if parts:
        text += f" ({', '.join(parts)})"
    if input_errors:
        text += f", {plural(input_errors, 'unreadable file')}"
    return f"{text} in {seconds:.2f} s"


def statistics(findings: Iterable[Finding]) -> str:
    """Count by rule, most frequent first (ruff's ``--statistics``)."""
    counts: dict[tuple[str, str], int] = {}
    for finding in findings:
        key = (finding.code, finding.name)
        counts[key] = counts.get(key, 0) + 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return "".join(f"{n:>5}  {code}  {name}\n" for (code, name), n in rows)


def plural(n: int, noun: str) -> str:
    if n == 1 or noun == "info":
        return f"{n} {noun}"
    return f"{n} {noun}s" if not noun.endswith("s") else f"{n} {noun}es"


_COLOURS = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_SEVERITY_WORD = re.compile(r"(?<= RK\d{3} )(error|warning|info)(?=: )")


def colourise(text: str) -> str:
    """Colour the severity word of each text-format line (``RK101 error:``)."""
    return _SEVERITY_WORD.sub(lambda m: f"{_COLOURS[m.group(1)]}{m.group(1)}\033[0m", text)
