"""The command line, run as users run it: ``python -m reportkit`` in a subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from helpers import run_cli

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
CLEAN = str(EXAMPLES / "clean-report.md")
DEFECTIVE = str(EXAMPLES / "defective-report.md")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd, timeout=120)


def test_a_clean_report_exits_0_with_no_output() -> None:
    result = run("lint", CLEAN)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_report_with_errors_exits_1_with_one_line_per_finding() -> None:
    result = run("lint", DEFECTIVE)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(
        line.endswith(
            "RK102 warning: The section 'Financial Implications' says only 'TBC' [empty-section]"
        )
        for line in lines
    ), lines
    assert all(line.startswith(f"{DEFECTIVE}:") for line in lines)


def test_only_warnings_exit_0() -> None:
    result = run("lint", "--select", "RK102,RK103,RK104", DEFECTIVE)
    assert result.returncode == 0 and "RK102" in result.stdout and "RK101" not in result.stdout


def test_an_unreadable_file_among_good_ones_exits_2_and_the_others_are_linted(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file")
    result = run("lint", CLEAN, str(broken), DEFECTIVE)
    assert result.returncode == 2
    errors = [line for line in result.stdout.splitlines() if ": error: " in line]
    assert len(errors) == 1 and errors[0].startswith(f"{broken}: error: ")
    assert "RK101" in result.stdout  # the defective report after it was still linted
    assert "Traceback" not in result.stdout + result.stderr


def test_a_missing_file_and_an_unknown_rule_exit_2() -> None:
    assert run("lint", "no-such-report.md").returncode == 2
    result = run("lint", "--select", "RK999", CLEAN)
    assert result.returncode == 2 and "RK999" in result.stderr


def test_a_bad_config_exits_2_with_a_clear_line(tmp_path: Path) -> None:
    (tmp_path / "reportkit.toml").write_text("selct = []\n")
    report = tmp_path / "report.md"
    report.write_text(Path(CLEAN).read_text())
    result = run("lint", str(report))
    assert result.returncode == 2
    output = result.stdout + result.stderr
    assert "reportkit.toml" in output and "selct" in output and "Traceback" not in output


def test_config_found_from_the_file_sets_ignores_and_severity(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.reportkit]\nignore = ["RK101", "missing-metadata"]\n'
        '[tool.reportkit.severity]\nempty-section = "error"\n'
    )
    report = tmp_path / "report.md"
    report.write_text(Path(DEFECTIVE).read_text())
    result = run("lint", "report.md", cwd=tmp_path)
    assert result.returncode == 1
    assert "RK101" not in result.stdout and "RK105" not in result.stdout
    assert "RK102 error:" in result.stdout


def test_json_output_validates_against_the_findings_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 garbage")
    result = run("lint", "--format", "json", DEFECTIVE, str(broken))
    assert result.returncode == 2
    doc = json.loads(result.stdout)
    schema = json.loads((REPO / "schemas" / "findings.schema.json").read_text())
    jsonschema.validate(doc, schema)
    assert doc["version"] == 1
    assert {
        "path",
        "line",
        "column",
        "paragraph",
        "heading",
        "code",
        "name",
        "severity",
        "message",
        "section",
        "fix",
    } == set(doc["findings"][0])
    assert [e["path"] for e in doc["errors"]] == [str(broken)]


def test_rules_lists_the_catalogue_and_explain_prints_the_docs() -> None:
    listing = run("rules")
    assert listing.returncode == 0 and "RK101  missing-section" in listing.stdout
    explained = run("explain", "missing-section")
    assert explained.returncode == 0
    assert explained.stdout.startswith("RK101 missing-section") and "Bad:" in explained.stdout
    assert run("explain", "nonsense").returncode == 2


def test_schema_writes_the_three_schemas(tmp_path: Path) -> None:
    result = run("schema", "-o", str(tmp_path))
    assert result.returncode == 0
    for name in ("spec", "report", "findings"):
        data = json.loads((tmp_path / f"{name}.schema.json").read_text())
        assert data["type"] == "object"


def test_inspect_shows_what_the_reader_understood() -> None:
    result = run("inspect", "--format", "json", CLEAN)
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert doc["version"] == 1 and doc["format"] == "markdown"
    assert doc["metadata"]["meeting_date"] == "2026-03-12"
    assert doc["metadata"]["key_decision"] is True and doc["metadata"]["exempt"] == "no"
    first = doc["sections"][0]
    assert (first["id"], first["heading"], first["level"]) == ("summary", "Summary", 1)
    assert len(doc["recommendations"]) == 3
    text = run("inspect", CLEAN)
    assert text.returncode == 0 and "financial: 'Financial Implications'" in text.stdout


def test_unknown_arguments_exit_2() -> None:
    assert run("lint").returncode == 2
    assert run("frobnicate").returncode == 2
