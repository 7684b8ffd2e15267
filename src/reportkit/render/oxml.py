"""Small WordprocessingML pieces python-docx has no API for: hyperlinks, fields, repeating
table header rows, cell shading, language. (Numbering lives in ``numbering.py``.)"""

from __future__ import annotations

from typing import Any

from reportkit.render.numbering import W_NS

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HYPERLINK_RELTYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def add_hyperlink(paragraph: Any, url: str) -> Any:
    """An empty ``w:hyperlink`` to ``url`` at the end of ``paragraph``; runs go inside it."""
    r_id = paragraph.part.relate_to(url, HYPERLINK_RELTYPE, is_external=True)
    link = paragraph._p.makeelement(_w("hyperlink"), {f"{{{R_NS}}}id": r_id, _w("history"): "1"})
    paragraph._p.append(link)
    return link


def add_field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice fill in when laying out."""
    fld = paragraph._p.makeelement(_w("fldSimple"), {_w("instr"): f" {instruction} "})
    run = fld.makeelement(_w("r"), {})
    text = run.makeelement(_w("t"), {})
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def mark_header_row(row: Any) -> None:
    """``w:tblHeader``: the row repeats at the top of each page and screen readers treat it
    as the table's header."""
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(_w("tblHeader")) is None:
        tr_pr.append(tr_pr.makeelement(_w("tblHeader"), {_w("val"): "true"}))
    if tr_pr.find(_w("cantSplit")) is None:
        tr_pr.append(tr_pr.makeelement(_w("cantSplit"), {_w("val"): "true"}))


def shade_cell(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = tc_pr.makeelement(_w("shd"), {_w("val"): "clear", _w("color"): "auto", _w("fill"): fill})
    tc_pr.append(shd)


def set_language(rpr_parent: Any, lang: str) -> None:
    """``w:lang`` on an ``rPr`` (style or docDefaults) so spell-check and screen readers use
    British English."""
    rpr = rpr_parent.get_or_add_rPr() if hasattr(rpr_parent, "get_or_add_rPr") else rpr_parent
    existing = rpr.find(_w("lang"))
    if existing is None:
        existing = rpr.makeelement(_w("lang"), {})
        rpr.append(existing)
    for attr in ("val", "eastAsia", "bidi"):
        existing.set(_w(attr), lang)


def set_fonts(rpr: Any, font: str) -> None:
    """Name the font for every script and drop theme fonts, which would otherwise win."""
    fonts = rpr.find(_w("rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(_w("rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(_w(attr), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_w(attr), font)


def doc_defaults_rpr(document: Any) -> Any:
    """The ``w:rPr`` inside ``w:docDefaults/w:rPrDefault``, created when missing."""
    styles = document.styles.element
    defaults = styles.find(_w("docDefaults"))
    if defaults is None:
        defaults = styles.makeelement(_w("docDefaults"), {})
        styles.insert(0, defaults)
    rpr_default = defaults.find(_w("rPrDefault"))
    if rpr_default is None:
        rpr_default = defaults.makeelement(_w("rPrDefault"), {})
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(_w("rPr"))
    if rpr is None:
        rpr = rpr_default.makeelement(_w("rPr"), {})
        rpr_default.append(rpr)
    return rpr


def set_alt_text(inline_shape: Any, alt: str) -> None:
    """Alt text (``wp:docPr/@descr``) on a picture, for screen readers."""
    doc_pr = inline_shape._inline.docPr
    doc_pr.set("descr", alt)
    doc_pr.set("title", alt)


def clear_body(document: Any) -> None:
    """Remove the body's content but keep the final ``w:sectPr`` (page size, margins,
    header and footer references) of a reference document."""
    body = document.element.body
    for child in list(body):
        if child.tag != _w("sectPr"):
            body.remove(child)
