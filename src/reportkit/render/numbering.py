"""Word multi-level numbering: the one place that writes numbering.xml by hand.

python-docx has no API for numbering definitions, so this module builds ``w:abstractNum``
and ``w:num`` elements directly. Everything else in ``render/`` goes through python-docx
and named styles.

Schemes written here:
- ``section``: level 0 "%1." on section headings, level 1 "%1.%2" on body paragraphs,
  so Word (and LibreOffice) show 1., 1.1, 1.2, 2., 2.1 ... and renumber on edit;
- ``recommendations``: "(1)", "(2)" ...;
- ``ordered`` / ``bullet``: Markdown lists, nested up to three levels.
"""

from __future__ import annotations

from typing import Any

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TWIPS_PER_CM = 567
_LIST_HANG = 397  # 0.7 cm: list markers sit just inside the numbered text's indent


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


class Numbering:
    """Adds numbering definitions to a document and hands out ``numId`` values."""

    def __init__(self, document: Any, indent_cm: float = 1.25) -> None:
        self._root = document.part.numbering_part.element
        self._indent = round(indent_cm * _TWIPS_PER_CM)
        self._next_abstract = 1 + max(
            (int(e.get(_w("abstractNumId"))) for e in self._root.findall(_w("abstractNum"))),
            default=-1,
        )
        self._next_num = 1 + max(
            (int(e.get(_w("numId"))) for e in self._root.findall(_w("num"))), default=0
        )
        self._abstract: dict[str, int] = {}

    # -- definitions --------------------------------------------------------------------------

    def section_num(self, heading_format: str, paragraph_format: str) -> int:
        levels = [
            ("decimal", heading_format, 0),
            ("decimal", paragraph_format, 0),
            ("lowerLetter", "(%3)", 1),
        ]
        return self._num("section", levels, multi=True)

    def recommendation_num(self, fmt: str) -> int:
        return self._num("recommendations", [("decimal", fmt, 0)], restart=True)

    def list_num(self, ordered: bool) -> int:
        if ordered:
            levels = [("decimal", "%1.", 0), ("lowerLetter", "%2)", 1), ("lowerRoman", "%3.", 2)]
            return self._num("ordered", levels, restart=True, hanging=_LIST_HANG)
        bullets = [("bullet", "\u2022", 0), ("bullet", "\u2013", 1), ("bullet", "\u25e6", 2)]
        return self._num("bullet", bullets, hanging=_LIST_HANG)

    # -- internals ----------------------------------------------------------------------------

    def _num(
        self,
        key: str,
        levels: list[tuple[str, str, int]],
        *,
        multi: bool = False,
        restart: bool = False,
        hanging: int | None = None,
    ) -> int:
        """A ``w:num`` for the abstract definition ``key``; with ``restart`` a fresh num
        whose count starts again at 1 (each Markdown list is its own list)."""
        if key not in self._abstract:
            self._abstract[key] = self._add_abstract(levels, multi=multi, hanging=hanging)
        num_id = self._next_num
        self._next_num += 1
        num = self._root.makeelement(_w("num"), {_w("numId"): str(num_id)})
        abstract_ref = num.makeelement(_w("abstractNumId"), {_w("val"): str(self._abstract[key])})
        num.append(abstract_ref)
        if restart:
            override = num.makeelement(_w("lvlOverride"), {_w("ilvl"): "0"})
            override.append(override.makeelement(_w("startOverride"), {_w("val"): "1"}))
            num.append(override)
        self._root.append(num)
        return num_id

    def _add_abstract(
        self, levels: list[tuple[str, str, int]], *, multi: bool, hanging: int | None
    ) -> int:
        abstract_id = self._next_abstract
        self._next_abstract += 1
        abstract = self._root.makeelement(
            _w("abstractNum"), {_w("abstractNumId"): str(abstract_id)}
        )
        kind = "multilevel" if multi else "hybridMultilevel"
        abstract.append(abstract.makeelement(_w("multiLevelType"), {_w("val"): kind}))
        for ilvl, (fmt, text, depth) in enumerate(levels):
            lvl = abstract.makeelement(_w("lvl"), {_w("ilvl"): str(ilvl)})
            for tag, val in (
                ("start", "1"),
                ("numFmt", fmt),
                ("lvlText", text),
                ("lvlJc", "left"),
            ):
                lvl.append(lvl.makeelement(_w(tag), {_w("val"): val}))
            if multi and ilvl > 0:
                # Level 1 restarts after every level-0 heading: 1.1, 1.2, 2.1 ...
                # Schema order: start, numFmt, lvlRestart, ..., lvlText.
                lvl.insert(2, lvl.makeelement(_w("lvlRestart"), {_w("val"): str(ilvl)}))
            ppr = lvl.makeelement(_w("pPr"), {})
            if hanging is None:
                left, hang = self._indent * (depth + 1), self._indent
            else:
                # Lists: text aligned with numbered paragraphs' text, markers to its left.
                left, hang = self._indent + hanging * (depth + 1), hanging
            ppr.append(
                ppr.makeelement(_w("ind"), {_w("left"): str(left), _w("hanging"): str(hang)})
            )
            lvl.append(ppr)
            abstract.append(lvl)
        # Schema order: every abstractNum comes before the first num.
        first_num = self._root.find(_w("num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._root.append(abstract)
        return abstract_id


# Children of w:pPr that the schema puts before w:numPr.
_BEFORE_NUMPR = {
    _w(tag)
    for tag in ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl")
}


def paragraph_properties(p: Any) -> Any:
    """The ``w:pPr`` of a ``w:p`` element, created first among its children if missing."""
    ppr = p.find(_w("pPr"))
    if ppr is None:
        ppr = p.makeelement(_w("pPr"), {})
        p.insert(0, ppr)
    return ppr


def set_num(paragraph: Any, num_id: int, ilvl: int) -> None:
    """Attach a paragraph to a numbering definition at a level."""
    # Written directly rather than through python-docx's get-or-add look-ups, which search
    # the children again on every call and cost more than the paragraph itself.
    ppr = paragraph_properties(paragraph._p)
    old = ppr.find(_w("numPr"))
    if old is not None:
        ppr.remove(old)
    numpr = ppr.makeelement(_w("numPr"), {})
    numpr.append(numpr.makeelement(_w("ilvl"), {_w("val"): str(ilvl)}))
    numpr.append(numpr.makeelement(_w("numId"), {_w("val"): str(num_id)}))
    position = 0
    for index, child in enumerate(ppr):
        if child.tag in _BEFORE_NUMPR:
            position = index + 1
    ppr.insert(position, numpr)


def set_no_num(paragraph: Any) -> None:
    """Switch numbering off on a paragraph whose style would otherwise number it."""
    set_num(paragraph, 0, 0)
