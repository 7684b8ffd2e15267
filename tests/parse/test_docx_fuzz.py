"""Any mix of styles, formatting, tables and tracked changes reads without crashing, with
one location per body paragraph."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportkit.parse import read_report
from reportkit.spec import load_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from docx_build import build_docx

words = st.text(alphabet="abc XYZ:.6()\t", min_size=0, max_size=30)
run = st.fixed_dictionaries(
    {"text": words},
    optional={
        "bold": st.booleans(),
        "hidden": st.booleans(),
        "insert": st.booleans(),
        "delete": st.booleans(),
        "size": st.sampled_from([1, 10, 16]),
    },
)
item = st.one_of(
    words,
    st.fixed_dictionaries({"heading": words.filter(str.strip), "level": st.integers(1, 4)}),
    st.fixed_dictionaries({"runs": st.lists(run, min_size=1, max_size=4)}),
    st.fixed_dictionaries({"text": words, "number": st.integers(0, 3)}),
    st.fixed_dictionaries(
        {"table": st.lists(st.lists(words, min_size=2, max_size=2), min_size=1, max_size=3)}
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(item, max_size=12))
def test_any_word_document_reads_without_crashing(body: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = build_docx({"body": body}, Path(tmp) / "fuzz.docx")
        report = read_report(path, load_spec("default")).report
    assert report.format == "docx"
    for _, block in report.iter_blocks():
        assert block.location.paragraph is not None and block.location.paragraph >= 1
