"""The numbers Word displays for automatically numbered paragraphs (python-docx issue #471).

``numbering.xml`` holds abstract definitions (levels with a start value, a format such as
decimal or lowerLetter, and a template such as ``%1.%2``) and concrete ``w:num`` instances
that point at one and may override a level's start. Word keeps one set of counters per
abstract definition (instances share them unless a ``startOverride`` restarts them), and
numbering a paragraph at level n resets the counters of deeper levels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from reportkit.parse.docx_xml import WVAL, w

_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    """``w:lvlRestart``: restart after this (1-based) level; 0 means never."""
    is_lgl: bool = False


@dataclass
class Instance:
    abstract: str
    overrides: dict[int, int] = field(default_factory=dict)
    level_defs: dict[int, Level] = field(default_factory=dict)


def _int(el: Any | None, default: int = 0) -> int:
    if el is None:
        return default
    try:
        return int(el.get(WVAL) or default)
    except ValueError:
        return default


def _level(el: Any) -> Level:
    fmt = el.find(w("numFmt"))
    text = el.find(w("lvlText"))
    restart = el.find(w("lvlRestart"))
    return Level(
        start=_int(el.find(w("start")), 1),
        fmt=(fmt.get(WVAL) if fmt is not None else None) or "decimal",
        text=(text.get(WVAL) if text is not None else None) or "",
        restart=_int(restart) if restart is not None else None,
        is_lgl=el.find(w("isLgl")) is not None,
    )


def _roman(n: int) -> str:
    out = []
    for value, letters in (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ):  # fmt: skip
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: a..z, aa..zz, aaa...
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "decimal":  # by far the commonest: tested first
        return str(n)
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in {"none", "bullet"}:
        return ""
    return str(n)


_DEFINITIONS: dict[int, tuple[Any, ...]] = {}
_Plan = tuple[str, tuple[tuple[int, str, int, str], ...]]
_Open = tuple[Instance, dict[int, Level], dict[int, int], dict[int, _Plan]]


class Numbering:
    def __init__(self, root: Any | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, Instance] = {}
        self._counters: dict[str, dict[int, int]] = {}
        self._style_levels: dict[tuple[str, str], int] = {}
        self._merged: dict[str, dict[int, Level]] = {}
        self._plans: dict[str, dict[int, _Plan]] = {}
        self._open: dict[str | None, _Open] = {}
        """What ``next`` needs of each list, looked up once per list and document."""
        if root is None:
            return
        # The definitions never change once read: reports made from one template share a
        # parsed numbering part (see ``docx_xml``), so read it once. Counters stay our own.
        hit = _DEFINITIONS.get(id(root))
        if hit is not None and hit[0] is root:
            _, self.abstracts, self.instances, self._style_levels, self._merged, self._plans = hit
            return
        self._define(root)
        if len(_DEFINITIONS) >= 8:
            _DEFINITIONS.pop(next(iter(_DEFINITIONS)))
        _DEFINITIONS[id(root)] = (
            root,
            self.abstracts,
            self.instances,
            self._style_levels,
            self._merged,
            self._plans,
        )

    def _define(self, root: Any) -> None:
        for el in root.iter(w("abstractNum")):
            aid = el.get(w("abstractNumId")) or ""
            self.abstracts[aid] = {_int_attr(lvl): _level(lvl) for lvl in el.iter(w("lvl"))}
            for lvl in el.iter(w("lvl")):
                pstyle = lvl.find(w("pStyle"))
                if pstyle is not None and pstyle.get(WVAL):
                    self._style_levels[(aid, pstyle.get(WVAL) or "")] = _int_attr(lvl)
        for el in root.iter(w("num")):
            nid = el.get(w("numId")) or ""
            abstract = el.find(w("abstractNumId"))
            inst = Instance(abstract=(abstract.get(WVAL) if abstract is not None else "") or "")
            for override in el.iter(w("lvlOverride")):
                ilvl = _int_attr(override)
                start = override.find(w("startOverride"))
                if start is not None:
                    inst.overrides[ilvl] = _int(start, 1)
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    inst.level_defs[ilvl] = _level(lvl)
            self.instances[nid] = inst

    def level_for_style(self, num_id: str | None, style_id: str) -> int | None:
        """The level a heading style is linked to (``w:pStyle`` inside a ``w:lvl``): a
        style's own ``w:numPr`` usually names only the list, not the level."""
        inst = self.instances.get(num_id or "")
        if inst is None:
            return None
        return self._style_levels.get((inst.abstract, style_id))

    def next(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counters for a paragraph numbered (num_id, ilvl) and return the label
        Word shows ("3.2", "(b)", "iv."), or None for no number (numId 0, bullets)."""
        found = self._open.get(num_id)
        if found is None:
            if num_id == "0" or (num_id or "") not in self.instances:
                return None
            found = self._open_list(num_id)
        inst, levels, counters, plans = found
        level = levels.get(ilvl)
        if level is None:
            return None
        if ilvl in counters:
            counters[ilvl] += 1
        else:
            counters[ilvl] = inst.overrides.get(ilvl, level.start)
        for deeper in tuple(counters):
            if deeper > ilvl and levels.get(deeper, _NO_LEVEL).restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            return None
        plan = plans.get(ilvl)
        if plan is None:
            plan = self._plan(ilvl, inst, levels, level)
            plans[ilvl] = plan
        label, places = plan
        for lvl, fmt, default, tail in places:
            n = counters.get(lvl)
            label += format_number(default if n is None else n, fmt) + tail
        return label.strip() or None

    def _open_list(self, num_id: str | None) -> _Open:
        """A list's instance, merged levels (the definitions never change: merged once per
        list and shared with later documents), counters and label plans."""
        inst = self.instances[num_id or ""]
        levels = self._merged.get(num_id or "")
        if levels is None:
            levels = {**self.abstracts.get(inst.abstract, {}), **inst.level_defs}
            self._merged[num_id or ""] = levels
        # Instances with start overrides keep their own counters; others share the abstract's.
        key = f"num:{num_id}" if inst.overrides else f"abs:{inst.abstract}"
        counters = self._counters.setdefault(key, {})
        plans = self._plans.setdefault(num_id or "", {})
        found = (inst, levels, counters, plans)
        self._open[num_id] = found
        return found

    @staticmethod
    def _plan(ilvl: int, inst: Instance, levels: dict[int, Level], level: Level) -> _Plan:
        """How the label of one level is put together, worked out once per list and level
        (it depends only on the definitions): the literal text before the first number,
        then each number's level, format, value when not counted yet, and the text after."""
        pieces = _template(level.text)
        places = []
        for i in range(1, len(pieces), 2):
            lvl = int(pieces[i]) - 1
            lvl_def = levels.get(lvl, _NO_LEVEL)
            fmt = "decimal" if level.is_lgl and lvl != ilvl else lvl_def.fmt
            places.append((lvl, fmt, inst.overrides.get(lvl, lvl_def.start), pieces[i + 1]))
        return pieces[0], tuple(places)


_NO_LEVEL = Level()


@lru_cache(maxsize=256)
def _template(text: str) -> tuple[str, ...]:
    """``"%1.%2."`` -> ``["", "1", ".", "2", "."]``: literal text and level digits taking
    turns, so a label is put together without a regular-expression callback per paragraph."""
    return tuple(_PLACEHOLDER.split(text))


def _int_attr(el: Any) -> int:
    try:
        return int(el.get(w("ilvl")) or 0)
    except ValueError:
        return 0
