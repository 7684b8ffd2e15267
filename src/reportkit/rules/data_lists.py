"""Loading the word and phrase lists in ``reportkit/data`` (packaged YAML), once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

# Beside the package's modules (package data); read by path, like the Word style map, which
# spares a one-file run importing importlib.resources.
DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@cache
def load(name: str) -> dict[str, Any]:
    import yaml

    # The C loader when PyYAML has it: these files are ours, and the pure-Python loader
    # costs a pre-commit run several milliseconds.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load((DATA_DIR / name).read_text("utf-8"), Loader=loader)
    return data if isinstance(data, dict) else {}
