"""The SARIF we write passes Microsoft's SARIF Multitool validator with no errors.

The validator is an npm package. CI installs it with ``.ci/install-sarif-multitool`` into
``$HOME/.cache/reportkit-npm``; elsewhere the test tries to install it there once, and is
skipped, saying why, when npm is missing or the registry cannot be reached. Warnings are
allowed (the Multitool asks for an ``informationUri``, which would name a network host, and
for regions on Word findings, which have paragraphs rather than lines); errors are not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from integration_reports import CLEAN_REPORT, defective

from reportkit.output import sarif
from reportkit.output.run_info import RunInfo

SEEDS = Path(os.environ.get("REPORTKIT_SEEDS", "/work/shared/seeds"))
CACHE = Path(os.environ.get("REPORTKIT_NPM_CACHE", Path.home() / ".cache" / "reportkit-npm"))


def _multitool() -> Path:
    binary = CACHE / "node_modules" / ".bin" / "sarif-multitool"
    if binary.exists():
        return binary
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed, so Microsoft's SARIF Multitool cannot be run")
    try:
        install = subprocess.run(
            [
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--fetch-retries=0",
                "--fetch-timeout=20000",
                "--prefix",
                str(CACHE),
                "@microsoft/sarif-multitool",
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    except subprocess.TimeoutExpired:
        pytest.skip("npm could not install @microsoft/sarif-multitool in time (no registry?)")
    if install.returncode != 0 or not binary.exists():
        last = (install.stderr.strip().splitlines() or ["no output"])[-1]
        pytest.skip(f"npm could not install @microsoft/sarif-multitool (no registry?): {last}")
    return binary


def _findings(tmp_path: Path):
    """Findings from the seed reports where this machine has them, and always from reports
    written for these tests: a Markdown report with a section missing and the same report
    as a Word file, so the log has both line and paragraph locations."""
    import docx

    from reportkit.lint import lint_report
    from reportkit.parse import read_report
    from reportkit.spec import load_spec

    names = []
    for seed in sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []:
        shutil.copy(seed, tmp_path / seed.name)
        names.append(seed.name)
    (tmp_path / "library report.md").write_text(defective(CLEAN_REPORT), encoding="utf-8")
    names.append("library report.md")
    document = docx.Document()
    for line in defective(CLEAN_REPORT).split("---", 2)[2].splitlines():
        if line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(tmp_path / "library-report.docx"))
    names.append("library-report.docx")
    spec = load_spec("default")
    findings = []
    for name in names:
        findings += lint_report(read_report(Path(name), spec).report, spec)
    return findings, names


def test_sarif_from_seed_and_test_reports_passes_the_sarif_multitool(tmp_path, monkeypatch):
    tool = _multitool()
    monkeypatch.chdir(tmp_path)
    findings, files = _findings(tmp_path)
    assert any(f.location.line for f in findings), "expected findings with lines"
    assert any(f.path.endswith(".docx") for f in findings), "expected findings on Word files"
    log = tmp_path / "seeds.sarif"
    log.write_text(sarif.render_findings(findings, RunInfo(files=files)), encoding="utf-8")
    checked = tmp_path / "validation.sarif"
    done = subprocess.run(
        [str(tool), "validate", str(log), "--output", str(checked), "--log", "ForceOverwrite"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    results = json.loads(checked.read_text(encoding="utf-8"))["runs"][0].get("results", [])
    errors = [r for r in results if r.get("level") == "error"]
    assert errors == [], json.dumps(errors, indent=1)[:3000]
    assert "error SARIF" not in done.stdout


def test_the_multitool_does_report_errors_in_a_broken_log(tmp_path):
    """So the test above would notice: a result pointing at a rule index that is not there."""
    tool = _multitool()
    broken = json.loads(sarif.render_findings([], RunInfo(files=[], rules={})))
    broken["runs"][0]["results"] = [
        {"ruleId": "RK999", "ruleIndex": 5, "message": {"text": "x."}, "locations": []}
    ]
    log = tmp_path / "broken.sarif"
    log.write_text(json.dumps(broken), encoding="utf-8")
    checked = tmp_path / "validation.sarif"
    subprocess.run(
        [str(tool), "validate", str(log), "--output", str(checked), "--log", "ForceOverwrite"],
        capture_output=True,
        text=True,
        timeout=180,
    )
    results = json.loads(checked.read_text(encoding="utf-8"))["runs"][0].get("results", [])
    assert any(r.get("level") == "error" for r in results)
