"""Where a formatted report goes and what goes with it: ``--output-file`` (written
atomically), ``--statistics``, ``--quiet`` and the summary line. Machine formats keep
standard output clean: the summary and statistics go to standard error for them."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from reportkit.findings import Finding, Severity
from reportkit.output.run_info import RunInfo
from reportkit.progress import statistics, summary_line

MACHINE_FORMATS = frozenset({"json", "sarif", "junit", "github"})

Render = Callable[[Sequence[Finding], RunInfo], str]


@dataclass
class EmitOptions:
    format: str = "text"
    output_file: Path | None = None
    statistics: bool = False
    quiet: bool = False
    summary: bool = True


def emit(
    findings: Sequence[Finding],
    run: RunInfo,
    render: Render,
    options: EmitOptions,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> None:
    """Render and write. Raises ``safe_write.WriteRefused`` for an output file that is one
    of the inputs."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    machine = options.format in MACHINE_FORMATS
    shown = list(findings)
    if options.quiet and not machine:
        # Quiet people-facing output: errors only. Machine formats always carry everything,
        # since a dashboard that silently lost warnings would be worse than a long log.
        shown = [f for f in findings if f.severity is Severity.ERROR]
    text = render(shown, run)
    if options.output_file is not None:
        from reportkit.safe_write import write_atomically

        write_atomically(options.output_file, text, inputs=run.files, force=True)
    elif text:
        out.write(text)
    side = err if machine or options.output_file is not None else out
    if options.statistics and findings:
        side.write(statistics(findings))
    if options.summary and (not options.quiet or not findings):
        side.write(summary_line(len(run.files), findings, run.elapsed, len(run.errors)) + "\n")
