"""JUnit XML, which Jenkins, GitLab and Azure Pipelines show as test results: a test suite
per file, a failing test case per finding, one passing case for a clean file, and an error
case for a file that could not be read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from reportkit.findings import Finding
from reportkit.output.run_info import RunInfo, from_results

if TYPE_CHECKING:
    from reportkit.lint import FileResult


def render_findings(findings: Sequence[Finding], run: RunInfo | None = None) -> str:
    run = run or RunInfo()
    by_file: dict[str, list[Finding]] = {path: [] for path in run.files}
    for finding in findings:
        by_file.setdefault(finding.path, []).append(finding)
    root = ET.Element("testsuites", name="reportkit")
    total = failures = 0
    for path, found in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=path, tests=str(max(len(found), 1)))
        suite.set("failures", str(len(found)))
        suite.set("errors", "0")
        total += max(len(found), 1)
        failures += len(found)
        if not found:
            ET.SubElement(suite, "testcase", classname=path, name="reportkit")
        for finding in found:
            case = ET.SubElement(
                suite,
                "testcase",
                classname=path,
                name=f"{finding.code} {finding.name} at {finding.location.describe()}",
            )
            failure = ET.SubElement(
                case, "failure", message=finding.message, type=finding.severity.value
            )
            failure.text = "\n".join(
                part for part in (finding.location.describe(), finding.message, finding.fix) if part
            )
    if run.errors:
        suite = ET.SubElement(root, "testsuite", name="input errors", tests=str(len(run.errors)))
        suite.set("failures", "0")
        suite.set("errors", str(len(run.errors)))
        for text in run.errors:
            case = ET.SubElement(suite, "testcase", classname="input", name=text.split(":")[0])
            ET.SubElement(case, "error", message=text, type="input-error")
        total += len(run.errors)
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(len(run.errors)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def render(results: Sequence[FileResult]) -> str:
    """The ``FORMATTERS`` entry point: a lint run's per-file results."""
    findings, run = from_results(results)
    return render_findings(findings, run)
