"""SARIF 2.1.0, the format GitHub code scanning, Azure DevOps and most CI dashboards read.

Word findings have no line: they carry the paragraph as a logical location and in the
location's properties, because a SARIF region needs a line or an offset we do not have.
Artifact URIs are relative to ``%SRCROOT%`` (the working directory) so the log is the same on
every machine; nothing here names a network host.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from reportkit.findings import Finding, Severity
from reportkit.output.run_info import RunInfo, from_results, registered_rules

if TYPE_CHECKING:
    from reportkit.lint import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render_findings(findings: Sequence[Finding], run: RunInfo | None = None) -> str:
    return json.dumps(sarif_log(findings, run or RunInfo()), indent=2, ensure_ascii=False) + "\n"


def sarif_log(findings: Sequence[Finding], run: RunInfo) -> dict[str, Any]:
    catalogue = dict(run.rules) if run.rules is not None else registered_rules()
    codes = sorted(set(catalogue) | {f.code for f in findings})
    names = {f.code: f.name for f in findings}
    rules = [_descriptor(code, catalogue.get(code), names.get(code)) for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    results = [_result(f, index[f.code]) for f in findings]
    invocation: dict[str, Any] = {"executionSuccessful": not run.errors}
    if run.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": _sentence(text)}} for text in run.errors
        ]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "reportkit",
                        "version": run.version,
                        "semanticVersion": run.version,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {"%SRCROOT%": {"uri": _root_uri()}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _descriptor(code: str, rule: Any, fallback_name: str | None) -> dict[str, Any]:
    if rule is None:
        name = fallback_name or code
        return {
            "id": code,
            "name": _pascal(name),
            "shortDescription": {"text": _sentence(name)},
        }
    why = rule.why.strip() or rule.summary
    return {
        "id": code,
        "name": _pascal(rule.name),
        "shortDescription": {"text": _sentence(rule.summary)},
        "fullDescription": {"text": _sentence(why)},
        "help": {"text": rule.explain()},
        "defaultConfiguration": {"level": LEVEL[rule.severity]},
        "properties": {"reportkitName": rule.name, "aliases": list(rule.aliases)},
    }


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    loc = finding.location
    physical: dict[str, Any] = {"artifactLocation": _artifact(loc.path)}
    location: dict[str, Any] = {"physicalLocation": physical}
    if loc.line is not None:
        physical["region"] = {"startLine": loc.line, "startColumn": max(loc.column, 1)}
    elif loc.paragraph is not None:
        name = f"paragraph {loc.paragraph}"
        logical: dict[str, Any] = {"name": name, "kind": "element"}
        if loc.heading:
            logical["fullyQualifiedName"] = f"{loc.heading} / {name}"
        location["logicalLocations"] = [logical]
        location["properties"] = {"paragraph": loc.paragraph, "heading": loc.heading}
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL[finding.severity],
        "message": {"text": _sentence(finding.message)},
        "locations": [location],
    }
    props: dict[str, Any] = {}
    if finding.section:
        props["section"] = finding.section
    if finding.fix:
        props["fix"] = finding.fix
    if props:
        result["properties"] = props
    return result


def _artifact(path: str) -> dict[str, Any]:
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return {"uri": p.resolve().as_uri()}
    return {"uri": quote(p.as_posix()), "uriBaseId": "%SRCROOT%"}


def _root_uri() -> str:
    uri = Path(os.getcwd()).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "?", "!")) else text + "."


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("_", "-").split("-"))


def render(results: Sequence[FileResult]) -> str:
    """The ``FORMATTERS`` entry point: a lint run's per-file results."""
    findings, run = from_results(results)
    return render_findings(findings, run)
