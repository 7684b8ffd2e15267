"""PDF reports: text extracted page by page with pypdf (BSD licence), then read by the text
reader.

pypdf's layout mode keeps blank lines and the gaps between table columns, which the text
reader turns into table cells, as it does for ``pdftotext -layout`` output. Pages are
joined with form feeds so running headers and footers can be recognised and removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportkit.parse import InputError, Limits, ReadResult
from reportkit.spec import Spec


def read(path: Path, spec: Spec, limits: Limits) -> ReadResult:
    from reportkit.parse.text import read_text

    text = extract_text(path, limits)
    return read_text(text, str(path), spec, source_format="pdf")


def extract_text(path: Path, limits: Limits) -> str:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    if size > limits.max_file_bytes:
        raise InputError(f"{path}: file is too large to lint ({size} bytes)")
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted and not _unlock(reader):
            raise InputError(f"{path}: PDF is password-protected; remove the password to lint it")
        pages = [_page_text(page) for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise InputError(f"{path}: not a readable PDF ({_short(exc)})") from None
    except Exception as exc:  # pypdf raises many types on damaged files
        raise InputError(f"{path}: not a readable PDF ({_short(exc)})") from None
    if not any(p.strip() for p in pages):
        raise InputError(
            f"{path}: PDF has no text to read (a scanned image?); lint the Word original instead"
        )
    return "\f".join(pages)


def _unlock(reader: Any) -> bool:
    """Many council PDFs carry only an owner password (no printing/copying); they open
    with an empty user password."""
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _page_text(page: Any) -> str:
    try:
        raw = page.extract_text(extraction_mode="layout")
    except Exception:
        raw = page.extract_text() or ""
    # Indentation is layout, not content; gaps inside a line become tabs in the text reader.
    lines = [line.strip() for line in (raw or "").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]
