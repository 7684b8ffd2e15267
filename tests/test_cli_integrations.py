"""The command line around the formats, annotate, completion and folders, run as a person
or a CI job would: ``python -m reportkit`` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from helpers import SRC, run_cli

sys.path.insert(0, str(Path(__file__).parent / "integration"))
from integration_reports import CLEAN_REPORT, defective

from reportkit import __version__


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None):
    return run_cli(*args, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def papers(tmp_path: Path) -> Path:
    (tmp_path / "clean.md").write_text(CLEAN_REPORT, encoding="utf-8")
    (tmp_path / "no-legal.md").write_text(defective(CLEAN_REPORT), encoding="utf-8")
    return tmp_path


def _word(path: Path, text: str) -> Path:
    document = docx.Document()
    for line in text.split("---", 2)[2].splitlines():
        if line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_version_names_the_package_version(tmp_path):
    done = _cli("--version", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"reportkit {__version__}"


def test_sarif_on_stdout_is_pure_json_and_the_summary_goes_to_stderr(papers):
    done = _cli("lint", "--format", "sarif", "clean.md", "no-legal.md", cwd=papers)
    assert done.returncode == 1
    log = json.loads(done.stdout)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "RK101"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "no-legal.md"
    assert "2 files, 1 finding (1 error)" in done.stderr


def test_github_and_junit_formats_come_from_the_cli(papers):
    github = _cli("lint", "--format", "github", "no-legal.md", cwd=papers)
    assert github.stdout.startswith("::error file=no-legal.md,line=")
    assert ",title=RK101 missing-section::The report has no Legal" in github.stdout
    junit = _cli("lint", "--format", "junit", "clean.md", "no-legal.md", cwd=papers)
    assert junit.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert '<testsuite name="clean.md" tests="1" failures="0"' in junit.stdout


def test_the_output_file_holds_the_report_and_stdout_stays_empty(papers):
    done = _cli("lint", "--format", "json", "--output-file", "out.json", ".", cwd=papers)
    assert done.returncode == 1
    assert done.stdout == ""
    data = json.loads((papers / "out.json").read_text(encoding="utf-8"))
    assert [f["code"] for f in data["findings"]] == ["RK101"]
    refused = _cli("lint", "--output-file", "clean.md", "clean.md", cwd=papers)
    assert refused.returncode == 2
    assert (papers / "clean.md").read_text(encoding="utf-8") == CLEAN_REPORT


def test_statistics_and_quiet(papers):
    stats = _cli("lint", "--statistics", ".", cwd=papers)
    assert "    1  RK101  missing-section" in stats.stderr
    assert "2 files, 1 finding (1 error)" in stats.stderr
    quiet = _cli("lint", "--quiet", ".", cwd=papers)
    (line,) = quiet.stdout.splitlines()
    assert line.startswith("no-legal.md:")
    assert line.endswith(
        ": RK101 error: The report has no Legal Implications section (legal) [missing-section]"
    )
    assert quiet.stderr == ""


def test_no_colour_in_a_pipe(papers):
    done = _cli("lint", "no-legal.md", cwd=papers)
    assert "\033[" not in done.stdout


def test_a_folder_of_many_reports_gives_the_same_findings_on_one_core_or_all(tmp_path):
    for i in range(12):
        text = CLEAN_REPORT if i % 3 else defective(CLEAN_REPORT)
        (tmp_path / f"r{i:02}.md").write_text(text, encoding="utf-8")
    serial = _cli("lint", "--format", "json", "--jobs", "1", ".", cwd=tmp_path)
    pooled = _cli("lint", "--format", "json", "--jobs", "2", ".", cwd=tmp_path)
    assert json.loads(serial.stdout)["findings"] == json.loads(pooled.stdout)["findings"]
    assert len(json.loads(pooled.stdout)["findings"]) == 4
    assert "12 files, 4 findings (4 errors)" in pooled.stderr
    assert "\r[" not in pooled.stderr  # no progress bar in a pipe


def test_an_unreadable_file_is_one_line_and_the_others_are_still_linted(papers):
    (papers / "broken.docx").write_bytes(b"not a zip at all")
    done = _cli("lint", "broken.docx", "no-legal.md", cwd=papers)
    assert done.returncode == 2
    assert "broken.docx: error: " in done.stdout
    assert "RK101" in done.stdout
    assert "1 unreadable file" in done.stderr


def test_annotate_writes_comments_to_a_new_file_and_leaves_the_report_alone(tmp_path):
    source = _word(tmp_path / "library.docx", defective(CLEAN_REPORT))
    before = source.read_bytes()
    done = _cli("annotate", "library.docx", "-o", "library.reviewed.docx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "1 on paragraphs" in done.stderr or "in the summary" in done.stderr
    assert source.read_bytes() == before
    comments = list(docx.Document(str(tmp_path / "library.reviewed.docx")).comments)
    assert comments and all(c.author == "reportkit" for c in comments)
    assert any("RK101 missing-section" in c.text for c in comments)

    again = _cli("annotate", "library.docx", "-o", "library.reviewed.docx", cwd=tmp_path)
    assert again.returncode == 2
    assert "already exists; use --force" in again.stderr
    forced = _cli(
        "annotate", "library.docx", "-o", "library.reviewed.docx", "--force", cwd=tmp_path
    )
    assert forced.returncode == 0
    same = _cli("annotate", "library.docx", "-o", "library.docx", "--force", cwd=tmp_path)
    assert same.returncode == 2
    assert source.read_bytes() == before


def test_completion_scripts_come_from_the_real_parser(tmp_path):
    bash = _cli("completion", "bash", cwd=tmp_path)
    assert bash.returncode == 0
    assert "complete -o filenames -F _reportkit reportkit" in bash.stdout
    for word in ("lint", "annotate", "completion", "--output-file", "sarif"):
        assert word in bash.stdout
    fish = _cli("completion", "fish", cwd=tmp_path)
    assert "-l format -xa 'text json sarif github junit'" in fish.stdout


def test_linting_one_markdown_file_imports_no_heavy_library(papers):
    probe = (
        "import sys; from reportkit.cli import main; main(['lint', '-q', 'clean.md']); "
        "heavy = {'docx', 'lxml', 'pypdf', 'jinja2', 'textstat'} & "
        "{m.split('.')[0] for m in sys.modules}; print(sorted(heavy))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=papers,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        timeout=60,
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
