"""reportkit as a pre-commit hook, run by the real ``pre-commit`` in a real git repository.

Two tests, because pre-commit can reach the hook two ways:

* ``repo: local`` with ``language: system`` (always run): exercises real git, real
  ``pre-commit install`` and the hook's exit status and output, with the ``files``/``types``
  filter copied from our ``.pre-commit-hooks.yaml``, against the source tree under test.
* ``repo: <path>`` using our ``.pre-commit-hooks.yaml`` manifest (``language: python``):
  pre-commit clones the hook repository at ``rev``, builds a virtualenv and runs ``pip
  install .`` in it. The working tree may hold uncommitted changes, so the test copies the
  package files into a temporary repository and commits them there. To stay offline the
  virtualenv sees this interpreter's site-packages (``VIRTUALENV_SYSTEM_SITE_PACKAGES``, or
  ``PYTHONPATH`` when we run inside a virtualenv ourselves), pip gets ``--no-index`` and no
  build isolation (the build backend, setuptools, is already installed), and pip's own
  configuration files are ignored. Nothing is downloaded; if the manifest's install needed
  the network, this test would fail rather than hang.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from integration_reports import CLEAN_REPORT, defective, fixed

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_FILES = (
    "src",
    "schemas",
    "templates",
    "pyproject.toml",
    "README.md",
    ".pre-commit-hooks.yaml",
)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _manifest() -> dict:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "GIT_", "PYTHON"))}
    env.update(
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Democratic Services",
        GIT_AUTHOR_EMAIL="democratic.services@example.gov.uk",
        GIT_COMMITTER_NAME="Democratic Services",
        GIT_COMMITTER_EMAIL="democratic.services@example.gov.uk",
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        PIP_NO_BUILD_ISOLATION="0",  # pip reads this "no-" switch inverted: 0 = no isolation
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        NO_COLOR="1",
    )
    # pre-commit itself runs under this interpreter (it is a dependency of the tests).
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    if sys.prefix == sys.base_prefix:
        env["VIRTUALENV_SYSTEM_SITE_PACKAGES"] = "1"
    else:
        env["PYTHONPATH"] = os.pathsep.join(site.getsitepackages())
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def _git(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    result = _run(["git", *args], cwd, env)
    assert result.returncode == 0, result.stderr
    return result


def _agenda_repo(tmp_path: Path, env: dict[str, str], config: dict) -> Path:
    repo = tmp_path / "agenda-papers"
    repo.mkdir()
    _git(repo, env, "init", "-q", "-b", "main")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, env, "add", ".pre-commit-config.yaml")
    _git(repo, env, "commit", "-q", "--no-verify", "-m", "Add pre-commit configuration")
    installed = _run([sys.executable, "-m", "pre_commit", "install"], repo, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (repo / ".git" / "hooks" / "pre-commit").exists()
    return repo


def _commit_cycle(repo: Path, env: dict[str, str]) -> None:
    """A clean report is accepted; a defective one refused with the finding shown; the fix
    is accepted."""
    report = repo / "2025-03-13-cabinet" / "riverside-library.md"
    report.parent.mkdir()
    report.write_text(CLEAN_REPORT, encoding="utf-8")
    _git(repo, env, "add", str(report))
    clean = _run(["git", "commit", "-m", "Riverside Library report"], repo, env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout + clean.stderr

    report.write_text(defective(CLEAN_REPORT), encoding="utf-8")
    _git(repo, env, "add", str(report))
    refused = _run(["git", "commit", "-m", "Shorten the report"], repo, env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "Failed" in output
    assert "riverside-library.md" in output
    assert "RK101" in output and "Legal" in output
    head = _git(repo, env, "log", "--format=%s", "-1").stdout.strip()
    assert head == "Riverside Library report"

    report.write_text(fixed(CLEAN_REPORT), encoding="utf-8")
    _git(repo, env, "add", str(report))
    accepted = _run(["git", "commit", "-m", "Put the legal implications back"], repo, env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    head = _git(repo, env, "log", "--format=%s", "-1").stdout.strip()
    assert head == "Put the legal implications back"


def test_a_local_hook_lets_clean_reports_in_and_keeps_defective_ones_out(tmp_path):
    env = _env(tmp_path)
    env["PYTHONPATH"] = str(ROOT / "src")
    hook = _manifest()
    config = {
        "repos": [
            {
                "repo": "local",
                "hooks": [
                    {
                        "id": "reportkit",
                        "name": "reportkit",
                        "entry": f"{sys.executable} -m reportkit lint",
                        "language": "system",
                        "files": hook["files"],
                        "types": hook["types"],
                    }
                ],
            }
        ]
    }
    repo = _agenda_repo(tmp_path, env, config)
    _commit_cycle(repo, env)


def _hook_repository(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """The package as it is in this working tree, committed in a repository of its own."""
    hook_repo = tmp_path / "reportkit-hook"
    hook_repo.mkdir()
    for name in PACKAGE_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, hook_repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
            )
        elif source.exists():
            shutil.copy2(source, hook_repo / name)
    _git(hook_repo, env, "init", "-q", "-b", "main")
    _git(hook_repo, env, "add", "-A")
    _git(hook_repo, env, "commit", "-q", "-m", "reportkit under test")
    sha = _git(hook_repo, env, "rev-parse", "HEAD").stdout.strip()
    return hook_repo, sha


def test_the_published_hook_manifest_installs_offline_and_guards_commits(tmp_path):
    env = _env(tmp_path)
    hook_repo, sha = _hook_repository(tmp_path, env)
    config = {"repos": [{"repo": str(hook_repo), "rev": sha, "hooks": [{"id": "reportkit"}]}]}
    repo = _agenda_repo(tmp_path, env, config)
    _commit_cycle(repo, env)


def test_the_manifest_matches_reports_by_file_name_because_pre_commit_has_no_docx_type():
    hook = _manifest()
    assert hook["id"] == "reportkit"
    assert hook["language"] == "python"
    assert hook["entry"] == "reportkit lint"
    assert hook["types"] == ["file"]
    import re

    pattern = re.compile(hook["files"])
    assert all(pattern.search(n) for n in ("a.md", "papers/b.docx", "c.txt"))
    assert not any(pattern.search(n) for n in ("a.pdf", "b.docx.bak", "notes.mdx"))
