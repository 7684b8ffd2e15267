"""``read(path, spec, limits)`` of the text readers is the guard's pipeline: a reader
called directly gets the same size limits and decoding as ``read_report``."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("module_name", ["markdown", "text"])
def test_a_reader_called_directly_applies_the_guards_limits_and_decoding(
    tmp_path: Path, module_name: str
) -> None:
    import importlib

    from reportkit.parse import InputError, Limits
    from reportkit.spec import load_spec

    module = importlib.import_module(f"reportkit.parse.{module_name}")
    spec = load_spec("default")
    wide = tmp_path / "wide.txt"
    wide.write_text("## Summary\n\nThe council\u2019s libraries.\n", encoding="utf-16")
    result = module.read(wide, spec, Limits())
    assert "The council\u2019s libraries." in str(result.report.model_dump())
    with pytest.raises(InputError, match="max_text_bytes"):
        module.read(wide, spec, Limits(max_text_bytes=10))
