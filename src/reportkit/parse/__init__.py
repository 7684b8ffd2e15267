"""Readers: turn a file into the neutral ``Report`` plus messages about what they could not
understand (mammoth's ``Result(value, messages)``). Readers never decide what is wrong with a
report; that is for rules.

Dispatch is by file suffix; each reader module is imported only when a file needs it, so a
pre-commit run over one Markdown file never imports python-docx or pypdf.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from reportkit.model import Location, Report
from reportkit.spec import Spec

# suffix -> module under reportkit.parse exposing ``read(path, spec, limits) -> ReadResult``
READERS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".docx": "docx",
}


class InputError(Exception):
    """An input that cannot be linted. ``str(exc)`` is one line an officer understands,
    naming the file and the problem ("report.docx is password-protected; remove the password
    to lint it"). The CLI prints it and exits 2 after linting the other files."""


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid")

    level: Literal["info", "warning"] = "info"
    text: str
    location: Location | None = None


class ReadResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    report: Report
    messages: list[Message] = Field(default_factory=list)


class Limits(BaseModel):
    """Bounds on what a reader will take on. Configurable under ``[tool.reportkit.limits]``."""

    model_config = ConfigDict(extra="forbid")

    max_file_bytes: int = Field(
        default=50 * 1024 * 1024, gt=0, description="Largest .docx or .pdf file read, in bytes."
    )
    max_text_bytes: int = Field(
        default=5 * 1024 * 1024,
        gt=0,
        description="Largest Markdown or text file read, in bytes (a long report is ~200 KB).",
    )
    max_uncompressed_bytes: int = Field(
        default=200 * 1024 * 1024,
        gt=0,
        description="Largest total unpacked size of a .docx package, in bytes.",
    )
    max_member_bytes: int = Field(
        default=64 * 1024 * 1024,
        gt=0,
        description="Largest unpacked size of one part of a .docx package, in bytes.",
    )
    max_compression_ratio: float = Field(
        default=200.0,
        gt=1,
        description="Largest unpacked/packed ratio of a .docx part over 1 MB (zip bombs).",
    )
    max_zip_members: int = Field(
        default=5000, gt=0, description="Most parts a .docx package may hold."
    )
    max_seconds: float = Field(
        default=30.0,
        ge=0,
        description="Wall-clock seconds to read one file, and again to check it (0: no limit).",
    )
    max_table_depth: int = Field(
        default=10, ge=1, description="Deepest nesting of tables inside tables in a .docx."
    )


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_report(path: Path, spec: Spec, limits: Limits | None = None) -> ReadResult:
    """Read one file. Raises ``InputError`` for anything unusable; never anything else."""
    module_name = READERS.get(path.suffix.lower())
    if module_name is None:
        raise InputError(f"{path}: not a report reportkit can read (use .md, .txt, .pdf or .docx)")
    # The format-independent checks (size, first bytes, encodings, zip bombs, time budget)
    # live in one place, parse/guard.py, which then imports and runs the reader.
    from reportkit.parse import guard

    return guard.read_guarded(Path(path), spec, limits or Limits(), module_name)
