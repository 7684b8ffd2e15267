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


def read_rpr(rpr: Any | None) -> RunProps:
    if rpr is None:
        return RunProps()
    size = rpr.find(w("sz"))
    color = rpr.find(w("color"))
    highlight = rpr.find(w("highlight"))
    shd = rpr.find(w("shd"))
    lang = rpr.find(w("lang"))
    size_val = size.get(WVAL) if size is not None else None
    return RunProps(
        bold=_flag(rpr.find(w("b"))),
        size=int(size_val) if size_val and size_val.isdigit() else None,
        vanish=_flag(rpr.find(w("vanish"))),
        caps=_flag(rpr.find(w("caps"))),
        color=(color.get(WVAL) or "").upper() or None if color is not None else None,
        highlight=(highlight.get(WVAL) or "").lower() or None if highlight is not None else None,
        shading=(shd.get(w("fill")) or "").upper() or None if shd is not None else None,
        lang=lang.get(WVAL) if lang is not None else None,
    )


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
    def __init__(self, root: Any | None) -> None:
        self.styles: dict[str, Style] = {}
        self.defaults = RunProps()
        self.default_para: str | None = None
        self._resolved: dict[str, Style] = {}
        if root is None:
            return
        dflt = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self.defaults = read_rpr(dflt)
        for el in root.iter(w("style")):
            sid = el.get(w("styleId")) or ""
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
            if style.kind == "paragraph" and el.get(w("default")) in {"1", "true"}:
                self.default_para = sid

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
        while cur and cur not in seen and cur in self.styles and len(chain) < 20:
            seen.add(cur)
            chain.append(self.styles[cur])
            cur = self.styles[cur].based_on
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
        return [s.name for s in self.styles.values() if s.rpr.vanish]
