"""Every bad input in the corpus gives one clear line naming the file, quickly, and never a
crash of reportkit itself."""

from __future__ import annotations

import io
import os
import time
import zipfile
from pathlib import Path

import pytest
from hostile_corpus import (
    CORPUS,
    GOOD_MARKDOWN,
    XXE,
    BadInput,
    document_xml,
    good_docx_bytes,
    nested_tables_docx,
    replace_member,
)

from reportkit.parse import InputError, Limits, read_report
from reportkit.parse.guard import ReaderBug
from reportkit.parse.guard_docx import open_docx_zip, safe_xml_parser
from reportkit.spec import Spec

SPEC = Spec(name="test")


def read_error(path: Path, limits: Limits | None = None) -> str:
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_report(path, SPEC, limits)
    assert time.monotonic() - started < 5, f"{path.name} took too long to refuse"
    assert not isinstance(caught.value, ReaderBug), str(caught.value)
    message = str(caught.value)
    assert "\n" not in message
    assert str(path) in message
    return message


@pytest.mark.parametrize("bad", CORPUS, ids=lambda bad: bad.name)
def test_each_bad_input_is_refused_with_one_clear_line(tmp_path: Path, bad: BadInput) -> None:
    path = tmp_path / bad.name
    path.write_bytes(bad.make())
    assert bad.expect.lower() in read_error(path).lower()


def test_a_folder_is_not_read_as_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "report.md"
    folder.mkdir()
    assert "a folder, not a report file" in read_error(folder)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert "file not found" in read_error(tmp_path / "nowhere.docx")


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root, where chmod 000 does not stop reading (as in CI containers)",
)
def test_an_unreadable_file_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "locked.md"
    path.write_text(GOOD_MARKDOWN, encoding="utf-8")
    path.chmod(0)
    try:
        assert "permission denied" in read_error(path).lower()
    finally:
        path.chmod(0o644)


def test_a_50_mb_text_file_is_too_large_by_default(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        line = b"The council notes the report and agrees the recommendations.\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    message = read_error(path)
    assert "too large" in message
    assert "max_text_bytes" in message


def test_the_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(GOOD_MARKDOWN, encoding="utf-8")
    assert "too large" in read_error(path, Limits(max_text_bytes=100))


def test_member_and_total_unpacked_sizes_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(good_docx_bytes())
    member = read_error(path, Limits(max_member_bytes=1000))
    assert "unpacks to" in member and "max_member_bytes" in member
    total = read_error(path, Limits(max_uncompressed_bytes=5000))
    assert "max_uncompressed_bytes" in total


def test_a_package_with_too_many_parts_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(good_docx_bytes())
    assert "max_zip_members" in read_error(path, Limits(max_zip_members=3))


def test_table_nesting_depth_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "nested.docx"
    path.write_bytes(nested_tables_docx(4))
    assert "nested more than 3 deep" in read_error(path, Limits(max_table_depth=3))


def test_many_tables_side_by_side_are_not_mistaken_for_nesting(tmp_path: Path) -> None:
    # More tables than the depth limit: the guard measures the nesting instead of trusting
    # the count of table tags.
    flat = "".join(
        f"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell {i}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>"
        for i in range(5)
    )
    path = tmp_path / "flat.docx"
    path.write_bytes(replace_member(good_docx_bytes(), "word/document.xml", document_xml(flat)))
    report = read_report(path, SPEC, Limits(max_table_depth=2)).report
    assert "cell 4" in report.body_text()


def test_nesting_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "nested.docx"
    path.write_bytes(nested_tables_docx(3))
    assert "innermost" in read_report(path, SPEC, Limits(max_table_depth=3)).report.body_text()


def test_a_central_directory_claiming_an_unknown_zip_version_is_damaged(tmp_path: Path) -> None:
    # Found by the fuzz test: one flipped byte makes zipfile raise NotImplementedError.
    data = bytearray(good_docx_bytes())
    entry = data.index(b"PK\x01\x02")  # first central directory header
    data[entry + 6 : entry + 8] = (235).to_bytes(2, "little")  # "version needed": 23.5
    path = tmp_path / "future.docx"
    path.write_bytes(bytes(data))
    assert "damaged Word file" in read_error(path)


def test_a_main_document_that_is_not_well_formed_is_one_line_naming_it(tmp_path: Path) -> None:
    # Found by the fuzz test: lxml's message for a NUL character spans two lines.
    path = tmp_path / "nul.docx"
    body = "<w:p><w:r><w:t>text\x00more</w:t></w:r></w:p>"
    path.write_bytes(replace_member(good_docx_bytes(), "word/document.xml", document_xml(body)))
    assert "word/document.xml is not well-formed XML" in read_error(path)


def test_a_corrupted_document_part_is_reported_as_damaged(tmp_path: Path) -> None:
    good = good_docx_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as package:
        info = package.getinfo("word/document.xml")
        # the member's data start after its local header: flip bytes in the middle of it
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    broken = bytearray(good)
    for offset in range(middle, middle + 16):
        broken[offset] ^= 0xFF
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(broken))
    assert "damaged" in read_error(path)


def test_the_safe_parser_never_reads_an_external_entity() -> None:
    from lxml import etree

    root = etree.fromstring(
        document_xml("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", XXE), safe_xml_parser()
    )
    text = "".join(root.itertext())
    assert "root:" not in text


def test_the_safe_parser_cannot_be_loosened() -> None:
    with pytest.raises(ValueError, match="resolve_entities"):
        safe_xml_parser(resolve_entities=True)
    with pytest.raises(ValueError, match="huge_tree"):
        safe_xml_parser(huge_tree=True)


def test_open_docx_zip_returns_a_vetted_package(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(good_docx_bytes())
    with open_docx_zip(path, Limits()) as package:
        assert "word/document.xml" in package.namelist()
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(next(b for b in CORPUS if b.name == "zip-bomb.docx").make())
    with pytest.raises(InputError, match="zip bomb"):
        open_docx_zip(bomb, Limits())


def test_a_dtd_hidden_behind_a_long_comment_still_expands_nothing(tmp_path: Path) -> None:
    """The guard looks for a DOCTYPE in the first 64 KB only; beyond that the parser
    settings are the defence, so the Word reader must still not read /etc/passwd."""
    pytest.importorskip("reportkit.parse.docx", reason="the Word reader has not landed")
    padding = "<!--" + "x" * 70000 + "-->"
    body = "<w:p><w:r><w:t>Secret: &xxe;</w:t></w:r></w:p>"
    data = replace_member(good_docx_bytes(), "word/document.xml", document_xml(body, padding + XXE))
    path = tmp_path / "hidden.docx"
    path.write_bytes(data)
    try:
        result = read_report(path, SPEC)
    except InputError as exc:
        assert not isinstance(exc, ReaderBug), str(exc)
        return
    assert "root:" not in result.report.body_text()


def test_a_doctype_after_a_comment_with_markup_in_it_is_refused(tmp_path: Path) -> None:
    # The guard reads the prolog markup by markup: a "<" inside a comment is not the root.
    prolog = "<!-- <w:document> is below -->" + XXE
    data = replace_member(good_docx_bytes(), "word/document.xml", document_xml("", prolog))
    path = tmp_path / "commented.docx"
    path.write_bytes(data)
    assert "has a DOCTYPE" in read_error(path)


def test_a_doctype_deep_in_the_prolog_of_another_part_is_refused(tmp_path: Path) -> None:
    # Parts are inflated a few kilobytes at a time until the root element is reached.
    padding = "<!--" + "x" * 20000 + "-->"
    styles = f'<?xml version="1.0"?>{padding}{XXE}<w:styles xmlns:w="x"/>'.encode()
    path = tmp_path / "styles.docx"
    path.write_bytes(replace_member(good_docx_bytes(), "word/styles.xml", styles))
    assert "word/styles.xml has a DOCTYPE" in read_error(path)


def test_the_word_doctype_inside_a_comment_is_not_a_doctype(tmp_path: Path) -> None:
    prolog = "<!-- no <!DOCTYPE here -->"
    body = "<w:p><w:r><w:t>Library opening hours</w:t></w:r></w:p>"
    data = replace_member(good_docx_bytes(), "word/document.xml", document_xml(body, prolog))
    path = tmp_path / "mention.docx"
    path.write_bytes(data)
    assert "Library opening hours" in read_report(path, SPEC).report.body_text()


@pytest.mark.parametrize("comment", ["", "<!-- a comment makes the guard parse -->"])
def test_nesting_is_measured_from_the_bytes_or_by_a_parse(tmp_path: Path, comment: str) -> None:
    inner = "<w:p><w:r><w:t>deep</w:t></w:r></w:p>"
    for _ in range(4):
        inner = f"<w:tbl><w:tblPr/><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl ><w:p/>"
    flat = "<w:tbl/><w:p/>" * 6  # empty tables do not nest
    data = replace_member(
        good_docx_bytes(), "word/document.xml", document_xml(flat + inner, comment)
    )
    path = tmp_path / "nested.docx"
    path.write_bytes(data)
    # The reader measures the parsed tree; the guard on its own, the bytes (or a parse).
    assert "nested more than 3 deep" in read_error(path, Limits(max_table_depth=3))
    assert "deep" in read_report(path, SPEC, Limits(max_table_depth=4)).report.body_text()
    with pytest.raises(InputError, match="nested more than 3 deep"):
        open_docx_zip(path, Limits(max_table_depth=3))
    open_docx_zip(path, Limits(max_table_depth=4)).close()


def test_prologs_are_inflated_straight_from_the_file_unless_anything_is_unusual(
    tmp_path: Path,
) -> None:
    from reportkit.parse.guard_docx import _start_of

    path = tmp_path / "report.docx"
    path.write_bytes(good_docx_bytes())
    with zipfile.ZipFile(path) as package, open(path, "rb") as raw:
        info = package.getinfo("word/styles.xml")
        assert _start_of(raw, info).startswith(b"<?xml")
        moved = zipfile.ZipInfo("word/styles.xml")
        moved.header_offset = info.header_offset + 1  # not a local header
        moved.compress_type = info.compress_type
        assert _start_of(raw, moved) == b""
    # A local header naming another file than the directory does: zipfile's own error.
    data = bytearray(path.read_bytes())
    at = data.index(b"word/styles.xml")  # the first copy is in the local header
    data[at : at + 4] = b"WORD"
    path.write_bytes(bytes(data))
    assert "damaged Word file" in read_error(path)
