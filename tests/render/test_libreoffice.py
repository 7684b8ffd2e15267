"""Generated Word files opened by a real LibreOffice and rendered to PDF; the PDF text shows
the headings, Word's paragraph numbers, page numbers and the header table in order."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import soffice_convert

from reportkit.cli import main

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed",
)


def convert(files: list[Path], outdir: Path) -> dict[str, str]:
    """Each file rendered to PDF by LibreOffice, as the text pdftotext reads from it."""
    soffice_convert(files, outdir)
    texts = {}
    for path in files:
        pdf = outdir / f"{path.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert {path.name}"
        texts[path.stem] = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
        ).stdout
    return texts


def in_order(text: str, needles: list[str]) -> bool:
    pos = 0
    for needle in needles:
        found = text.find(needle, pos)
        if found < 0:
            return False
        pos = found + len(needle)
    return True


def test_generated_reports_render_in_libreoffice_with_numbers_pages_and_header_table(
    tmp_path: Path, sample_text: str, exempt_variant: Callable[[str], str]
) -> None:
    sources = {
        "public": sample_text,
        "whole": exempt_variant("whole"),
    }
    built = []
    for name, text in sources.items():
        src = tmp_path / f"{name}.md"
        src.write_text(text, encoding="utf-8")
        out = tmp_path / f"{name}.docx"
        assert main(["build", str(src), "-o", str(out)]) == 0
        built.append(out)
    numbered = tmp_path / "numbered.docx"
    assert (
        main(
            [
                "build",
                str(tmp_path / "public.md"),
                "-o",
                str(numbered),
                "--house-style",
                "numbered-throughout",
            ]
        )
        == 0
    )
    built.append(numbered)
    halton = tmp_path / "halton.docx"
    assert (
        main(
            [
                "build",
                str(tmp_path / "public.md"),
                "-o",
                str(halton),
                "--spec",
                "halton-executive-board",
            ]
        )
        == 0
    )
    built.append(halton)

    texts = convert(built, tmp_path / "pdf")

    public = texts["public"]
    assert in_order(
        public,
        [
            "Report to:",
            "Cabinet",
            "Date of Meeting:",
            "7 March 2024",
            "Subject:",
            "Review of Library Opening Hours",
            "Report of:",
            "Wards Affected:",
            "Portfolio:",
            "Is this a Key",
            "Exempt /",
        ],
    )
    assert in_order(
        public,
        [
            "Summary",
            "Recommendation(s)",
            "(1)",
            "(2)",
            "(3)",
            "Financial Implications",
            "Background Papers",
        ],
    )
    assert re.search(r"^\s*1\.\s+Introduction and Background", public, re.M)
    assert re.search(r"^\s*1\.1\s+The library service runs twelve branches", public, re.M)
    assert re.search(r"^\s*1\.2\s+Opening hours were last reviewed", public, re.M)
    assert re.search(r"^\s*2\.\s+Proposed Hours", public, re.M)
    assert re.search(r"^\s*2\.1\s+The new hours", public, re.M)
    assert "Page 1 of" in public
    assert "NOT FOR PUBLICATION" not in public.split("Exempt /")[0]

    assert "NOT FOR PUBLICATION \u2014 Schedule 12A, paragraph 3" in texts["whole"]

    numbered_text = texts["numbered"]
    assert re.search(r"^\s*1\.\s+Summary", numbered_text, re.M | re.I)
    assert re.search(r"^\s*1\.1\s+This report sets out", numbered_text, re.M)
    assert re.search(r"^\s*2\.\s+Recommendation", numbered_text, re.M | re.I)

    # The house style named after the spec: headings "1.0", paragraphs "1.1".
    assert re.search(r"^\s*1\.0\s+SUMMARY", texts["halton"], re.M)
    assert re.search(r"^\s*1\.1\s+This report sets out", texts["halton"], re.M)
    assert re.search(r"^\s*3\.0\s+REASONS", texts["halton"], re.M)


def test_every_example_and_a_fresh_draft_render_with_their_headings_in_order(
    tmp_path: Path,
) -> None:
    import docx

    from reportkit.render.scaffold import render_scaffold
    from reportkit.spec import load_spec

    examples_dir = Path(__file__).resolve().parents[2] / "examples"
    sources = sorted(examples_dir.glob("**/*.md")) if examples_dir.is_dir() else []
    draft = tmp_path / "draft.md"
    draft.write_text(render_scaffold(load_spec("default"), "Parking Charges"), encoding="utf-8")
    built = []
    for index, src in enumerate([*sources, draft]):
        out = tmp_path / f"doc{index:02d}.docx"
        assert main(["build", str(src), "-o", str(out)]) == 0, src
        built.append(out)

    texts = convert(built, tmp_path / "pdf")

    for out in built:
        text = " ".join(texts[out.stem].split()).lower()
        headings = [
            " ".join(p.text.split()).lower()
            for p in docx.Document(str(out)).paragraphs
            if p.style.name.startswith("Heading") and p.text.strip()
        ]
        assert headings, f"{out.name} has no headings"
        assert in_order(text, headings), f"{out.name}: headings missing or out of order in PDF"
        assert "page 1 of" in text
