"""Apply a house style to a document's NAMED styles (Normal, Heading 1-3, Title, List ...),
so a council can restyle the whole report in Word by editing a style."""

from __future__ import annotations

from typing import Any

from reportkit.render.house_style import HeadingStyle, HouseStyle
from reportkit.render.numbering import W_NS, paragraph_properties
from reportkit.render.oxml import doc_defaults_rpr, set_fonts, set_language

_PSTYLE, _VAL = f"{{{W_NS}}}pStyle", f"{{{W_NS}}}val"


def apply_house_style(document: Any, style: HouseStyle) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    defaults = doc_defaults_rpr(document)
    set_fonts(defaults, style.font)
    set_language(defaults, style.language)

    normal = document.styles["Normal"]
    _font(normal, style.font, style.body_size_pt, style.text_colour)
    fmt = normal.paragraph_format
    fmt.line_spacing = style.line_spacing
    fmt.space_after = Pt(style.space_after_pt)
    fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT

    for name, look in (
        ("Title", style.title),
        ("Heading 1", style.heading1),
        ("Heading 2", style.heading2),
        ("Heading 3", style.heading3),
    ):
        _heading(document.styles[name], style.font, look)

    have = style_ids(document)
    for name in ("List Number", "List Bullet", "List Paragraph", "Quote", "Header", "Footer"):
        if name in have:
            _font(document.styles[name], style.font, style.body_size_pt, style.text_colour)
    quote = document.styles["Quote"]
    quote.font.italic = True
    quote.paragraph_format.left_indent = Cm(1)

    for section in document.sections:
        section.top_margin = Cm(style.margins.top_cm)
        section.bottom_margin = Cm(style.margins.bottom_cm)
        section.left_margin = Cm(style.margins.left_cm)
        section.right_margin = Cm(style.margins.right_cm)
        # A4, the size councils print and publish on.
        section.page_width = Cm(21.0)
        section.page_height = Cm(29.7)
    _ = RGBColor  # imported for type side effects in _font


def _font(style_obj: Any, font: str, size_pt: float, colour: str) -> None:
    from docx.shared import Pt, RGBColor

    style_obj.font.name = font
    set_fonts(style_obj.element.get_or_add_rPr(), font)
    style_obj.font.size = Pt(size_pt)
    style_obj.font.color.rgb = RGBColor.from_string(colour.upper())


def _heading(style_obj: Any, font: str, look: HeadingStyle) -> None:
    from docx.shared import Pt

    _font(style_obj, font, look.size_pt, look.colour)
    style_obj.font.bold = look.bold
    style_obj.font.italic = False
    style_obj.font.all_caps = look.all_caps
    fmt = style_obj.paragraph_format
    fmt.space_before = Pt(look.space_before_pt)
    fmt.space_after = Pt(look.space_after_pt)
    fmt.keep_with_next = True
    # Theme colours in the stock template would override the house colour.
    rpr = style_obj.element.get_or_add_rPr()
    colour = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}color")
    if colour is not None:
        for attr in ("themeColor", "themeShade", "themeTint"):
            colour.attrib.pop(
                f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{attr}", None
            )


def style_or(document: Any, *names: str) -> str | None:
    """The first of ``names`` the document defines (reference documents may lack some)."""
    have = style_ids(document)
    return next((n for n in names if n in have), None)


def style_ids(document: Any) -> dict[str, str]:
    """Style name -> style id, read once per document from styles.xml. python-docx looks a
    name up by scanning every style on each call, which dominated build time."""
    cache: dict[str, str] | None = getattr(document, "_reportkit_style_ids", None)
    if cache is None:
        from docx.styles import BabelFish

        w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
        cache = {}
        for element in document.styles.element.iterfind(f"{w}style"):
            name_el = element.find(f"{w}name")
            style_id = element.get(f"{w}styleId")
            if name_el is not None and style_id:
                name = BabelFish.internal2ui(name_el.get(f"{w}val"))
                cache.setdefault(name, style_id)
        document._reportkit_style_ids = cache
    return cache


def add_paragraph(document: Any, style_name: str | None = None) -> Any:
    """``document.add_paragraph`` with the style set by id from the cache."""
    para = document.add_paragraph()
    if style_name:
        style_id = style_ids(document).get(style_name)
        if style_id:
            ppr = paragraph_properties(para._p)  # new paragraph: pStyle is its first child
            ppr.insert(0, ppr.makeelement(_PSTYLE, {_VAL: style_id}))
    return para
