"""The whole corpus and some good reports in one ``reportkit lint`` run: each bad file gets
its one line (``path: error: ...``, printed with the findings), the good files are still
linted and their findings printed, the exit status is 2, and nothing prints a traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from helpers import run_cli
from hostile_corpus import GOOD_MARKDOWN, GOOD_TEXT, build_corpus, good_docx_bytes

pytest.importorskip("reportkit.cli", reason="the command line has not landed")
pytest.importorskip("reportkit.lint", reason="the lint engine has not landed")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd, env={"NO_COLOR": "1"})


def test_bad_files_get_one_line_each_and_good_files_are_still_linted(tmp_path: Path) -> None:
    bad = build_corpus(tmp_path / "bad")
    good = tmp_path / "good"
    good.mkdir()
    (good / "library-hours.md").write_text(GOOD_MARKDOWN, encoding="utf-8")
    (good / "library-hours-bom.md").write_text("\ufeff" + GOOD_MARKDOWN, encoding="utf-8")
    (good / "library-hours.txt").write_bytes(GOOD_TEXT.encode("cp1252"))
    (good / "library-hours.docx").write_bytes(good_docx_bytes())

    done = _run("lint", "bad", "good", cwd=tmp_path)

    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "could not be read because of an error in reportkit" not in done.stderr
    lines = (done.stdout + done.stderr).splitlines()
    for name, entry in bad.items():
        mine = [line for line in lines if f"bad/{name}" in line]
        assert len(mine) == 1, (name, mine)
        assert entry.expect.lower() in mine[0].lower(), mine[0]
        assert mine[0].startswith(f"bad/{name}: error: "), mine[0]
    for report in good.iterdir():
        findings = [line for line in lines if line.startswith(f"good/{report.name}:")]
        assert findings, f"no findings printed for {report.name}"
        assert not any(": error: " in line and "RK" not in line for line in findings)


def test_a_single_bad_file_exits_2_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "report.docx").write_bytes(b"")
    done = _run("lint", "report.docx", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout.strip().splitlines() == ["report.docx: error: the file is empty"]
    assert done.stderr == ""


def test_limits_from_pyproject_apply_to_the_run(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.reportkit.limits]\nmax_text_bytes = 200\n", encoding="utf-8"
    )
    (tmp_path / "report.md").write_text(GOOD_MARKDOWN, encoding="utf-8")
    done = _run("lint", "report.md", cwd=tmp_path)
    assert done.returncode == 2
    (line,) = [x for x in done.stdout.splitlines() if "report.md" in x]
    assert "too large to lint" in line and "max_text_bytes" in line
