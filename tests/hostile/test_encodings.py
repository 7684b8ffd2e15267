"""Text files arrive in whatever encoding the author's editor chose. UTF-8 (with or without
a byte-order mark), UTF-16/32 with a mark and Windows-1252 are read, with at most an info
message; binary data is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import GOOD_MARKDOWN, GOOD_TEXT

from reportkit.parse import InputError, read_report
from reportkit.parse.guard import decode_text
from reportkit.spec import Spec

CP1252 = "Budget: £40,000 \u2013 agreed \u201cin principle\u201d\n"


def test_utf8_is_read_without_messages() -> None:
    text, messages = decode_text(CP1252.encode("utf-8"), "r.txt")
    assert text == CP1252
    assert messages == []


def test_a_utf8_byte_order_mark_is_dropped_silently() -> None:
    text, messages = decode_text(b"\xef\xbb\xbf" + CP1252.encode("utf-8"), "r.txt")
    assert text == CP1252
    assert messages == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_a_mark_are_read_with_an_info_message(codec: str) -> None:
    text, messages = decode_text(CP1252.encode(codec), "r.txt")
    assert text == CP1252
    assert [m.level for m in messages] == ["info"]
    assert codec.upper().replace("-", "") in messages[0].text.replace("-", "")


def test_utf16_without_a_mark_is_recognised() -> None:
    text, messages = decode_text(("Cabinet report\n" * 20).encode("utf-16-le"), "r.txt")
    assert text.startswith("Cabinet report")
    assert messages[0].level == "info"


def test_windows_1252_falls_back_with_an_info_message() -> None:
    text, messages = decode_text(CP1252.encode("cp1252"), "r.txt")
    assert text == CP1252
    assert [m.level for m in messages] == ["info"]
    assert "Windows-1252" in messages[0].text


def test_bytes_windows_1252_leaves_undefined_still_decode() -> None:
    text, _ = decode_text(b"Caf\xe9 \x81 menu for the Cabinet meeting in March\n", "r.txt")
    assert text.startswith("Café")


def test_form_feeds_and_tabs_from_pdf_extraction_are_text() -> None:
    text, messages = decode_text(b"Page 1\f\tPage 2\n" * 50, "r.txt")
    assert "\f" in text and messages == []


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        (b"text\x00with a NUL", "NUL bytes"),
        (bytes(range(1, 32)) * 40, "not text"),
        (b"\xef\xbb\xbf\xff\xfe bad", "byte-order mark"),
    ],
)
def test_binary_data_is_refused(data: bytes, phrase: str) -> None:
    with pytest.raises(InputError, match=phrase):
        decode_text(data, "r.txt")


@pytest.mark.parametrize(
    ("name", "content", "encoding"),
    [
        ("report.txt", GOOD_TEXT, "cp1252"),
        ("report.txt", "\ufeff" + GOOD_TEXT, "utf-8"),
        ("report.md", GOOD_MARKDOWN, "cp1252"),
        ("report.md", GOOD_MARKDOWN, "utf-16"),
    ],
)
def test_reports_in_other_encodings_are_read_in_full(
    tmp_path: Path, name: str, content: str, encoding: str
) -> None:
    pytest.importorskip(
        f"reportkit.parse.{'text' if name.endswith('.txt') else 'markdown'}",
        reason="the text readers have not landed",
    )
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    result = read_report(path, Spec(name="test"))
    assert all(m.level == "info" for m in result.messages)
    assert "£40,000" in result.report.body_text()
