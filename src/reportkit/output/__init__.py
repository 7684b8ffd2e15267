"""Formatters, one module per format, picked from a dict. Each module has
``render(findings, run) -> str``; modules are imported only when chosen."""

from __future__ import annotations

import importlib

from reportkit.output.emit import Render

FORMATTERS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
}


def formatter(name: str) -> Render:
    module = importlib.import_module(f"reportkit.output.{FORMATTERS[name]}")
    render: Render = module.render
    return render
