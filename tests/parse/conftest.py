"""Shared fixtures for reader tests: the seed reports and LibreOffice conversion."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import NO_SOFFICE, SOFFICE, soffice_convert

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

# The seeds live in shared/ beside the clone (CI) or two levels up from a worktree;
# REPORTKIT_SEEDS names another folder.
SEED_DIRS = [
    *([Path(os.environ["REPORTKIT_SEEDS"])] if os.environ.get("REPORTKIT_SEEDS") else []),
    REPO.parent / "shared" / "seeds",
    REPO.parent.parent / "shared" / "seeds",
]


def seed_path(prefix: str) -> Path:
    for folder in SEED_DIRS:
        found = sorted(folder.glob(f"{prefix}_*.txt")) if folder.is_dir() else []
        if found:
            return found[0]
    pytest.skip(f"seed report {prefix} not found in {', '.join(map(str, SEED_DIRS))}")


@pytest.fixture
def seed000() -> Path:
    return seed_path("000")


@pytest.fixture
def seed002() -> Path:
    return seed_path("002")


@pytest.fixture
def make_pdf(tmp_path: Path):
    """``make_pdf(path)`` converts a text file to PDF in a temporary folder."""
    return lambda source: to_pdf(source, tmp_path)


def to_pdf(source: Path, out_dir: Path) -> Path:
    """Convert a text file to PDF with LibreOffice, as a council's web team might."""
    if SOFFICE is None:
        pytest.skip(f"{NO_SOFFICE}; cannot make PDFs to read")
    local = out_dir / source.name
    shutil.copyfile(source, local)
    (pdf,) = soffice_convert(local, out_dir)
    return pdf
