"""Shared fixtures for reader tests: the seed reports and LibreOffice conversion."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import NO_SOFFICE, SOFFICE, seed_path, soffice_convert

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


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
