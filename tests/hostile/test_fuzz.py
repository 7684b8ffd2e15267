"""Fuzzing the readers through ``read_report``: whatever the bytes, the result is a report or
one ``InputError`` (never a ``ReaderBug``, never another exception), and linting what was read
never raises.

Budget: the ``hostile-ci`` profile (about 60 examples a test, the file well under a minute).
``HYPOTHESIS_PROFILE=nightly`` selects ``hostile-nightly`` (3000 examples a test); see
docs/limits.md.
"""

from __future__ import annotations

import importlib
import io
import os
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hostile_corpus import good_docx_bytes
from hypothesis import given, settings
from hypothesis import strategies as st

from reportkit.parse import InputError, ReadResult, read_report
from reportkit.parse.guard import ReaderBug, decode_text
from reportkit.spec import Spec

FUZZ = settings.get_profile("hostile-" + os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def _have(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


@cache
def _spec() -> Spec:
    from reportkit.spec import SpecError, load_spec

    try:
        return load_spec("default")
    except SpecError:
        return Spec(name="fuzz")


def _read_and_lint(path: Path) -> ReadResult | None:
    """The property every test checks."""
    try:
        result = read_report(path, _spec())
    except ReaderBug as exc:
        raise AssertionError(f"reader crashed: {exc}") from exc.__cause__
    except InputError as exc:
        message = str(exc)
        assert message and "\n" not in message
        return None
    if _have("reportkit.lint"):
        from reportkit.lint import lint_report

        lint_report(result.report, _spec())
    return result


# -- text and Markdown -------------------------------------------------------------------------

_words = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=40)
_labels = st.sampled_from(
    [
        "committee",
        "meeting_date",
        "title",
        "key_decision",
        "exempt",
        "exempt_paragraphs",
        "wards",
        "report_of",
        "forward_plan",
        "Report to",
        "x",
    ]
)
_values = st.one_of(
    _words,
    st.sampled_from(
        [
            "yes",
            "no",
            "2025-02-30",
            "31/12/2024",
            "[1, 2",
            "{a: b",
            "!!python/object/apply:os.system [ls]",
            "&a [*a]",
            "*missing",
            "|",
            ">",
            "'unterminated",
            "- item",
            "null",
            "~",
            "1e999",
            "Part 2",
        ]
    ),
)
_front_matter = st.lists(st.builds(lambda k, v: f"{k}: {v}", _labels, _values), max_size=6).map(
    lambda lines: "---\n" + "\n".join(lines) + "\n---\n"
)
_heading = st.builds(
    lambda marks, number, title: f"{marks}{number}{title}",
    st.sampled_from(["# ", "## ", "###### ", "", "**"]),
    st.sampled_from(["", "1.0 ", "6. ", "A. ", "(a) ", "10.1.2 "]),
    st.one_of(
        st.sampled_from(
            [
                "Summary",
                "RECOMMENDATIONS",
                "Financial Implications",
                "Legal Implications:",
                "Equality Implications: None identified",
                "Background Papers",
                "Appendices",
                "Contact Officer",
            ]
        ),
        _words,
    ),
)
_line = st.one_of(
    _heading,
    _words,
    st.sampled_from(
        [
            "\t",
            "\f",
            "\x0b",
            "\r",
            "| a | b |",
            "|---|---|",
            "- item",
            "1) item",
            "<!-- reportkit: disable=RK101 -->",
            "<!-- reportkit: disable -->",
            "Appendix A - NOT FOR PUBLICATION",
            "Tel: 0151 123",
            "```",
            "> quote",
            "Page 12",
            "Agenda Item 7",
            "---",
            "\u200b",
            "\ufeff",
            "\u2028",
        ]
    ),
)
_documents = st.builds(
    lambda front, lines: front + "\n".join(lines),
    st.one_of(st.just(""), _front_matter, st.just("---\n"), st.just("---\n---\n")),
    st.lists(_line, max_size=40),
)
_encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")


@pytest.mark.skipif(not _have("reportkit.parse.markdown"), reason="Markdown reader not landed")
@FUZZ
@given(text=_documents, encoding=_encodings)
def test_the_markdown_reader_survives_anything(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str
) -> None:
    path = tmp_path_factory.mktemp("md") / "report.md"
    path.write_bytes(_encode(text, encoding) or b"x")
    _read_and_lint(path)


@pytest.mark.skipif(not _have("reportkit.parse.text"), reason="text reader not landed")
@FUZZ
@given(text=_documents, encoding=_encodings)
def test_the_text_reader_survives_anything(
    tmp_path_factory: pytest.TempPathFactory, text: str, encoding: str
) -> None:
    path = tmp_path_factory.mktemp("txt") / "report.txt"
    path.write_bytes(_encode(text, encoding) or b"x")
    _read_and_lint(path)


@FUZZ
@given(data=st.binary(max_size=3000))
def test_decoding_arbitrary_bytes_gives_text_or_one_input_error(data: bytes) -> None:
    try:
        text, messages = decode_text(data, "report.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str)
    assert all(m.level == "info" for m in messages)


# -- Word ----------------------------------------------------------------------------------------


@cache
def _good() -> tuple[bytes, bytes]:
    data = good_docx_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return data, package.read("word/document.xml")


_mutation = st.tuples(
    st.sampled_from(["flip", "truncate", "insert", "delete"]),
    st.floats(min_value=0, max_value=1, allow_nan=False),
    st.binary(min_size=1, max_size=16),
)


def _mutate(data: bytes, mutations: list[tuple[str, float, bytes]]) -> bytes:
    out = bytearray(data)
    for kind, where, payload in mutations:
        at = min(int(where * len(out)), max(len(out) - 1, 0))
        if kind == "flip" and out:
            for i, byte in enumerate(payload):
                if at + i < len(out):
                    out[at + i] ^= byte or 0xFF
        elif kind == "truncate":
            del out[at:]
        elif kind == "insert":
            out[at:at] = payload
        elif kind == "delete":
            del out[at : at + len(payload)]
    return bytes(out)


def _rezip(document: bytes) -> bytes:
    data, _ = _good()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            content = document if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, content)
    return out.getvalue()


_xml_snippets = st.sampled_from(
    [
        b"<w:tbl>",
        b"</w:tbl>",
        b"<w:tc>",
        b"<w:p>",
        b"</w:p>",
        b"<w:ins>",
        b"&amp;",
        b"&bogus;",
        b'<w:pStyle w:val="Heading9"/>',
        b'<w:numPr><w:ilvl w:val="99"/></w:numPr>',
        b"\x00",
        b"\xff\xfe",
        b"<!DOCTYPE x>",
        b"<?pi?>",
        b"<![CDATA[x]]>",
        b'<w:t xml:space="preserve">',
    ]
)


@pytest.mark.skipif(not _have("reportkit.parse.docx"), reason="Word reader not landed")
@FUZZ
@given(mutations=st.lists(_mutation, min_size=1, max_size=4))
def test_the_word_reader_survives_damaged_packages(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[Any]
) -> None:
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(_mutate(_good()[0], mutations))
    _read_and_lint(path)


@pytest.mark.skipif(not _have("reportkit.parse.docx"), reason="Word reader not landed")
@FUZZ
@given(
    mutations=st.lists(_mutation, max_size=3),
    inserts=st.lists(
        st.tuples(st.floats(min_value=0, max_value=1, allow_nan=False), _xml_snippets),
        max_size=4,
    ),
)
def test_the_word_reader_survives_damaged_document_xml(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[Any], inserts: list[Any]
) -> None:
    document = _mutate(_good()[1], mutations)
    for where, snippet in inserts:
        at = int(where * len(document))
        document = document[:at] + snippet + document[at:]
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(_rezip(document))
    _read_and_lint(path)


@FUZZ
@given(
    mutations=st.lists(_mutation, min_size=1, max_size=4),
    in_document=st.booleans(),
)
def test_the_word_package_guard_raises_only_input_errors(
    tmp_path_factory: pytest.TempPathFactory, mutations: list[Any], in_document: bool
) -> None:
    from reportkit.parse import Limits
    from reportkit.parse.guard import check_file

    data = _rezip(_mutate(_good()[1], mutations)) if in_document else _mutate(_good()[0], mutations)
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(data)
    try:
        check_file(path, Limits(), "docx")
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)


# Well-formed Word files with arbitrary content: headings at every level, list and unknown
# styles, odd text, tables (nested too), the shapes that reach the reader's deeper paths.
_xml_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32)])),
    ),
    max_size=60,
)
_docx_items = st.lists(
    st.one_of(
        st.tuples(st.just("heading"), st.integers(0, 9), _xml_text),
        st.tuples(
            st.just("paragraph"),
            st.sampled_from(["Normal", "List Number", "List Bullet", "Title", "Quote"]),
            _xml_text,
        ),
        st.tuples(st.just("table"), st.integers(1, 4), st.integers(1, 4), _xml_text),
        st.tuples(st.just("nested"), st.integers(1, 3), st.just(1), _xml_text),
    ),
    max_size=25,
)


def _build_docx(items: list[Any]) -> bytes:
    import docx

    document = docx.Document()
    for item in items:
        kind = item[0]
        if kind == "heading":
            document.add_heading(item[2], level=item[1])
        elif kind == "paragraph":
            document.add_paragraph(item[2], style=item[1])
        else:
            table = document.add_table(rows=item[1], cols=item[2])
            for row in table.rows:
                for cell in row.cells:
                    cell.text = item[3]
            if kind == "nested":
                inner = table.cell(0, 0).add_table(rows=2, cols=2)
                inner.cell(1, 1).text = item[3]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.skipif(not _have("reportkit.parse.docx"), reason="Word reader not landed")
@FUZZ
@given(items=_docx_items)
def test_the_word_reader_survives_any_content(
    tmp_path_factory: pytest.TempPathFactory, items: list[Any]
) -> None:
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    path.write_bytes(_build_docx(items))
    result = _read_and_lint(path)
    assert result is not None, "a well-formed Word file must be read"
