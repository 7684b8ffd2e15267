"""Open a .docx package safely and read its parts with lxml.

python-docx is not used for reading: its style look-ups cost several times more than walking
``word/document.xml`` directly (see ``bench/docx_bench.py``), and it hides tracked
insertions and the numbers Word displays. Everything here is imported lazily by the reader.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from reportkit.parse import InputError, Limits
from reportkit.parse.docx_slim import parse_document
from reportkit.parse.guard import one_line
from reportkit.parse.guard_docx import (
    MAIN_DOCUMENT,
    check_table_nesting,
    safe_xml_parser,
    take_vetted,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {
    "w": W,
    "r": R,
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "rel": PKG_REL,
}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


WVAL = w("val")

# Entities are never resolved, nothing is fetched, and huge trees are refused: a .docx is
# untrusted input. The settings live in one place, the guard, shared by every XML parse.
_PARSER = safe_xml_parser(remove_comments=True, collect_ids=False)  # no xml:id look-ups


_PART_CACHE: dict[tuple[str, int, int, int], Any] = {}


@dataclass
class Package:
    path: Path
    document: Any
    styles: Any | None = None
    numbering: Any | None = None
    comments: Any | None = None
    settings: Any | None = None
    core: Any | None = None
    app: Any | None = None
    headers: list[Any] = field(default_factory=list)
    footers: list[Any] = field(default_factory=list)
    template: str | None = None
    """Target of ``w:attachedTemplate`` (often an internal drive path)."""


def open_package(path: Path, limits: Limits) -> Package:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror})") from None
    if size > limits.max_file_bytes:
        raise InputError(f"{path}: file is larger than {limits.max_file_bytes} bytes")
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        if _is_ole(path):
            raise InputError(
                f"{path}: is password-protected or an old .doc file; save it as an "
                "unprotected .docx to lint it"
            ) from None
        raise InputError(f"{path}: not a valid .docx file (not a zip package)") from None
    with archive:
        names = set(archive.namelist())
        _check_sizes(path, archive, size, limits)
        if "word/document.xml" not in names:
            raise InputError(f"{path}: not a Word document (no word/document.xml)")

        def part(name: str) -> Any | None:
            if name not in names:
                return None
            info = archive.getinfo(name)
            key = (name, info.CRC, info.file_size, info.compress_size)
            shared = name.endswith(("styles.xml", "numbering.xml"))
            if shared and key in _PART_CACHE:
                return _PART_CACHE[key]
            try:
                if name == MAIN_DOCUMENT:
                    data = take_vetted(path, info) or archive.read(name)
                    root = parse_document(data, _PARSER)
                else:
                    root = etree.fromstring(archive.read(name), _PARSER)
                if shared:
                    # Reports made from one template share styles.xml (often the largest
                    # part) and numbering.xml byte for byte: parse them once per process.
                    # The trees are only ever read.
                    if len(_PART_CACHE) >= 16:
                        _PART_CACHE.pop(next(iter(_PART_CACHE)))
                    _PART_CACHE[key] = root
                return root
            except etree.XMLSyntaxError as exc:
                if name == MAIN_DOCUMENT:  # the guard leaves well-formedness to this parse
                    raise InputError(
                        f"{path}: damaged Word file: {MAIN_DOCUMENT} is not well-formed XML "
                        f"({one_line(str(exc), 100)}); save it from Word again"
                    ) from None
                raise InputError(
                    f"{path}: damaged Word file ({name}: {one_line(str(exc), 100)})"
                ) from None
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                raise InputError(f"{path}: cannot unpack {name} ({one_line(str(exc))})") from None

        document = part("word/document.xml")
        check_table_nesting(path, document, limits)
        pkg = Package(path=path, document=document)
        rels = _relationships(part("word/_rels/document.xml.rels"))
        by_type: dict[str, list[str]] = {}
        for rtype, target, _mode in rels.values():
            by_type.setdefault(rtype.rsplit("/", 1)[-1], []).append(_resolve("word", target))
        pkg.styles = part(_first(by_type, "styles", "word/styles.xml"))
        pkg.numbering = part(_first(by_type, "numbering", "word/numbering.xml"))
        pkg.comments = part(_first(by_type, "comments", "word/comments.xml"))
        pkg.settings = part(_first(by_type, "settings", "word/settings.xml"))
        pkg.headers = [p for p in map(part, by_type.get("header", [])) if p is not None]
        pkg.footers = [p for p in map(part, by_type.get("footer", [])) if p is not None]
        pkg.core = part("docProps/core.xml")
        pkg.app = part("docProps/app.xml")
        settings_rels = _relationships(part("word/_rels/settings.xml.rels"))
        for rtype, target, _mode in settings_rels.values():
            if rtype.endswith("/attachedTemplate"):
                pkg.template = target
        return pkg


def _first(by_type: dict[str, list[str]], key: str, default: str) -> str:
    return by_type.get(key, [default])[0]


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base, target))


def _relationships(root: Any | None) -> dict[str, tuple[str, str, str]]:
    if root is None:
        return {}
    out: dict[str, tuple[str, str, str]] = {}
    for rel in root.iter(f"{{{PKG_REL}}}Relationship"):
        out[rel.get("Id", "")] = (
            rel.get("Type", ""),
            rel.get("Target", ""),
            rel.get("TargetMode", ""),
        )
    return out


def _is_ole(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    except OSError:
        return False


def _check_sizes(path: Path, archive: zipfile.ZipFile, size: int, limits: Limits) -> None:
    total = 0
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            raise InputError(f"{path}: is encrypted; remove the password to lint it")
        total += info.file_size
    if total > limits.max_uncompressed_bytes:
        raise InputError(f"{path}: unpacks to more than {limits.max_uncompressed_bytes} bytes")
    if size and total / size > limits.max_compression_ratio and total > 10 * 1024 * 1024:
        raise InputError(f"{path}: compressed suspiciously well (possible zip bomb); not read")


def properties(pkg: Package) -> dict[str, str]:
    """Core and app properties by simple names: title, author, last_modified_by ..."""
    props: dict[str, str] = {}
    wanted = {
        "title": "dc:title",
        "subject": "dc:subject",
        "author": "dc:creator",
        "last_modified_by": "cp:lastModifiedBy",
        "keywords": "cp:keywords",
        "description": "dc:description",
        "language": "dc:language",
        "category": "cp:category",
    }
    if pkg.core is not None:
        for key, xpath in wanted.items():
            node = pkg.core.find(
                xpath.replace("dc:", f"{{{NS['dc']}}}").replace("cp:", f"{{{NS['cp']}}}")
            )
            if node is not None and (node.text or "").strip():
                props[key] = node.text.strip()
    if pkg.app is not None:
        for key, tag in (("template", "Template"), ("company", "Company"), ("manager", "Manager")):
            node = pkg.app.find(f"{{{NS['ep']}}}{tag}")
            if node is not None and (node.text or "").strip():
                props[key] = node.text.strip()
    if pkg.template:
        props["attached_template"] = pkg.template
    return props
