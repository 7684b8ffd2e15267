"""Where a formatted report goes and what goes with it: ``--output-file`` (written
atomically), ``--statistics``, ``--quiet`` and the summary line, which go to standard
error so that standard output holds the findings alone in every format."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reportkit.findings import Severity
from reportkit.progress import colourise, interactive, statistics, summary_line, use_colour

if TYPE_CHECKING:
    from reportkit.lint import FileResult

MACHINE_FORMATS = frozenset({"json", "sarif", "junit", "github"})

Render = Callable[[Sequence["FileResult"]], str]


@dataclass
class EmitOptions:
    format: str = "text"
    output_file: Path | None = None
    statistics: bool = False
    quiet: bool = False
    summary: bool = True
    inputs: Sequence[Path] = ()
    """Files the run read besides the reports (config, spec): never the output file."""


def emit(
    results: Sequence[FileResult],
    render: Render,
    options: EmitOptions,
    *,
    elapsed: float = 0.0,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> None:
    """Render and write. Raises ``safe_write.WriteRefused`` for an output file that is one
    of the inputs."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    machine = options.format in MACHINE_FORMATS
    findings = [f for r in results for f in r.findings]
    shown = list(results)
    if options.quiet and not machine:
        # Quiet people-facing output: errors only. Machine formats always carry everything,
        # since a dashboard that silently lost warnings would be worse than a long log.
        shown = [
            replace(r, findings=[f for f in r.findings if f.severity is Severity.ERROR])
            for r in results
        ]
    text = render(shown)
    if options.output_file is not None:
        from reportkit.safe_write import write_atomically

        inputs: list[Path | str] = [*(r.path for r in results), *options.inputs]
        write_atomically(options.output_file, text, inputs=inputs, force=True)
    elif text:
        out.write(colourise(text) if options.format == "text" and use_colour(out) else text)
    # The summary and statistics go to stderr: stdout holds only findings, so a clean run
    # prints nothing there and pipes into grep see findings alone.
    side = err
    if options.statistics and findings:
        side.write(statistics(findings))
    errors = sum(1 for r in results if r.error)
    # A clean run in a pipe or a hook stays silent, and a lone unreadable file is its one
    # line; a person at a terminal always gets the summary.
    wanted = findings or interactive(err) or (errors and len(results) > 1)
    if options.summary and not options.quiet and wanted:
        side.write(summary_line(len(results), findings, elapsed, errors) + "\n")
