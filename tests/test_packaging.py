"""A non-editable install (what pre-commit does) finds the bundled specs and templates
under ``<prefix>/share/reportkit``, where pyproject's data-files put them."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def data_files() -> dict[str, list[str]]:
    """The data-files mapping as setuptools itself expands it (globs included)."""
    from setuptools.config.pyprojecttoml import apply_configuration
    from setuptools.dist import Distribution

    cwd = Path.cwd()
    os.chdir(REPO)
    try:
        dist = apply_configuration(Distribution(), REPO / "pyproject.toml")
    finally:
        os.chdir(cwd)
    return {target: list(files) for target, files in dist.data_files or []}


def test_every_spec_and_template_is_installed_under_share_reportkit() -> None:
    installed = {
        f"{target}/{Path(f).name}" for target, files in data_files().items() for f in files
    }
    wanted = [p for p in (REPO / "schemas").glob("*.yaml")]
    wanted += [p for p in (REPO / "templates").rglob("*") if p.is_file()]
    assert wanted
    for path in wanted:
        assert f"share/reportkit/{path.relative_to(REPO).as_posix()}" in installed, path


def _install_copy(tmp_path: Path) -> tuple[Path, Path]:
    """What a wheel installs, laid out by hand: the data files under ``prefix`` and the
    package in ``site``, away from the source checkout. Returns (prefix, site)."""
    prefix = tmp_path / "prefix"
    for target, files in data_files().items():
        (prefix / target).mkdir(parents=True, exist_ok=True)
        for name in files:
            shutil.copy(REPO / name, prefix / target)
    site = tmp_path / "site-packages"
    shutil.copytree(REPO / "src" / "reportkit", site / "reportkit")
    return prefix, site


def test_an_installed_copy_finds_the_default_spec_under_its_prefix(tmp_path: Path) -> None:
    prefix, site = _install_copy(tmp_path)
    code = (
        "import sys; sys.prefix = sys.argv[1]\n"
        "from reportkit.spec import builtin_dirs, load_spec\n"
        "print(builtin_dirs()[0]); print(len(load_spec('default').sections))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(prefix)],
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    where, count = result.stdout.split()
    assert Path(where) == prefix / "share" / "reportkit" / "schemas"
    assert int(count) > 10


def test_an_installed_copy_writes_and_builds_a_report_from_another_folder(
    tmp_path: Path,
) -> None:
    """``new`` and ``build`` find the scaffold and house styles under the prefix too, run
    from a folder that has nothing to do with the source checkout."""
    prefix, site = _install_copy(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import sys; sys.prefix = sys.argv[1]\n"
        "from reportkit.cli import main\n"
        "assert main(['new', '--spec', 'default', '--title', 'Parks', '-o', 'x.md']) == 0\n"
        "sys.exit(main(['build', 'x.md', '-o', 'x.docx']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(prefix)],
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        cwd=elsewhere,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "## Legal Implications" in (elsewhere / "x.md").read_text(encoding="utf-8")
    assert (elsewhere / "x.docx").read_bytes()[:2] == b"PK"
    umask = os.umask(0)
    os.umask(umask)
    # Ordinary permissions, not the owner-only ones of a temporary file.
    assert (elsewhere / "x.md").stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.skipif(
    importlib.util.find_spec("wheel") is None, reason="the wheel package is needed to build one"
)
def test_a_wheel_installed_into_a_venv_lints_with_the_default_spec(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    # The new venv sees this environment's packages (setuptools, wheel, the dependencies)
    # after its own, so the install needs no network, whether or not we run inside a venv.
    venv_site = subprocess.run(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(venv_site) / "outer-environment.pth").write_text("\n".join(sorted(outer)) + "\n")
    subprocess.run(
        [
            str(py),
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            str(REPO),
        ],
        check=True,
        cwd=tmp_path,
    )
    result = subprocess.run(
        [str(py), "-m", "reportkit", "lint", str(REPO / "examples" / "clean-report.md")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (venv / "share" / "reportkit" / "schemas" / "default.yaml").is_file()
