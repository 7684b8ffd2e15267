import io
import json

import pytest

from reportkit.output import sarif
from reportkit.output.emit import EmitOptions, emit
from reportkit.output.run_info import RunInfo
from reportkit.safe_write import WriteRefused


def _plain(findings, run):
    return "".join(f"{f.location.describe()}: {f.code} {f.message}\n" for f in findings)


def _emit(findings, options, run=None):
    out, err = io.StringIO(), io.StringIO()
    emit(
        findings,
        run or RunInfo(files=["a.md", "b.docx"], rules={}),
        _plain,
        options,
        stdout=out,
        stderr=err,
    )
    return out.getvalue(), err.getvalue()


def test_text_output_ends_with_the_summary_line(findings):
    out, err = _emit(findings, EmitOptions())
    lines = out.splitlines()
    assert len(lines) == 4
    assert lines[-1].startswith("2 files, 3 findings (1 error, 1 warning, 1 info) in ")
    assert err == ""


def test_machine_formats_keep_the_summary_and_statistics_off_stdout(findings):
    out = io.StringIO()
    err = io.StringIO()
    emit(
        findings,
        RunInfo(files=["a.md"], rules={}),
        sarif.render,
        EmitOptions(format="sarif", statistics=True),
        stdout=out,
        stderr=err,
    )
    assert json.loads(out.getvalue())["version"] == "2.1.0"
    assert "RK101  missing-section" in err.getvalue()
    assert "1 file, 3 findings" in err.getvalue()


def test_quiet_shows_only_errors_and_no_summary(findings):
    out, _ = _emit(findings, EmitOptions(quiet=True))
    assert out.splitlines() == [
        "reports/cabinet march.md:1:1: RK101 The report has no Legal Implications section (legal)"
    ]


def test_statistics_count_findings_by_rule(findings):
    out, _ = _emit(findings, EmitOptions(statistics=True))
    assert "    1  RK305  long-sentence" in out


def test_the_output_file_is_written_and_stdout_left_empty(tmp_path, findings):
    target = tmp_path / "findings.txt"
    out, err = _emit(findings, EmitOptions(output_file=target))
    assert out == ""
    assert target.read_text(encoding="utf-8").count("\n") == 3
    assert err.startswith("2 files, 3 findings")


def test_the_output_file_may_not_be_one_of_the_reports(tmp_path, findings):
    report = tmp_path / "a.md"
    report.write_text("# Summary\n", encoding="utf-8")
    with pytest.raises(WriteRefused):
        _emit(findings, EmitOptions(output_file=report), RunInfo(files=[str(report)], rules={}))
    assert report.read_text(encoding="utf-8") == "# Summary\n"
