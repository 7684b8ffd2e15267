"""Vetting a Word package before anything is decompressed or parsed.

A .docx is a zip of XML parts. Checked here, in order: the first bytes (an OLE compound file
is a password-protected .docx or an old .doc renamed), the zip's end record (a truncated
upload), the number of members, each member's declared size and compression ratio (zip bombs
are refused from the central directory, before any byte is inflated; Python's ``zipfile``
never inflates past a member's declared size), encrypted members, DTDs in XML parts (Word
never writes one, so entity expansion and external entities are refused outright), and the
nesting depth of tables in the main document, told from the tags in the bytes or streamed
through the hardened parser (the Word reader measures it on the tree it parses instead,
``check_table_nesting``, which costs less).

``safe_xml_parser()`` and ``open_docx_zip()`` are for the Word reader, so that every parse of
untrusted XML goes through the same settings.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from reportkit.parse import InputError, Limits
from reportkit.parse.docx_slim import W_DECLARED
from reportkit.parse.guard import LIMITS_HINT, OLE_MAGIC, ZIP_MAGICS, one_line, size_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN_DOCUMENT = "word/document.xml"
# Below this many bytes a member may compress as well as it likes: it cannot hurt.
_RATIO_FLOOR = 1024 * 1024
_PROLOG_BYTES = 64 * 1024
_CHUNK = 1024 * 1024


def safe_xml_parser(**options: Any) -> Any:
    """An lxml parser that never expands entities, loads a DTD or touches the network, and
    keeps libxml2's default caps on depth and text size (no ``huge_tree``)."""
    from lxml import etree

    settings: dict[str, Any] = {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
    }
    settings.update(options)
    for key in ("resolve_entities", "no_network", "load_dtd", "huge_tree"):
        if settings[key] != (key == "no_network"):
            raise ValueError(f"safe_xml_parser: {key} cannot be changed")
    return etree.XMLParser(**settings)


def open_docx_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open a .docx as a zip after ``check_docx`` has passed; the caller closes it."""
    check_docx(path, _head(path), limits)
    return _open_zip(path)


def check_docx(path: Path, head: bytes, limits: Limits, *, tables: bool = True) -> None:
    """Refuse a package that is not safe to open. ``tables=False`` leaves the nesting of
    tables to ``check_table_nesting`` on the parsed tree (the Word reader does that: the
    parse bounds depth anyway, and a count on the tree costs less than a pass over the
    bytes)."""
    if head.startswith(OLE_MAGIC):
        raise InputError(_ole_problem(path))
    if not head.startswith(ZIP_MAGICS):
        raise InputError(_not_zip_problem(path, head))
    _check_member_count(path, limits)
    with _open_zip(path) as package:
        infos = package.infolist()
        _check_members(path, infos, limits)
        names = {info.filename for info in infos}
        _check_is_word(path, names)
        document: bytes | None = None
        with open(path, "rb") as raw:
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    whole = None
                    if info.filename == MAIN_DOCUMENT and info is package.getinfo(MAIN_DOCUMENT):
                        # Unpacked once here for every check that needs it, and handed on to
                        # the reader (its size was vetted above).
                        whole = document = _read_or_none(package, info)
                    elif _dtd_in(_start_of(raw, info), complete=False) is False:
                        continue  # the root element is reached with no DOCTYPE
                    _check_no_dtd(path, package, info, whole)
        if tables and MAIN_DOCUMENT in names:
            _check_table_depth(path, package, limits, document)
        _VETTED.clear()
        if document is not None:
            _VETTED[_vetted_key(path, package.getinfo(MAIN_DOCUMENT))] = document


# The main document as the last check_docx unpacked it, for the reader to parse the very
# bytes that were vetted instead of unpacking them again.
_VETTED: dict[tuple[Any, ...], bytes] = {}


def _vetted_key(path: Path, info: zipfile.ZipInfo) -> tuple[Any, ...]:
    return (str(path), info.header_offset, info.CRC, info.file_size, info.compress_size)


def take_vetted(path: Path, info: zipfile.ZipInfo) -> bytes | None:
    """The bytes of the main document ``check_docx`` read from ``path``, once, or None."""
    return _VETTED.pop(_vetted_key(path, info), None)


def _read_or_none(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes | None:
    try:
        return package.read(info)
    except Exception:  # a damaged stream: each check reads it again and reports it its own way
        return None


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(4096)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        struct.error,
        NotImplementedError,  # a damaged central directory claiming a zip version from the future
    ):
        raise InputError(_damaged(path)) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _damaged(path: Path, detail: str = "") -> str:
    why = f" ({detail})" if detail else ""
    return (
        f"{path}: damaged Word file: the package is incomplete{why}; it may have been "
        "cut short when copied or uploaded, so save it from Word again"
    )


def _ole_problem(path: Path) -> str:
    found = _ole_stream_names(path)
    if "EncryptedPackage" in found or "EncryptionInfo" in found:
        return (
            f"{path}: password-protected; remove the password (in Word: File > Info > "
            "Protect Document > Encrypt with Password) and save it again to lint it"
        )
    if "WordDocument" in found:
        return (
            f"{path}: an old Word 97-2003 document (.doc) named .docx; open it in Word and "
            "save it as a Word Document (.docx)"
        )
    return (
        f"{path}: an old-style Office file, not a Word .docx (perhaps password-protected "
        "or a .doc renamed); remove any password and save it as a Word Document (.docx)"
    )


def _ole_stream_names(path: Path) -> set[str]:
    """Names of well-known streams in an OLE compound file, found by their UTF-16 spelling in
    the directory sectors; a scan in chunks so no parser of the OLE format is needed."""
    wanted = {name: name.encode("utf-16-le") for name in _OLE_STREAMS}
    found: set[str] = set()
    overlap = max(len(v) for v in wanted.values())
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            window = tail + chunk
            found.update(name for name, raw in wanted.items() if raw in window)
            tail = window[-overlap:]
    return found


_OLE_STREAMS = ("EncryptedPackage", "EncryptionInfo", "WordDocument")


def _not_zip_problem(path: Path, head: bytes) -> str:
    start = head.lstrip()[:64].lower()
    if head.startswith(b"%PDF-"):
        kind = "a PDF with a .docx name; lint the PDF under its own name"
    elif start.startswith(b"{\\rtf"):
        kind = "a Rich Text (RTF) file with a .docx name; save it from Word as .docx"
    elif start.startswith((b"<?xml", b"<html", b"<!doctype", b"mime-version")):
        kind = "a Word XML, HTML or web-archive file with a .docx name; save it as .docx"
    else:
        kind = "not a valid .docx file (it is not a zip package); save it from Word as .docx"
    return f"{path}: {kind}"


def _check_member_count(path: Path, limits: Limits) -> None:
    """Read the member count from the end record before ``zipfile`` builds its directory,
    so a package claiming millions of members is refused cheaply."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        handle.seek(max(0, size - (65535 + 22)))
        tail = handle.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0 or len(tail) - at < 22:
            raise InputError(_damaged(path, "its zip directory is missing"))
        (count,) = struct.unpack("<H", tail[at + 10 : at + 12])
        if count == 0xFFFF:  # zip64: the real count is in the zip64 end record
            locator = tail[at - 20 : at] if at >= 20 else b""
            if locator[:4] == b"PK\x06\x07":
                (offset,) = struct.unpack("<Q", locator[8:16])
                handle.seek(offset)
                record = handle.read(56)
                if record[:4] == b"PK\x06\x06" and len(record) >= 40:
                    (count,) = struct.unpack("<Q", record[32:40])
    if count > limits.max_zip_members:
        raise InputError(
            f"{path}: holds {count} files inside its package (limit {limits.max_zip_members}, "
            f"set max_zip_members under {LIMITS_HINT}); it is not an ordinary Word document"
        )


def _check_members(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = 0
    for info in infos:
        name = info.filename
        if info.flag_bits & 0x1:
            raise InputError(f"{path}: password-protected; remove the password to lint it")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InputError(
                f"{path}: uses a compression method Word does not write ({name}); save it "
                "from Word again"
            )
        if info.file_size > limits.max_member_bytes:
            raise InputError(
                f"{path}: too large to lint: {name} unpacks to {size_text(info.file_size)} "
                f"(limit {size_text(limits.max_member_bytes)}, set max_member_bytes under "
                f"{LIMITS_HINT})"
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
            raise InputError(
                f"{path}: looks like a zip bomb: {name} would expand {ratio:.0f} times to "
                f"{size_text(info.file_size)} (limit {limits.max_compression_ratio:g} times, "
                f"set max_compression_ratio under {LIMITS_HINT}); it was not opened"
            )
        total += info.file_size
    if total > limits.max_uncompressed_bytes:
        raise InputError(
            f"{path}: too large to lint: it unpacks to {size_text(total)} (limit "
            f"{size_text(limits.max_uncompressed_bytes)}, set max_uncompressed_bytes under "
            f"{LIMITS_HINT})"
        )


def _check_is_word(path: Path, names: set[str]) -> None:
    if MAIN_DOCUMENT in names:
        return
    if any(n.startswith("xl/") for n in names):
        other = "an Excel workbook, not a Word .docx report"
    elif any(n.startswith("ppt/") for n in names):
        other = "a PowerPoint presentation, not a Word .docx report"
    else:
        other = f"a zip file with no Word document inside (no {MAIN_DOCUMENT})"
    raise InputError(f"{path}: {other}")


_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


def _few_tables(package: zipfile.ZipFile, limit: int, data: bytes | None = None) -> bool:
    """True when the main document has no more than ``limit`` table start tags, which a byte
    search finds ten times faster than the parse that measures the nesting."""
    if data is None:
        try:
            data = package.read(MAIN_DOCUMENT)  # its size was vetted against the limits
        except Exception:  # a damaged stream: let the streaming parse report it
            return False
    # Counting stops at limit + 1: enough to know the nesting must be measured.
    return sum(1 for _ in islice(_table_starts(data), limit + 1)) <= limit


def _table_starts(data: bytes) -> Iterator[int]:
    """The positions where ``_TBL_START`` matches in ``data``, found the quick way: a search
    for the literal ``tbl`` and its delimiter (which the regular-expression engine skips to
    directly), then the only ``<`` that can open that tag, the nearest one before it; a
    prefix has no ``<`` in it and cannot reach back past the previous candidate's
    delimiter. ``_TBL_START.finditer`` tries every ``<`` in the document and is ten times
    slower."""
    floor = 0
    for candidate in _TBL_NAME.finditer(data):
        start = data.rfind(b"<", floor, candidate.start())
        if start >= 0:
            tag = _TBL_START.match(data, start)
            if tag is not None and tag.end() == candidate.end():
                yield start
        floor = candidate.end()


def _check_no_dtd(
    path: Path, package: zipfile.ZipFile, info: zipfile.ZipInfo, whole: bytes | None = None
) -> None:
    try:
        found = _dtd_in(whole) if whole is not None else _dtd_in_member(package, info)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, RuntimeError) as exc:
        raise InputError(_damaged(path, f"{info.filename}: {one_line(str(exc), 80)}")) from None
    except Exception as exc:  # zlib.error and friends from a corrupted stream
        raise InputError(_damaged(path, f"{info.filename}: {one_line(str(exc), 80)}")) from None
    if found:
        raise InputError(
            f"{path}: contains XML entity declarations ({info.filename} has a DOCTYPE), which "
            "Word never writes; the file may be crafted to attack XML readers, so it was not "
            "read"
        )


def _start_of(raw: BinaryIO, info: zipfile.ZipInfo) -> bytes:
    """The first few hundred bytes of a member, inflated straight from the file: opening it
    through ``zipfile`` costs ten times more, for each of a dozen parts. Anything unusual
    (another compression, encryption, a local header that does not match the directory, a
    damaged stream) gives b"", and the member is then read through ``zipfile``, which
    reports what is wrong in its own words."""
    try:
        raw.seek(info.header_offset)
        header = raw.read(30)
        if len(header) < 30 or header[:4] != b"PK\x03\x04":
            return b""
        flags, method, name_length, extra_length = struct.unpack("<6xHH16xHH", header)
        encoding = "utf-8" if flags & 0x800 else "cp437"
        if flags & 0x1 or method != info.compress_type:
            return b""
        if raw.read(name_length) != info.orig_filename.encode(encoding, errors="replace"):
            return b""
        raw.seek(extra_length, 1)
        data = raw.read(min(info.compress_size, 512))
        if method == zipfile.ZIP_STORED:
            return data
        if method == zipfile.ZIP_DEFLATED:
            return zlib.decompressobj(-15).decompress(data, _PROLOG_CHUNK)
    except (OSError, ValueError, struct.error, zlib.error, UnicodeError):
        pass
    return b""


def _dtd_in_member(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Whether the part's prolog declares a DTD, inflating only as much of it as the prolog
    needs (a few hundred bytes from Word, against whole parts of tens of kilobytes)."""
    with package.open(info) as member:
        data = b""
        while len(data) < _PROLOG_BYTES:
            chunk = member.read(_PROLOG_CHUNK)
            data += chunk
            found = _dtd_in(data, complete=not chunk)
            if found is not None:
                return found
    return _dtd_in(data[:_PROLOG_BYTES], complete=True) or False


def _dtd_in(data: bytes, complete: bool = True) -> bool | None:
    """True when the prolog of ``data`` (everything before the root element's start tag)
    holds a ``<!DOCTYPE`` (or an ``<!ENTITY``), False when the root element is
    reached without one, None when ``data`` ends in the prolog and ``complete`` is False.
    A DOCTYPE is only allowed in the prolog, so nothing after it needs looking at. Only the
    first ``_PROLOG_BYTES`` are scanned; past them the parser's settings are the defence."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: Word never writes it
        text = data[:_PROLOG_BYTES].decode("utf-16", errors="ignore")
        return bool(_DOCTYPE.search(text.encode("ascii", errors="ignore")))
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    end = min(len(data), _PROLOG_BYTES)
    while True:
        space = _SPACE.match(data, at, end)
        at = space.end() if space else at
        if end - at < 4 and not complete and end < _PROLOG_BYTES:
            return None  # too little left to tell what the next markup is
        if data.startswith(b"<?", at, end):
            close, skip = data.find(b"?>", at + 2, end), 2
        elif data.startswith(b"<!--", at, end):
            close, skip = data.find(b"-->", at + 4, end), 3
        else:
            # The root element, a DOCTYPE, or bytes the parser will refuse.
            return _DOCTYPE.match(data, at, end) is not None
        if close < 0:
            return None if not complete and end < _PROLOG_BYTES else False
        at = close + skip


_SPACE = re.compile(rb"[ \t\r\n]*")
_PROLOG_CHUNK = 4096


# A table's start tag in any namespace: ``<w:tbl>``, ``<w:tbl w:rsid…>``, ``<tbl>``. The count
# of these is at least the number of tables, so at least their deepest nesting.
_TBL_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?tbl[\s/>]")
_TBL_NAME = re.compile(rb"tbl[\s/>]")


def _check_table_depth(
    path: Path, package: zipfile.ZipFile, limits: Limits, document: bytes | None = None
) -> None:
    if _few_tables(package, limits.max_table_depth, document):
        # Tables cannot nest deeper than there are tables; the Word reader's own parse
        # (docx_xml.open_package) reports a main document that is not well-formed XML, in
        # the words used below.
        return
    deepest = _deepest_table(document) if document is not None else None
    if deepest is not None:
        if deepest > limits.max_table_depth:
            raise InputError(_too_deep(path, limits))
        return
    from lxml import etree

    tbl = f"{{{W_NS}}}tbl"
    depth = deepest = 0
    try:
        with package.open(MAIN_DOCUMENT) as member:
            events = etree.iterparse(
                member,
                events=("start", "end"),
                tag=tbl,
                resolve_entities=False,
                no_network=True,
                load_dtd=False,
                huge_tree=False,
            )
            for event, element in events:
                if event == "start":
                    depth += 1
                    deepest = max(deepest, depth)
                    if deepest > limits.max_table_depth:
                        break
                else:
                    depth -= 1
                    if depth == 0:
                        element.clear()
    except etree.XMLSyntaxError as exc:
        raise InputError(
            f"{path}: damaged Word file: {MAIN_DOCUMENT} is not well-formed XML "
            f"({one_line(str(exc), 100)}); save it from Word again"
        ) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise InputError(_damaged(path, f"{MAIN_DOCUMENT}: {one_line(str(exc), 80)}")) from None
    if deepest > limits.max_table_depth:
        raise InputError(_too_deep(path, limits))


def check_table_nesting(path: Path, root: Any, limits: Limits) -> None:
    """Raise ``InputError`` when Word tables in the parsed main document nest deeper than
    the limit."""
    tbl = f"{{{W_NS}}}tbl"
    for table in root.iter(tbl):
        depth = 1
        for _ in table.iterancestors(tbl):
            depth += 1
        if depth > limits.max_table_depth:
            raise InputError(_too_deep(path, limits))


def _too_deep(path: Path, limits: Limits) -> str:
    return (
        f"{path}: has tables nested more than {limits.max_table_depth} deep (tables "
        f"inside tables); simplify them, or set max_table_depth under {LIMITS_HINT}"
    )


def _deepest_table(data: bytes) -> int | None:
    """The deepest nesting of ``w:tbl`` elements, told from the tags in the bytes (a
    hundred times faster than a parse), or None when bytes cannot tell it: when there is
    markup whose content is not elements (comments, CDATA, a DOCTYPE, processing
    instructions) or the ``w`` prefix is not bound once, on the root, to Word's namespace.
    An ill-formed document may be measured wrongly; its parse by the reader refuses it."""
    if (
        b"<!" in data
        or data.count(b"<?") > 1
        or data.count(b"xmlns:w=") != 1
        or not W_DECLARED.match(data)
    ):
        return None
    depth = deepest = 0
    for tag in _W_TBL.finditer(data):
        at = tag.start()
        if data[at - 1 : at] == b"<":
            close = data.find(b">", at)
            if close < 0 or data[close - 1 : close] == b"/":
                continue  # an empty table, or a tag the parse will refuse
            depth += 1
            deepest = max(deepest, depth)
        elif data[at - 2 : at] == b"</":
            depth -= 1
    return deepest


# The name of a table element with Word's prefix, followed by what may end a name.
_W_TBL = re.compile(rb"w:tbl[\s/>]")
