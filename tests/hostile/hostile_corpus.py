"""Bad inputs, made by the tests themselves, each with the words its error must contain.

Every builder writes one file under a folder and returns its path. ``CORPUS`` lists them
with the phrase the one-line error must contain; ``build_corpus`` writes them all.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

GOOD_MARKDOWN = """\
---
committee: Cabinet
meeting_date: 2025-02-06
title: Library opening hours
report_of: Director of Communities
key_decision: false
exempt: false
---

# Summary

This report proposes new opening hours for the three town libraries.

# Recommendations

1. That Cabinet approves the new opening hours from 1 April 2025.

# Financial Implications

The change saves £40,000 a year from the libraries budget.

# Legal Implications

The council has a duty under the Public Libraries and Museums Act 1964.
"""

GOOD_TEXT = """\
REPORT TO: Cabinet
DATE: 6 February 2025
SUBJECT: Library opening hours

1.0 PURPOSE OF THE REPORT

1.1 To propose new opening hours for the three town libraries.

2.0 RECOMMENDATION

2.1 That Cabinet approves the new opening hours from 1 April 2025.

3.0 FINANCIAL IMPLICATIONS

3.1 The change saves £40,000 a year.
"""


def good_docx_bytes() -> bytes:
    """A small but real Word report: headings, paragraphs, a table."""
    import docx

    document = docx.Document()
    document.add_heading("Library opening hours", level=0)
    document.add_heading("Summary", level=1)
    document.add_paragraph("This report proposes new opening hours for the town libraries.")
    document.add_heading("Recommendations", level=1)
    document.add_paragraph("That Cabinet approves the new opening hours.", style="List Number")
    document.add_heading("Financial Implications", level=1)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Year"
    table.cell(0, 1).text = "Saving"
    table.cell(1, 0).text = "2025/26"
    table.cell(1, 1).text = "£40,000"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_member(docx_bytes: bytes, name: str, data: bytes) -> bytes:
    """The same package with one member's content replaced."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == name else src.read(info))
    return out.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def ole_file(streams: list[str]) -> bytes:
    """A minimal OLE compound file (the container of .doc files and of Word's encrypted
    .docx): a header and one directory sector naming ``streams``. Enough for a sniffer;
    no real encryption is needed to test that reportkit recognises the container."""
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<III", header, 44, 1, 0, 0)  # one FAT sector, directory at sector 0
    directory = bytearray()
    for index, name in enumerate(["Root Entry", *streams]):
        entry = bytearray(128)
        raw = name.encode("utf-16-le") + b"\x00\x00"
        entry[0 : len(raw)] = raw
        struct.pack_into("<HB", entry, 64, len(raw), 5 if index == 0 else 2)
        directory += entry
    directory += bytes(-len(directory) % 512)
    return bytes(header) + bytes(directory) + bytes(512)


def zip_bomb_docx(uncompressed: int = 24 * 1024 * 1024) -> bytes:
    """A .docx whose word/document.xml inflates about a thousand times (a zip bomb)."""
    good = good_docx_bytes()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info.filename, src.read(info))
        with dst.open("word/document.xml", "w") as member:
            member.write(document_xml("")[:-30])
            chunk = b" " * (1024 * 1024)
            for _ in range(uncompressed // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def nested_tables_docx(depth: int) -> bytes:
    body = _paragraph("innermost")
    for level in range(depth):
        body = f"<w:tbl><w:tr><w:tc>{body}{_paragraph(f'level {level}')}</w:tc></w:tr></w:tbl>"
        body += _paragraph("")  # Word ends every cell with a paragraph
    return replace_member(good_docx_bytes(), "word/document.xml", document_xml(body))


def encrypted_pdf() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _blank_pdf() -> bytes:
    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


@dataclass(frozen=True)
class BadInput:
    name: str
    """File name, with the suffix that picks the reader."""
    make: Callable[[], bytes]
    expect: str
    """A phrase the one-line error must contain (case-insensitive)."""


CORPUS: tuple[BadInput, ...] = (
    BadInput("zip-bomb.docx", zip_bomb_docx, "zip bomb"),
    BadInput(
        "billion-laughs.docx",
        lambda: replace_member(
            good_docx_bytes(),
            "word/document.xml",
            document_xml(_paragraph("&lol9;"), BILLION_LAUGHS),
        ),
        "entity declarations",
    ),
    BadInput(
        "xxe.docx",
        lambda: replace_member(
            good_docx_bytes(), "word/document.xml", document_xml(_paragraph("&xxe;"), XXE)
        ),
        "entity declarations",
    ),
    BadInput("truncated.docx", lambda: good_docx_bytes()[:3000], "damaged"),
    BadInput("not-a-zip.docx", lambda: b"Cabinet report, typed in Notepad\n", "not a zip"),
    BadInput("old-word.docx", lambda: ole_file(["WordDocument", "1Table"]), "Word 97-2003"),
    BadInput(
        "password.docx",
        lambda: ole_file(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]),
        "password-protected",
    ),
    BadInput("empty.docx", lambda: b"", "is empty"),
    BadInput("empty.md", lambda: b"", "is empty"),
    BadInput("random.md", lambda: random_bytes(20000, 1), "not text"),
    BadInput("random.txt", lambda: random_bytes(20000, 2), "not text"),
    BadInput("random.docx", lambda: random_bytes(20000, 3), "not a zip"),
    BadInput("random.pdf", lambda: random_bytes(20000, 4), "not a PDF"),
    BadInput("nested-tables.docx", lambda: nested_tables_docx(14), "nested"),
    BadInput("locked.pdf", encrypted_pdf, "password-protected"),
    BadInput("corrupt.pdf", lambda: encrypted_pdf()[:200] + random_bytes(3000, 5), "PDF"),
    BadInput("truncated.pdf", lambda: _blank_pdf()[:400], "PDF"),
    BadInput("workbook.docx", lambda: _excel_like(), "Excel workbook"),
)


def _excel_like() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


def build_corpus(folder: Path) -> dict[str, BadInput]:
    folder.mkdir(parents=True, exist_ok=True)
    for bad in CORPUS:
        (folder / bad.name).write_bytes(bad.make())
    return {bad.name: bad for bad in CORPUS}
