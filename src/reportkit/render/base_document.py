"""The Word package a generated report starts from, when no council reference document is
given: reportkit's own minimal document (``reportkit/data/base-docx/``).

It defines only the styles the renderer uses (Normal, Title, Heading 1-3, the list styles,
Quote, Header, Footer, Table Grid and Word's defaults). The house style
(``templates/house-styles/*.yaml``) sets their fonts, sizes, colours and spacing; the base
says what does not vary: which style is the default, what each is based on, and the outline
level that makes a heading a heading for Word's navigation pane, contents and screen
readers. python-docx's stock template would do, but it carries 100 table styles, a second
copy of its styles for Word 2010 and a thumbnail picture: two thirds of each generated file
and a fifth of the time to build one.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

_BASE = Path(__file__).resolve().parent.parent / "data" / "base-docx"

# Part name in the package -> file under data/base-docx/ (stored without the leading dot
# and brackets that packaging tools treat specially).
PARTS = {
    "[Content_Types].xml": "content-types.xml",
    "_rels/.rels": "_rels/package.rels",
    "docProps/core.xml": "docProps/core.xml",
    "word/document.xml": "word/document.xml",
    "word/_rels/document.xml.rels": "word/_rels/document.xml.rels",
    "word/styles.xml": "word/styles.xml",
    "word/settings.xml": "word/settings.xml",
    "word/numbering.xml": "word/numbering.xml",
}


def base_package() -> bytes:
    """The base document as .docx bytes (stored, not compressed: it is read at once)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for part, source in PARTS.items():
            archive.writestr(part, (_BASE / source).read_bytes())
    return buffer.getvalue()


def new_document() -> Any:
    """A python-docx ``Document`` opened on the base package."""
    import docx

    return docx.Document(io.BytesIO(base_package()))
