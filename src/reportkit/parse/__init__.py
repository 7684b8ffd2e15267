"""Readers: turn a file into the neutral ``Report`` plus messages about what they could not
understand (mammoth's ``Result(value, messages)``). Readers never decide what is wrong with a
report; that is for rules.

Dispatch is by file suffix; each reader module is imported only when a file needs it, so a
pre-commit run over one Markdown file never imports python-docx or pypdf.
"""

from __future__ import annotations

import importlib
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

    max_file_bytes: int = 50 * 1024 * 1024
    max_uncompressed_bytes: int = 200 * 1024 * 1024
    max_compression_ratio: float = 200.0
    max_seconds: float = 30.0
    max_table_depth: int = 10


def supported(path: Path) -> bool:
    return path.suffix.lower() in READERS


def read_report(path: Path, spec: Spec, limits: Limits | None = None) -> ReadResult:
    """Read one file. Raises ``InputError`` for anything unusable; never anything else."""
    module_name = READERS.get(path.suffix.lower())
    if module_name is None:
        raise InputError(f"{path}: not a report reportkit can read (use .md, .txt, .pdf or .docx)")
    module = importlib.import_module(f"reportkit.parse.{module_name}")
    result: ReadResult = module.read(path, spec, limits or Limits())
    return result
