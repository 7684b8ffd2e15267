import io

from reportkit.findings import Finding, Severity
from reportkit.model import Location
from reportkit.progress import Progress, interactive, statistics, summary_line, use_colour


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def _f(code: str, severity: Severity) -> Finding:
    return Finding(
        code=code,
        name=f"rule-{code}",
        severity=severity,
        message="m",
        location=Location(path="a.md", line=1),
    )


def test_the_summary_counts_files_and_findings_by_severity():
    findings = [
        _f("RK101", Severity.ERROR),
        _f("RK102", Severity.WARNING),
        _f("RK102", Severity.WARNING),
    ]
    assert summary_line(3, findings, 0.456) == "3 files, 3 findings (1 error, 2 warnings) in 0.46 s"
    assert summary_line(1, [], 0.01, input_errors=1) == (
        "1 file, 0 findings, 1 unreadable file in 0.01 s"
    )


def test_the_summary_counts_every_info_finding_not_just_one():
    findings = [_f("RK308", Severity.INFO) for _ in range(12)] + [_f("RK102", Severity.WARNING)]
    assert summary_line(1, findings, 0.1) == "1 file, 13 findings (1 warning, 12 info) in 0.10 s"


def test_statistics_count_by_rule_most_frequent_first():
    findings = [
        _f("RK101", Severity.ERROR),
        _f("RK102", Severity.WARNING),
        _f("RK102", Severity.WARNING),
    ]
    assert statistics(findings).splitlines() == [
        "    2  RK102  rule-RK102",
        "    1  RK101  rule-RK101",
    ]


def test_colour_only_on_a_terminal_and_never_with_no_color():
    assert use_colour(_Tty(), {})
    assert not use_colour(_Tty(), {"NO_COLOR": ""})
    assert not use_colour(io.StringIO(), {})


def test_no_progress_bar_in_ci_or_in_a_pipe():
    assert interactive(_Tty(), {})
    assert not interactive(_Tty(), {"CI": "true"})
    assert not interactive(io.StringIO(), {})


def test_the_bar_draws_on_a_terminal_and_wipes_itself_at_the_end():
    stream = _Tty()
    bar = Progress(40, stream, enabled=True)
    for _ in range(40):
        bar.advance()
    assert "40/40 files" in stream.getvalue()
    bar.close()
    assert stream.getvalue().endswith("\r")
    quiet = io.StringIO()
    Progress(40, quiet).advance()
    assert quiet.getvalue() == ""


def test_colourise_marks_only_the_severity_word():
    from reportkit.progress import colourise

    line = "a.md:3:1: RK101 error: The report has no error: section [missing-section]\n"
    assert colourise(line) == (
        "a.md:3:1: RK101 \033[1;31merror\033[0m: The report has no error: section "
        "[missing-section]\n"
    )
