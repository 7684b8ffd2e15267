"""Word styles resolved through ``w:basedOn``, and run formatting worked out the way Word
does: document defaults < paragraph style < character style < direct formatting."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from reportkit.parse.docx_xml import WVAL, w

_HEADING_NAME = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_OFF = {"0", "false", "off", "none"}


@dataclass(frozen=True)
class RunProps:
    bold: bool | None = None
    size: int | None = None
    """Half-points, as Word stores them (24 = 12 pt)."""
    vanish: bool | None = None
    caps: bool | None = None
    color: str | None = None
    highlight: str | None = None
    shading: str | None = None
    lang: str | None = None

    def over(self, base: RunProps) -> RunProps:
        """These properties laid over ``base``: set values win."""
        return RunProps(
            *(
                mine if mine is not None else theirs
                for mine, theirs in zip(self.astuple(), base.astuple(), strict=True)
            )
        )

    def astuple(self) -> tuple[Any, ...]:
        return (
            self.bold,
            self.size,
            self.vanish,
            self.caps,
            self.color,
            self.highlight,
            self.shading,
            self.lang,
        )


def _flag(el: Any | None) -> bool | None:
    if el is None:
        return None
    return (el.get(WVAL) or "true").lower() not in _OFF


_RPR_TAGS = {
    w("b"): "bold",
    w("sz"): "size",
    w("vanish"): "vanish",
    w("caps"): "caps",
    w("color"): "color",
    w("highlight"): "highlight",
    w("shd"): "shading",
    w("lang"): "lang",
}
_FILL = w("fill")


def read_rpr(rpr: Any | None) -> RunProps:
    if rpr is None or not len(rpr):
        return RunProps()
    found: dict[str, Any] = {}
    # One pass over the children: this runs for every run in the document.
    for child in rpr:
        key = _RPR_TAGS.get(child.tag)
        if key is None:
            continue
        if key in ("bold", "vanish", "caps"):
            found[key] = _flag(child)
        elif key == "size":
            val = child.get(WVAL) or ""
            found[key] = int(val) if val.isdigit() else None
        elif key == "shading":
            found[key] = (child.get(_FILL) or "").upper() or None
        elif key == "highlight":
            found[key] = (child.get(WVAL) or "").lower() or None
        elif key == "color":
            found[key] = (child.get(WVAL) or "").upper() or None
        else:
            found[key] = child.get(WVAL)
    return RunProps(**found) if found else RunProps()


_SHEETS: dict[int, tuple[Any, StyleSheet]] = {}


@dataclass
class Style:
    id: str
    name: str
    kind: str
    based_on: str | None = None
    outline: int | None = None
    """0-based outline level (Heading 1 = 0), from the style or its ancestors."""
    num_id: str | None = None
    ilvl: int | None = None
    rpr: RunProps = field(default_factory=RunProps)


class StyleSheet:
    """Styles are built only when a paragraph or run uses them: a template's styles.xml
    defines hundreds (table styles, latent styles) and a report uses a dozen."""

    def __init__(self, root: Any | None) -> None:
        self.styles: dict[str, Style] = {}
        self.defaults = RunProps()
        self.default_para: str | None = None
        self._resolved: dict[str, Style] = {}
        self._elements: dict[str, Any] = {}
        self._hides: list[str] | None = None
        if root is None:
            return
        dflt = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.defaults = read_rpr(dflt)
        type_attr, id_attr = w("type"), w("styleId")
        for el in root.iterchildren(w("style")):
            kind = el.get(type_attr) or "paragraph"
            if kind in ("table", "numbering"):
                continue
            sid = el.get(id_attr) or ""
            self._elements[sid] = el
            if kind == "paragraph" and el.get(w("default")) in {"1", "true"}:
                self.default_para = sid

    @classmethod
    def shared(cls, root: Any | None) -> StyleSheet:
        """The style sheet of ``root``, built once per parsed styles part: reports made
        from one template share that part, and ``docx_xml`` parses it once per process.
        A sheet only caches what it has worked out from its part, so sharing is safe."""
        if root is None:
            return cls(None)
        hit = _SHEETS.get(id(root))
        if hit is not None and hit[0] is root:
            return hit[1]
        sheet = cls(root)
        if len(_SHEETS) >= 8:
            _SHEETS.pop(next(iter(_SHEETS)))
        _SHEETS[id(root)] = (root, sheet)
        return sheet

    def _style(self, sid: str) -> Style | None:
        if sid in self.styles:
            return self.styles[sid]
        el = self._elements.get(sid)
        if el is None:
            return None
        name_el = el.find(w("name"))
        based = el.find(w("basedOn"))
        ppr = el.find(w("pPr"))
        style = Style(
            id=sid,
            name=(name_el.get(WVAL) if name_el is not None else sid) or sid,
            kind=el.get(w("type")) or "paragraph",
            based_on=based.get(WVAL) if based is not None else None,
            rpr=read_rpr(el.find(w("rPr"))),
        )
        if ppr is not None:
            outline = ppr.find(w("outlineLvl"))
            if outline is not None and (outline.get(WVAL) or "").isdigit():
                style.outline = int(outline.get(WVAL) or 0)
            num = ppr.find(w("numPr"))
            if num is not None:
                num_id = num.find(w("numId"))
                ilvl = num.find(w("ilvl"))
                style.num_id = num_id.get(WVAL) if num_id is not None else None
                if ilvl is not None and (ilvl.get(WVAL) or "").isdigit():
                    style.ilvl = int(ilvl.get(WVAL) or 0)
        if style.outline is None:
            m = _HEADING_NAME.match(style.name)
            if m:
                style.outline = int(m.group(1)) - 1
        self.styles[sid] = style
        return style

    def get(self, style_id: str | None) -> Style | None:
        """The style with everything it inherits through ``basedOn`` filled in."""
        sid = style_id or self.default_para
        if sid is None:
            return None
        hit = self._resolved.get(sid)
        if hit is not None:
            return hit
        chain: list[Style] = []
        seen: set[str] = set()
        cur: str | None = sid
        while cur and cur not in seen and len(chain) < 20:
            seen.add(cur)
            style = self._style(cur)
            if style is None:
                break
            chain.append(style)
            cur = style.based_on
        if not chain:
            return None
        resolved = replace(chain[0])
        for ancestor in chain[1:]:
            resolved.rpr = resolved.rpr.over(ancestor.rpr)
            if resolved.outline is None:
                resolved.outline = ancestor.outline
            if resolved.num_id is None:
                resolved.num_id, resolved.ilvl = ancestor.num_id, ancestor.ilvl
        self._resolved[sid] = resolved
        return resolved

    def language(self) -> str | None:
        if self.defaults.lang:
            return self.defaults.lang
        normal = self.get(None)
        return normal.rpr.lang if normal else None

    def hides(self) -> list[str]:
        """Names of paragraph and character styles whose text Word hides."""
        if self._hides is None:
            self._hides = self._find_hiding()
        return list(self._hides)

    def _find_hiding(self) -> list[str]:
        vanish = w("vanish")
        out = []
        for sid, el in self._elements.items():
            rpr = el.find(w("rPr"))
            if rpr is not None and rpr.find(vanish) is not None:
                style = self._style(sid)
                if style is not None and style.rpr.vanish:
                    out.append(style.name)
        return out


_DARK = {"000000", "1F1F1F", "0D0D0D", "262626"}
_BLACK_TEXT = {None, "AUTO", "000000"}


def weak_redaction(props: RunProps) -> str:
    """Why this formatting hides text only on screen, or "" when it does not."""
    dark_text = props.color in _BLACK_TEXT
    if props.highlight == "black" and dark_text:
        return "black highlight over the text"
    if props.shading in _DARK and dark_text:
        return "black shading behind the text"
    if (
        props.color == "FFFFFF"
        and props.shading in {None, "AUTO", "FFFFFF"}
        and (props.highlight in {None, "none", "white"})
    ):
        return "white text on a white page"
    if props.size is not None and props.size < 4:
        return f"text in a {props.size / 2:g} pt font"
    return ""
