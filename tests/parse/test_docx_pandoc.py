"""Word files written by pandoc: Title style, header table, Compact lists."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportkit.parse import read_report
from reportkit.spec import load_spec

PANDOC = shutil.which("pandoc")

SOURCE = """---
title: Library opening hours
---

| Report to: | Cabinet |
|---|---|
| Date of Meeting: | 4 January 2024 |

# Summary

The hours change on 1 April.

# Recommendations

1. Approve the new hours.
2. Note the saving.

## Financial Implications

The saving is **£4,000** a year.
"""


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
def test_a_pandoc_document_reads_its_title_header_table_and_headings(tmp_path: Path) -> None:
    source = tmp_path / "hours.md"
    source.write_text(SOURCE, encoding="utf-8")
    target = tmp_path / "hours.docx"
    subprocess.run([str(PANDOC), str(source), "-o", str(target)], check=True, timeout=60)
    report = read_report(target, load_spec("default")).report
    assert [(s.id, s.level) for s in report.sections] == [
        ("summary", 1),
        ("recommendations", 1),
        ("financial", 2),
    ]
    assert report.metadata.title == "Library opening hours"
    assert report.metadata.committee == "Cabinet"
    assert str(report.metadata.meeting_date) == "2024-01-04"
    assert [r.text for r in report.recommendations] == [
        "Approve the new hours.",
        "Note the saving.",
    ]
