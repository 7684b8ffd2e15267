"""The lint engine: files in, findings out. Readers build the model, rules look at it, this
module picks the rules, applies configuration and suppressions, and never prints."""

from __future__ import annotations

import contextlib
import fnmatch
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from reportkit.findings import Finding, Hit, Severity
from reportkit.model import Report, Suppression
from reportkit.spec import Spec, SpecError, load_spec
from reportkit.validation import first_error

if TYPE_CHECKING:
    from reportkit.config import Config
    from reportkit.rules.base import Rule


@dataclass
class FileResult:
    """One file's outcome: its findings, or the one-line error that stopped it."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


class RuleOptionsError(ValueError):
    """Rule options in a spec or config do not fit the rule's options model."""


def selected_rules(
    config: Config | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    path: str | None = None,
) -> list[Rule]:
    """Rules to run: ``select`` (argument, else config, else all) minus ``ignore`` (argument
    and config), minus per-file ignores for ``path``, minus rules set to severity 'off'."""
    from reportkit.rules import RULES, matches

    chosen = list(select) if select is not None else (config.select if config else None)
    dropped = [*(ignore or []), *(config.ignore if config else [])]
    if config and path:
        dropped += per_file_ignores(config, path)
    off = [key for key, level in (config.severity.items() if config else []) if level == "off"]
    out = []
    for rule in RULES:
        if chosen is not None and not any(matches(rule, s) for s in chosen):
            continue
        if any(matches(rule, s) for s in [*dropped, *off]):
            continue
        out.append(rule)
    return out


def per_file_ignores(config: Config, path: str) -> list[str]:
    candidates = {Path(path).as_posix(), Path(path).name}
    if config.root is not None:
        with contextlib.suppress(ValueError):  # a file outside the config's folder
            candidates.add(Path(path).resolve().relative_to(config.root.resolve()).as_posix())
    out: list[str] = []
    for pattern, codes in config.per_file_ignores.items():
        if any(fnmatch.fnmatch(c, pattern) for c in candidates):
            out += codes
    return out


# Merged options per (rule, spec, config). Building them costs pydantic work (about 2 ms a
# report over all rules) and specs and configs are not changed once loaded, so a folder run
# builds each rule's options once. Keyed on identities; the entry keeps the spec and config
# alive so that an id cannot be reused by a different object while its entry is here.
_OPTIONS: dict[tuple[str, int, int], tuple[Spec, Config | None, Any]] = {}


def rule_options(rule: Rule, spec: Spec, config: Config | None) -> Any:
    """Rule defaults < spec ``rules:`` < config ``[rules.<name>]`` (name or code)."""
    key = (rule.code, id(spec), id(config))
    cached = _OPTIONS.get(key)
    if cached is not None and cached[0] is spec and cached[1] is config:
        return cached[2]
    options = _merged_options(rule, spec, config)
    if len(_OPTIONS) >= 4096:  # many specs or configs in one process: start again
        _OPTIONS.clear()
    _OPTIONS[key] = (spec, config, options)
    return options


def _merged_options(rule: Rule, spec: Spec, config: Config | None) -> Any:
    merged = dict(spec.rule_options(rule.name))
    if config:
        for key in (rule.code, rule.name):
            merged.update(config.rules.get(key, {}))
    from reportkit.rules.base import defaults_need_no_validation

    if not merged and defaults_need_no_validation(rule.options):
        return rule.options.model_construct()
    try:
        return rule.options.model_validate(merged)
    except ValidationError as exc:
        raise RuleOptionsError(f"options for rule {rule.name}: {first_error(exc)}") from None


def _severity(rule: Rule, config: Config | None) -> Severity:
    if config:
        for key in (rule.code, rule.name):
            level = config.severity.get(key) or config.severity.get(key.lower())
            if level and level != "off":
                return Severity(level)
    return rule.severity


def lint_report(
    report: Report,
    spec: Spec,
    config: Config | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Run the selected rules on one report; apply suppressions; sort by location."""
    from reportkit.rules.unused_suppression import CODE as UNUSED
    from reportkit.text_utils import report_scope

    rules = selected_rules(config, select, ignore, report.path)
    findings: list[Finding] = []
    with report_scope(report):  # rules share the report's pieces and joined text
        for rule in rules:
            if rule.code == UNUSED or (rule.formats and report.format not in rule.formats):
                continue
            options = rule_options(rule, spec, config)
            findings += _findings(rule, rule.check(report, spec, options), config)
    findings, used = _suppress(findings, report.suppressions)
    ran = {r.code for r in rules}
    unused_rule = next((r for r in rules if r.code == UNUSED), None)
    if unused_rule is not None:
        findings += _findings(unused_rule, _unused(report.suppressions, used, ran), config)
        findings, _ = _suppress(findings, [s for s in report.suppressions if s.scope == "file"])
    return sorted(findings, key=Finding.sort_key)


def _findings(rule: Rule, hits: Iterable[Hit], config: Config | None) -> list[Finding]:
    # The validator called on a dict: what ``Finding(...)`` does, without the keyword
    # arguments and ``__init__`` around it (a third of the cost of a finding).
    validate = Finding.__pydantic_validator__.validate_python
    out: list[Finding] = []
    severity: Severity | None = None
    for hit in hits:
        if severity is None:  # (looked up once a rule has a hit, as it was for each hit)
            severity = _severity(rule, config)
        fields = {
            "code": rule.code,
            "name": rule.name,
            "severity": severity,
            "message": hit.message,
            "location": hit.location,
            "section": hit.section,
            "fix": hit.fix,
        }
        out.append(validate(fields))
    return out


def _covers(sup: Suppression, finding: Finding) -> bool:
    if sup.codes:
        from reportkit.rules import get_rule

        wanted = set()
        for code in sup.codes:
            try:
                wanted.add(get_rule(code).code)
            except KeyError:
                continue
        if finding.code not in wanted:
            return False
    if sup.scope == "file":
        return True
    line = finding.location.line
    if line is None or sup.start_line is None:
        return False
    return sup.start_line <= line <= (sup.end_line or sup.start_line)


def _suppress(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], set[int]]:
    kept: list[Finding] = []
    used: set[int] = set()
    if not suppressions:  # most reports
        return findings, used
    for finding in findings:
        hits = [i for i, sup in enumerate(suppressions) if _covers(sup, finding)]
        used.update(hits)
        if not hits:
            kept.append(finding)
    return kept, used


def _unused(suppressions: list[Suppression], used: set[int], ran: set[str]) -> Iterator[Hit]:
    from reportkit.rules import get_rule
    from reportkit.rules.unused_suppression import CODE as UNUSED

    for index, sup in enumerate(suppressions):
        if index in used:
            continue
        unknown = []
        codes = []
        for name in sup.codes:
            try:
                codes.append(get_rule(name).code)
            except KeyError:
                unknown.append(name)
        if unknown:
            yield Hit(
                message=f"The suppression names no known rule: {', '.join(unknown)}",
                location=sup.location,
                fix="Correct the rule code or name (`reportkit rules` lists them).",
            )
            continue
        # Only when every rule it names was run can we know it suppressed nothing.
        if UNUSED in codes or not set(codes) <= ran:
            continue
        named = ", ".join(sup.codes)
        yield Hit(
            message=f"The suppression of {named} suppresses nothing",
            location=sup.location,
            fix="Remove the comment: the problem it silenced is no longer there.",
        )


def read_text_report(text: str, path: str, spec: Spec) -> Report:
    """Read in-memory text by the suffix of ``path`` (.txt: PDF-extracted text)."""
    if path.lower().endswith((".txt", ".text")):
        from reportkit.parse.text import read_text as read_plain

        return read_plain(text, path, spec).report
    from reportkit.parse.markdown import read_text as read_md

    return read_md(text, path, spec).report


def lint_text(
    text: str,
    path: str = "report.md",
    spec: str | Spec = "default",
    select: Iterable[str] | None = None,
    config: Config | None = None,
) -> list[Finding]:
    """Lint a report held in memory (tests, editors)."""
    loaded = spec if isinstance(spec, Spec) else load_spec(spec)
    report = read_text_report(text, path, loaded)
    return lint_report(report, loaded, config, select=select)


def expand(paths: Sequence[str | Path]) -> list[str]:
    """Files as given; folders walked for every report reportkit can read (hidden folders
    and Word lock files skipped), in a stable order."""
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
                and not p.name.startswith("~$")
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out += [str(p) for p in sorted(found)]
        else:
            out.append(str(path))
    return out


def lint_file(
    path: str,
    *,
    spec: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config_path: Path | None = None,
) -> FileResult:
    """Lint one file. Every failure becomes a one-line error naming the file."""
    from reportkit.config import ConfigError, config_for
    from reportkit.parse import InputError, read_report
    from reportkit.parse.guard import time_budget

    try:
        config = config_for(Path(path), config_path)
        loaded = load_spec(spec or config.spec or "default", config.spec_paths())
        result = read_report(Path(path), loaded, config.limits)
        # The rules get their own budget, as long as the reader's: a pathological report
        # (or a slow rule) must not hang a pre-commit hook any more than a slow read may.
        with time_budget(path, config.limits.max_seconds, doing="check"):
            findings = lint_report(result.report, loaded, config, select=select, ignore=ignore)
    except (InputError, SpecError, ConfigError, RuleOptionsError) as exc:
        return FileResult(path, error=_one_line(str(exc), path))
    except Exception as exc:  # a bug in a reader or rule must not hide the other files
        detail = f"{type(exc).__name__}: {exc}"
        return FileResult(path, error=_one_line(f"{path}: could not be linted ({detail})", path))
    return FileResult(path, findings=findings)


def _one_line(message: str, path: str) -> str:
    line = " ".join(message.split())
    return line if path in line else f"{path}: {line}"


def lint_paths(
    paths: Sequence[str | Path],
    *,
    spec: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    config_path: Path | None = None,
    jobs: int | None = None,
) -> Iterator[FileResult]:
    """Lint files and folders, one result per file, in order. A missing path is an error
    result like an unreadable file; the other files are still linted. More than a few files
    are linted on all cores (``jobs`` processes; None means all)."""
    from functools import partial

    from reportkit.parallel import POOL_THRESHOLD, map_in_order

    files = expand(paths)
    one = partial(
        _lint_existing,
        spec=spec,
        select=list(select) if select is not None else None,
        ignore=list(ignore or []),
        config_path=config_path,
    )
    if len(files) > POOL_THRESHOLD:
        _warm(files)
    yield from map_in_order(one, files, jobs=jobs)


def _lint_existing(path: str, **options: Any) -> FileResult:
    # Module-level (with functools.partial) so a process pool can pickle it.
    if not Path(path).exists():
        return FileResult(path, error=f"{path}: no such file or folder")
    return lint_file(path, **options)


def _warm(files: Sequence[str]) -> None:
    """Import the readers and rules here, before the pool forks, so each worker inherits
    them instead of importing them again."""
    import importlib

    from reportkit.parse import READERS
    from reportkit.rules import RULES  # noqa: F401

    for suffix in {Path(f).suffix.lower() for f in files} & set(READERS):
        importlib.import_module(f"reportkit.parse.{READERS[suffix]}")


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)
