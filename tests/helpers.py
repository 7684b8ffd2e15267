"""Helpers shared by tests: running the real command line, and LibreOffice conversions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NO_SOFFICE = "LibreOffice (soffice) is not installed"


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """``python -m reportkit ARGS`` in a fresh process, from the source tree (as a user or a
    pre-commit hook runs it), output captured as text; never raises on a non-zero exit."""
    return subprocess.run(
        [sys.executable, "-m", "reportkit", *args],
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})},
        timeout=timeout,
        check=False,
    )


def soffice_convert(
    sources: list[Path] | Path, out_dir: Path, target: str = "pdf", timeout: float = 180
) -> list[Path]:
    """Convert with LibreOffice in one start (start-up is the slow part); return the files
    written, asserting each exists. ``target`` is an extension or a full filter string
    (``'pdf:writer_pdf_Export:{...}'``). A private profile under ``out_dir`` keeps
    parallel runs from fighting over LibreOffice's lock."""
    if SOFFICE is None:
        raise RuntimeError(NO_SOFFICE)
    files = [sources] if isinstance(sources, Path) else list(sources)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(out_dir / 'lo-profile').resolve().as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )
    extension = target.split(":", 1)[0]
    made = [out_dir / f"{source.stem}.{extension}" for source in files]
    for path in made:
        assert path.is_file(), f"LibreOffice did not write {path.name}"
    return made


# The two real reports (PDF-extracted text) are not in the repository: they live in shared/
# beside the clone (CI) or two levels up from a worktree; REPORTKIT_SEEDS names another folder.
SEED_DIRS = [
    *([Path(os.environ["REPORTKIT_SEEDS"])] if os.environ.get("REPORTKIT_SEEDS") else []),
    REPO / "seeds",
    REPO.parent / "shared" / "seeds",
    REPO.parent.parent / "shared" / "seeds",
]
SEEDS = next((d for d in SEED_DIRS if d.is_dir()), SEED_DIRS[-1])


def seed_path(prefix: str) -> Path:
    """The seed report whose name starts ``<prefix>_``; skips the test, saying where it
    looked, when the seeds are absent."""
    import pytest

    for folder in SEED_DIRS:
        found = sorted(folder.glob(f"{prefix}_*.txt")) if folder.is_dir() else []
        if found:
            return found[0]
    pytest.skip(
        f"seed report {prefix} not found in {', '.join(map(str, SEED_DIRS))} "
        "(set REPORTKIT_SEEDS to the folder holding the shared seeds)"
    )
