"""Configuration: discovery upward from the file, both file kinds, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.config import ConfigError, config_for, find_config_file, load_config


def test_reportkit_toml_is_found_from_a_file_in_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "reportkit.toml").write_text('spec = "halton-executive-board"\n')
    report = tmp_path / "cabinet" / "2026" / "report.md"
    report.parent.mkdir(parents=True)
    report.write_text("# Summary\n")
    assert find_config_file(str(report)) == tmp_path / "reportkit.toml"
    assert config_for(report).spec == "halton-executive-board"


def test_pyproject_without_a_reportkit_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.reportkit]\nignore = ["RK104"]\n')
    inner = tmp_path / "sub"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    config = config_for(inner / "report.md")
    assert config.ignore == ["RK104"]
    assert config.root == tmp_path


def test_kebab_case_keys_are_read(tmp_path: Path) -> None:
    path = tmp_path / "reportkit.toml"
    path.write_text(
        'spec-dirs = ["specs"]\n[per-file-ignores]\n"drafts/*.md" = ["RK101"]\n'
        '[severity]\nRK102 = "error"\n[rules.empty-section]\nplaceholders = ["tbc"]\n'
        "[limits]\nmax-file-bytes = 1000\n".replace("max-file-bytes", "max_file_bytes")
    )
    config = load_config(path)
    assert config.per_file_ignores == {"drafts/*.md": ["RK101"]}
    assert config.spec_paths() == [tmp_path / "specs"]
    assert config.severity == {"RK102": "error"}
    assert config.limits.max_file_bytes == 1000


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("selct = []\n", "selct"),
        ('[severity]\nRK101 = "loud"\n', "severity.RK101"),
        ("spec = [\n", "not valid TOML"),
    ],
)
def test_a_bad_config_is_one_clear_error_naming_the_file(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "reportkit.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert str(path) in message and problem in message and "\n" not in message


def test_no_config_anywhere_gives_the_defaults(tmp_path: Path) -> None:
    if find_config_file(str(tmp_path)) is not None:
        pytest.skip("a reportkit config sits above the temporary folder")
    config = config_for(tmp_path / "x.md")
    assert config.select is None and config.ignore == [] and config.spec is None
