"""The guard's quick count of table start tags finds exactly what the regular expression
over the whole document finds, in any namespace prefix and in crafted byte soup."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportkit.parse.guard_docx import _TBL_START, _table_starts

PIECES = [
    b"<",
    b">",
    b"/",
    b" ",
    b"\t",
    b":",
    b"w",
    b"w:",
    b"tbl",
    b"tblPr",
    b"<w:tbl>",
    b"</w:tbl>",
    b"<tbl ",
    b"<1a:tbl>",
    b"<_x.y-z:tbl/>",
    b"<a:b:tbl>",
    b"<w:t>tbl </w:t>",
    b"x",
    b".",
    b"-",
]


def _expected(data: bytes) -> list[int]:
    return [m.start() for m in _TBL_START.finditer(data)]


def test_a_word_document_s_tables_are_counted_like_the_regular_expression_does() -> None:
    body = b"<w:tbl><w:tblPr/><w:tr><w:tc><w:tbl w:x='1'><w:tblGrid/></w:tbl></w:tc></w:tr></w:tbl>"
    data = b'<?xml version="1.0"?><w:document><w:body>' + body * 3 + b"<tbl/></w:body>"
    assert list(_table_starts(data)) == _expected(data)
    assert len(_expected(data)) == 7


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_crafted_bytes_give_the_same_table_tags_as_the_regular_expression(
    pieces: list[bytes],
) -> None:
    data = b"".join(pieces)
    assert list(_table_starts(data)) == _expected(data)
