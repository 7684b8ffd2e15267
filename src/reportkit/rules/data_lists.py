"""Loading the word and phrase lists in ``reportkit/data`` (packaged YAML), once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> dict[str, Any]:
    text = resources.files("reportkit").joinpath(f"data/{name}").read_text("utf-8")
    data = yaml.safe_load(text)
    return data if isinstance(data, dict) else {}
