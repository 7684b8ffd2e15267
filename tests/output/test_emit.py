import io
import json

import pytest

from reportkit.lint import FileResult
from reportkit.output import get_formatter
from reportkit.output.emit import EmitOptions, emit
from reportkit.safe_write import WriteRefused


def _results(findings):
    by_path: dict[str, list] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    return [FileResult(path, found) for path, found in by_path.items()]


def _emit(findings, options, fmt="text"):
    out, err = io.StringIO(), io.StringIO()
    emit(_results(findings), get_formatter(fmt), options, elapsed=0.5, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_text_findings_go_to_stdout_and_the_summary_to_stderr(findings):
    out, err = _emit(findings, EmitOptions())
    assert len(out.splitlines()) == 3
    assert err == "2 files, 3 findings (1 error, 1 warning, 1 info) in 0.50 s\n"


def test_machine_formats_keep_the_summary_and_statistics_off_stdout(findings):
    out, err = _emit(findings, EmitOptions(format="sarif", statistics=True), fmt="sarif")
    assert json.loads(out)["version"] == "2.1.0"
    assert "RK101  missing-section" in err
    assert "2 files, 3 findings" in err


def test_quiet_shows_only_errors_and_no_summary(findings):
    out, _ = _emit(findings, EmitOptions(quiet=True))
    (line,) = out.splitlines()
    assert line.startswith("reports/cabinet march.md:1:1: RK101 error: The report has no Legal")


def test_statistics_count_findings_by_rule(findings):
    _, err = _emit(findings, EmitOptions(statistics=True))
    assert "    1  RK305  long-sentence" in err


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
        emit(
            [FileResult(str(report), findings)],
            get_formatter("text"),
            EmitOptions(output_file=report),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    assert report.read_text(encoding="utf-8") == "# Summary\n"
