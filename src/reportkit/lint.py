"""The lint engine: files in, findings out. Readers build the model, rules look at it, this
module runs them and never prints. Many files are read and checked on all cores
(``reportkit.parallel``); one or two stay in this process."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportkit.findings import Finding, Severity
from reportkit.model import Report
from reportkit.spec import Spec, load_spec


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


@dataclass
class LintRun:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    elapsed: float = 0.0


def lint_report(
    report: Report, spec: Spec, config: object | None = None, select: Iterable[str] | None = None
) -> list[Finding]:
    from reportkit.rules import RULES

    wanted = set(select) if select else None
    findings: list[Finding] = []
    for rule in RULES:
        if wanted is not None and rule.code not in wanted and rule.name not in wanted:
            continue
        if rule.formats and report.format not in rule.formats:
            continue
        options = rule.options.model_validate(spec.rule_options(rule.name))
        for hit in rule.check(report, spec, options):
            findings.append(
                Finding(
                    code=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    message=hit.message,
                    location=hit.location,
                    section=hit.section,
                    fix=hit.fix,
                )
            )
    return sorted(findings, key=Finding.sort_key)


def lint_text(
    text: str, path: str = "report.md", spec: str = "default", select: Iterable[str] | None = None
) -> list[Finding]:
    loaded = load_spec(spec)
    if path.lower().endswith((".txt", ".text")):
        from reportkit.parse.text import read_text as read_plain

        report = read_plain(text, path, loaded).report
    else:
        from reportkit.parse.markdown import read_text as read_md

        report = read_md(text, path, loaded).report
    return lint_report(report, loaded, select=select)


def lint_file(job: tuple[str, str]) -> FileResult:
    """One file, by path and spec name; module-level so the process pool can pickle it."""
    from reportkit.parse import InputError, read_report
    from reportkit.spec import SpecError

    path, spec_name = job
    try:
        spec = load_spec(spec_name)
        result = read_report(Path(path), spec)
    except (InputError, SpecError) as exc:
        return FileResult(path, error=str(exc))
    return FileResult(path, findings=lint_report(result.report, spec))


def expand(paths: Sequence[str | Path]) -> list[str]:
    """Files as given; folders walked for every report reportkit can read (hidden folders
    skipped), in a stable order."""
    from reportkit.parse import supported

    out: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = [
                p
                for p in path.rglob("*")
                if p.is_file()
                and supported(p)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out += [str(p) for p in sorted(found)]
        else:
            out.append(str(path))
    return out


def lint_paths(
    paths: Sequence[str | Path],
    spec: str = "default",
    *,
    jobs: int | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> LintRun:
    from reportkit.parallel import POOL_THRESHOLD, map_in_order

    started = time.perf_counter()
    files = expand(paths)
    run = LintRun(files=files)
    if len(files) > POOL_THRESHOLD:
        _warm(spec, files)
    for result in map_in_order(lint_file, [(f, spec) for f in files], jobs=jobs):
        run.findings += result.findings
        if result.error:
            run.errors.append(result.error)
        if on_file is not None:
            on_file(result)
    run.elapsed = time.perf_counter() - started
    return run


def _warm(spec: str, files: Sequence[str]) -> None:
    """Import the readers and rules and load the spec here, before the pool forks, so each
    worker inherits them instead of paying for them again."""
    import importlib

    from reportkit.parse import READERS
    from reportkit.rules import RULES  # noqa: F401
    from reportkit.spec import SpecError

    for suffix in {Path(f).suffix.lower() for f in files} & set(READERS):
        importlib.import_module(f"reportkit.parse.{READERS[suffix]}")
    with contextlib.suppress(SpecError):  # reported per file by lint_file
        load_spec(spec)


def fails(findings: Iterable[Finding]) -> bool:
    """Errors and warnings fail a run; info findings do not."""
    return any(f.severity is not Severity.INFO for f in findings)
