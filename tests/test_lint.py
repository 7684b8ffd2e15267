"""The engine: selection, severity, per-file ignores, rule options, suppressions, and
per-file errors that never stop the other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.config import Config
from reportkit.findings import Severity
from reportkit.lint import RuleOptionsError, lint_paths, lint_report, lint_text, selected_rules
from reportkit.model import Location, Metadata, Report, Section
from reportkit.spec import load_spec

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EMPTY_FINANCE = "# Summary\nA summary.\n# Financial Implications\nTBC\n"


def codes(findings) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in findings}


def test_select_by_code_name_and_prefix() -> None:
    assert codes(lint_text(EMPTY_FINANCE, select=["RK102"])) == {"RK102"}
    assert codes(lint_text(EMPTY_FINANCE, select=["empty-section"])) == {"RK102"}
    assert codes(lint_text(EMPTY_FINANCE, select=["RK10"])) >= {"RK101", "RK102", "RK105"}


def test_ignore_and_off_remove_rules() -> None:
    config = Config(ignore=["missing-section"], severity={"RK105": "off"})
    names = {r.code for r in selected_rules(config)}
    assert "RK101" not in names and "RK105" not in names and "RK102" in names


def test_severity_can_be_raised_by_name() -> None:
    config = Config(severity={"empty-section": "error"})
    found = [f for f in lint_text(EMPTY_FINANCE, config=config) if f.code == "RK102"]
    assert found and all(f.severity is Severity.ERROR for f in found)


def test_per_file_ignores_match_globs_relative_to_the_config(tmp_path: Path) -> None:
    config = Config(per_file_ignores={"drafts/*.md": ["RK1"]}, root=tmp_path)
    ran = {r.code for r in selected_rules(config, path=str(tmp_path / "drafts" / "a.md"))}
    assert not any(code.startswith("RK1") for code in ran)
    ran = {r.code for r in selected_rules(config, path=str(tmp_path / "final" / "a.md"))}
    assert "RK101" in ran


def test_rule_options_come_from_spec_then_config() -> None:
    text = "# Summary\nA summary.\n# Financial Implications\nto follow\n"
    assert "RK102" not in codes(lint_text(text))
    config = Config(rules={"empty-section": {"placeholders": ["to follow"]}})
    assert "RK102" in codes(lint_text(text, config=config))


def test_bad_rule_options_are_reported_not_crashed_on() -> None:
    config = Config(rules={"empty-section": {"placeholders": 3}})
    with pytest.raises(RuleOptionsError, match="empty-section"):
        lint_text(EMPTY_FINANCE, config=config)


def test_a_next_block_suppression_silences_only_the_block_after_it() -> None:
    text = (
        "# Summary\nA summary.\n<!-- reportkit: disable=RK102 -->\n# Financial Implications\n"
        "TBC\n# Legal Implications\nTBC\n"
    )
    lines = [f.location.line for f in lint_text(text) if f.code == "RK102"]
    assert lines == [6]


def test_a_report_built_in_code_is_linted_and_findings_are_sorted() -> None:
    where = Location(path="r.md", line=5)
    report = Report(
        path="r.md",
        format="markdown",
        metadata=Metadata(key_decision=False, exempt="no"),
        sections=[
            Section(id="recommendations", heading="Recommendations", location=where),
            Section(id="summary", heading="Summary", location=where.model_copy(update={"line": 9})),
        ],
    )
    found = lint_report(report, load_spec("default"))
    assert {"RK101", "RK102", "RK104", "RK105"} <= codes(found)
    keys = [f.sort_key() for f in found]
    assert keys == sorted(keys)


def test_an_unreadable_file_is_one_error_and_the_others_are_still_linted(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    results = list(
        lint_paths([EXAMPLES / "clean-report.md", bad, EXAMPLES / "defective-report.md"])
    )
    assert [Path(r.path).name for r in results] == [
        "clean-report.md",
        "broken.pdf",
        "defective-report.md",
    ]
    assert results[0].error is None and results[2].findings
    assert results[1].error and "broken.pdf" in results[1].error and "\n" not in results[1].error


def test_a_reader_crash_becomes_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reportkit.parse.markdown as md

    def boom(*args: object) -> None:
        raise RuntimeError("unexpected\nstate")

    monkeypatch.setattr(md, "read", boom)
    report = tmp_path / "r.md"
    report.write_text("# Summary\n")
    (result,) = lint_paths([report])
    assert result.error == f"{report}: could not be linted (RuntimeError: unexpected state)"


def test_folders_are_walked_for_reports_only(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Summary\nText.\n")
    (tmp_path / "notes.csv").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "b.md").write_text("# Summary\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Summary\n")
    assert [Path(r.path).name for r in lint_paths([tmp_path])] == ["a.md", "c.txt"]


def test_spec_rule_options_are_overridden_by_config(tmp_path: Path) -> None:
    spec_path = tmp_path / "northshire.yaml"
    spec_path.write_text(
        "name: northshire\nextends: default\n"
        "rules:\n  empty-section:\n    placeholders: [to follow]\n"
    )
    spec = load_spec(str(spec_path))
    text = "# Summary\nA summary.\n# Financial Implications\nto follow\n# Legal\nTBC\n"
    by_spec = [f.location.line for f in lint_text(text, spec=spec) if f.code == "RK102"]
    assert by_spec == [3]  # the spec's list replaces the default one, so TBC passes
    config = Config(rules={"RK102": {"placeholders": ["tbc"]}})
    by_config = [
        f.location.line for f in lint_text(text, spec=spec, config=config) if f.code == "RK102"
    ]
    assert by_config == [5]
