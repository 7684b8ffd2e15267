"""Build small .docx files from a YAML-able description, for reader tests, ``docx`` data
cases and the bad/good examples of Word-only rules.

The one place that writes raw WordprocessingML (numbering definitions, tracked changes),
because python-docx has no API for them. Description::

    properties: {title: ..., author: ..., last_modified_by: ..., template: ...}
    language: en-GB            # or "none" to remove every w:lang
    header: NOT FOR PUBLICATION
    body:
      - Plain paragraph text
      - {heading: Summary, level: 1}            # Word's Heading N style
      - {text: ..., style: Report Heading 1}    # created (based on Normal) when missing
      - {text: ..., bold: true, size: 16, caps: true, hidden: true, highlight: black,
         color: FFFFFF, shading: "000000", comment: "...", number: 0}  # number = auto level
      - {runs: [{text: a}, {text: b, insert: true}, {text: c, delete: true}, ...]}
      - {table: [[a, b], [c, d]], header: true}
      - {image: true, alt: "..."}
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

NUMBERING_XML = (
    f"<w:abstractNum {nsdecls('w')} w:abstractNumId='90'>"
    "<w:multiLevelType w:val='multilevel'/>"
    "<w:lvl w:ilvl='0'><w:start w:val='1'/><w:numFmt w:val='decimal'/>"
    "<w:lvlText w:val='%1.0'/></w:lvl>"
    "<w:lvl w:ilvl='1'><w:start w:val='1'/><w:numFmt w:val='decimal'/>"
    "<w:lvlText w:val='%1.%2'/></w:lvl>"
    "<w:lvl w:ilvl='2'><w:start w:val='1'/><w:numFmt w:val='lowerLetter'/>"
    "<w:lvlText w:val='(%3)'/></w:lvl>"
    "<w:lvl w:ilvl='3'><w:start w:val='1'/><w:numFmt w:val='upperRoman'/>"
    "<w:lvlText w:val='%4.'/></w:lvl>"
    "</w:abstractNum>"
)
NUM_ID = "90"


def build_docx(desc: dict[str, Any], path: Path) -> Path:
    document = docx.Document()
    numbering = None
    ids = iter(range(100, 100000))
    for item in desc.get("body", []):
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        if "heading" in item:
            document.add_heading(item["heading"], int(item.get("level", 1)))
        elif "table" in item:
            _table(document, item)
        elif "image" in item:
            _image(document, item)
        else:
            para = document.add_paragraph()
            if item.get("style"):
                para.style = _style(document, item["style"])
            if "number" in item:
                if numbering is None:
                    numbering = _numbering(document)
                _number(para, int(item["number"]))
            runs = item.get("runs") or [item]
            made = [_run(para, run, ids) for run in runs]
            if item.get("comment"):
                real = [r for r in made if r is not None]
                document.add_comment(real, text=item["comment"], author="A Reviewer")
    if desc.get("header"):
        document.sections[0].header.paragraphs[0].text = desc["header"]
    props = desc.get("properties", {})
    core = document.core_properties
    core.author = props.get("author", "")
    core.last_modified_by = props.get("last_modified_by", "")
    core.comments = ""
    if "title" in props:
        core.title = props["title"]
    if "language" in desc:
        _language(document, desc["language"])
    buffer = io.BytesIO()
    document.save(buffer)
    data = _set_template(buffer.getvalue(), props.get("template", "Normal.dotm"))
    path.write_bytes(data)
    return path


def _run(para: Any, spec: dict[str, Any], ids: Any) -> Any:
    text = str(spec.get("text", ""))
    if spec.get("insert") or spec.get("delete"):
        tag = "w:ins" if spec.get("insert") else "w:del"
        ttag = "w:t" if spec.get("insert") else "w:delText"
        el = parse_xml(
            f"<{tag} {nsdecls('w')} w:id='{next(ids)}' w:author='A Reviewer' "
            f"w:date='2024-01-02T10:00:00Z'><w:r><{ttag} xml:space='preserve'>{text}"
            f"</{ttag}></w:r></{tag}>"
        )
        para._p.append(el)
        return None
    run = para.add_run(text)
    if spec.get("bold"):
        run.bold = True
    if spec.get("size"):
        run.font.size = Pt(float(spec["size"]))
    if spec.get("caps"):
        run.font.all_caps = True
    if spec.get("hidden"):
        run.font.hidden = True
    if spec.get("highlight") == "black":
        run.font.highlight_color = WD_COLOR_INDEX.BLACK
    if spec.get("color"):
        run.font.color.rgb = RGBColor.from_string(str(spec["color"]))
    if spec.get("shading"):
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f"<w:shd {nsdecls('w')} w:val='clear' w:fill='{spec['shading']}'/>"))
    return run


def _style(document: Any, name: str) -> Any:
    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles["Normal"]
    style.font.bold = True
    return style


def _numbering(document: Any) -> Any:
    part = document.part.numbering_part
    root = part.element
    root.insert(0, parse_xml(NUMBERING_XML))
    root.append(
        parse_xml(f"<w:num {nsdecls('w')} w:numId='{NUM_ID}'><w:abstractNumId w:val='90'/></w:num>")
    )
    return root


def _number(para: Any, level: int) -> None:
    ppr = para._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f"<w:numPr {nsdecls('w')}><w:ilvl w:val='{level}'/>"
            f"<w:numId w:val='{NUM_ID}'/></w:numPr>"
        )
    )


def _table(document: Any, item: dict[str, Any]) -> None:
    rows = item["table"]
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    if item.get("header"):
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + (chunk(b"IEND", b""))
    )


def _image(document: Any, item: dict[str, Any]) -> None:
    document.add_picture(io.BytesIO(tiny_png()))
    doc_pr = document.paragraphs[-1]._p.xpath(".//wp:docPr")[0]
    if item.get("alt"):
        doc_pr.set("descr", item["alt"])
    elif "descr" in doc_pr.attrib:
        del doc_pr.attrib["descr"]


def _language(document: Any, lang: str) -> None:
    root = document.styles.element
    for el in root.iter(qn("w:lang")):
        el.getparent().remove(el)
    if lang != "none":
        rpr = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        rpr.append(parse_xml(f"<w:lang {nsdecls('w')} w:val='{lang}'/>"))


def _set_template(data: bytes, template: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/app.xml":
                text = content.decode("utf-8")
                start, end = text.find("<Template>"), text.find("</Template>")
                if start >= 0 and end > start:
                    safe = template.replace("&", "&amp;").replace("<", "&lt;")
                    text = text[: start + len("<Template>")] + safe + text[end:]
                content = text.encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()
