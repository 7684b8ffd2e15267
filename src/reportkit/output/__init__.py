"""Output formats, one module each, picked by name. A formatter module exposes
``render(results: Sequence[FileResult]) -> str``; it never decides the exit status.
Add a format by adding a line here (values are imported only when used)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportkit.lint import FileResult

FORMATTERS: dict[str, str] = {
    "text": "reportkit.output.text",
    "json": "reportkit.output.json",
    "sarif": "reportkit.output.sarif",
    "github": "reportkit.output.github",
    "junit": "reportkit.output.junit",
}


def get_formatter(name: str) -> Callable[[Sequence[FileResult]], str]:
    if name not in FORMATTERS:
        raise KeyError(f"unknown format {name!r} (choose from {', '.join(FORMATTERS)})")
    render: Callable[[Sequence[FileResult]], str] = importlib.import_module(FORMATTERS[name]).render
    return render
