from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reportkit.parse import InputError, Limits, read_report
from reportkit.spec import load_spec

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
DEFAULT = load_spec("default")
OWN = ["county_numbered.txt", "district_capitals.txt", "labels_on_own_lines.txt"]


def shape(path: Path, spec_name: str = "default") -> dict:
    """What must not depend on the format: sections (ids, numbers, levels, order), typed
    metadata, recommendations, appendices and contact officer."""
    report = read_report(path, load_spec(spec_name), Limits()).report
    contact = report.contact_officer
    return {
        "sections": [(s.id, s.number, s.level, s.covers) for s in report.sections],
        "metadata": report.metadata.model_dump(exclude={"fields"}),
        "recommendations": [r.number for r in report.recommendations],
        "appendices": [(a.label, a.exempt) for a in report.appendices],
        "contact": (contact.name, contact.phone, contact.email) if contact else None,
    }


def test_a_pdf_of_each_seed_reads_like_its_text(seed000, seed002, make_pdf):
    for seed, spec_name in ((seed000, "halton-executive-board"), (seed002, "sefton-cabinet")):
        pdf = make_pdf(seed)
        assert shape(pdf, spec_name) == shape(seed, spec_name), seed.name
        assert read_report(pdf, DEFAULT, Limits()).report.format == "pdf"


@pytest.mark.parametrize("name", OWN)
def test_a_pdf_of_our_fixtures_reads_like_its_text(name, make_pdf):
    pdf = make_pdf(FIXTURES / name)
    assert shape(pdf) == shape(FIXTURES / name)


def test_pdf_pages_let_running_headers_be_removed(make_pdf):
    pdf = make_pdf(FIXTURES / "county_numbered.txt")
    report = read_report(pdf, DEFAULT, Limits()).report
    running = [b.text for b in report.running_text]
    assert running.count("Cabinet - 11 March 2025") == 3
    assert "Page 1 of 3" in running


def _encrypt(source: Path, target: Path, *, user: str, owner: str) -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="AES-128")
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def test_a_password_protected_pdf_is_one_clear_input_error(make_pdf, tmp_path):
    pdf = make_pdf(FIXTURES / "labels_on_own_lines.txt")
    locked = _encrypt(pdf, tmp_path / "locked.pdf", user="secret", owner="owner")
    with pytest.raises(InputError) as err:
        read_report(locked, DEFAULT, Limits())
    assert str(err.value) == f"{locked}: PDF is password-protected; remove the password to lint it"


def test_a_pdf_with_only_an_owner_password_is_read(make_pdf, tmp_path):
    pdf = make_pdf(FIXTURES / "labels_on_own_lines.txt")
    restricted = _encrypt(pdf, tmp_path / "restricted.pdf", user="", owner="owner")
    report = read_report(restricted, DEFAULT, Limits()).report
    assert [s.id for s in report.sections] == ["summary", "recommendations", "legal"]


def test_a_corrupt_pdf_is_one_clear_input_error(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> garbage \x00\x01\x02")
    with pytest.raises(InputError) as err:
        read_report(broken, DEFAULT, Limits())
    message = str(err.value)
    assert message.startswith(f"{broken}: ")
    assert "\n" not in message


def test_a_pdf_without_text_says_it_may_be_a_scan(tmp_path):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=595, height=842)
    blank = tmp_path / "scan.pdf"
    with blank.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="no text to read"):
        read_report(blank, DEFAULT, Limits())


def test_an_oversized_pdf_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * 2048)
    with pytest.raises(InputError, match="too large"):
        read_report(big, DEFAULT, Limits(max_file_bytes=1024))


def test_importing_the_pdf_reader_does_not_import_pypdf():
    code = "import sys, reportkit.parse.pdf; print('pypdf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler pdftotext not installed")
def test_pdftotext_output_of_a_pdf_reads_like_the_pdf(make_pdf, tmp_path):
    """Councils also hand us text from pdftotext -layout; it keeps form feeds."""
    pdf = make_pdf(FIXTURES / "district_capitals.txt")
    out = tmp_path / "district_capitals_extracted.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(out)], check=True)
    assert [s[0] for s in shape(out)["sections"]] == [s[0] for s in shape(pdf)["sections"]]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler pdftotext not installed")
def test_plain_pdftotext_of_a_seed_pdf_reads_like_the_seed(seed002, make_pdf, tmp_path):
    """Without -layout, pdftotext reads the header table column by column and puts no
    blank lines between paragraphs; the metadata and sections must survive that."""
    pdf = make_pdf(seed002)
    out = tmp_path / "seed_plain.txt"
    subprocess.run(["pdftotext", str(pdf), str(out)], check=True)
    got, want = shape(out, "sefton-cabinet"), shape(seed002, "sefton-cabinet")
    assert got["metadata"] == want["metadata"]
    assert [s[0] for s in got["sections"]] == [s[0] for s in want["sections"]]
    assert got["contact"] == want["contact"]
