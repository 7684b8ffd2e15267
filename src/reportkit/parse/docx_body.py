"""Walk ``word/document.xml`` into paragraphs and tables as printed, collecting the
Word-only facts on the way (tracked changes, hidden text, weak redaction, images)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportkit.model import Location, WordMark
from reportkit.parse.docx_numbering import Numbering
from reportkit.parse.docx_styles import RunProps, Style, StyleSheet, read_rpr, weak_redaction
from reportkit.parse.docx_xml import NS, WVAL, w

_P, _R, _T, _TBL = w("p"), w("r"), w("t"), w("tbl")
_PPR, _RPR, _PSTYLE, _RSTYLE = w("pPr"), w("rPr"), w("pStyle"), w("rStyle")
_OUTLINE, _NUMPR, _NUMID, _ILVL = w("outlineLvl"), w("numPr"), w("numId"), w("ilvl")
_TAB, _PTAB, _BR, _CR, _NBH = w("tab"), w("ptab"), w("br"), w("cr"), w("noBreakHyphen")
_COMMENT_REF, _COMMENT_START = w("commentReference"), w("commentRangeStart")
_INS, _MOVETO, _SDT, _SDTCONTENT = w("ins"), w("moveTo"), w("sdt"), w("sdtContent")
_RPRCHANGE, _PPRCHANGE, _WID = w("rPrChange"), w("pPrChange"), w("id")
_PICTURES = {w("drawing"), w("pict"), w("object")}
_TXBX = w("txbxContent")
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_ALTERNATE, _CHOICE = f"{{{_MC}}}AlternateContent", f"{{{_MC}}}Choice"
# Attribute names as bytes: lxml splits a name into namespace and local name on every
# ``get``, and a str is first encoded to UTF-8; the walk reads one or more per run.
_VAL, _FILL = WVAL.encode(), w("fill").encode()
_TR, _TC, _TRPR, _TBLHEADER = w("tr"), w("tc"), w("trPr"), w("tblHeader")
_CUSTOMXML = w("customXml")
# The run properties the reader uses, and the one attribute of each that ``read_rpr`` reads.
_RUN_KEYS = {
    _RSTYLE: _VAL,
    **{w(t): _VAL for t in ("b", "sz", "vanish", "caps", "color", "highlight")},
    w("shd"): _FILL,
}
_DESCEND = {
    w("hyperlink"),
    w("fldSimple"),
    w("smartTag"),
    w("customXml"),
    w("sdtContent"),
    w("ins"),
    w("moveTo"),
    w("dir"),
    w("bdo"),
}
_DEL = w("del")
_DELETED = {_DEL, w("moveFrom")}
_SEPARATORS = {_TAB: "\t", _PTAB: "\t", _BR: " ", _CR: " ", _NBH: "-"}
_DOCPR = f"{{{NS['wp']}}}docPr"


@dataclass(slots=True)
class Para:
    index: int
    text: str
    style: Style | None
    outline: int | None
    number: str | None = None
    list_item: bool = False
    bold: bool = False
    caps: bool = False
    size: int | None = None
    in_table: bool = False
    has_text_runs: bool = False
    raw: str = ""
    """The text with its tabs and spaces as typed (for tab-separated plain paragraphs)."""


@dataclass
class Table:
    index: int
    rows: list[list[str]]
    header_row: bool
    paras: list[Para] = field(default_factory=list)


@dataclass
class BodyFacts:
    tracked: list[WordMark] = field(default_factory=list)
    hidden: list[WordMark] = field(default_factory=list)
    redactions: list[WordMark] = field(default_factory=list)
    images: list[WordMark] = field(default_factory=list)
    comment_anchor: dict[str, int] = field(default_factory=dict)
    bold_runs: int = 0
    text_boxes: list[tuple[str, int]] = field(default_factory=list)
    """Text in text boxes and shapes (front-page banners), with the anchoring paragraph."""


class BodyWalker:
    def __init__(self, path: str, styles: StyleSheet, numbering: Numbering, depth: int) -> None:
        self.path = path
        self.styles = styles
        self.numbering = numbering
        self.max_depth = depth
        self.count = 0
        self.facts = BodyFacts()
        self._rstyle_cache: dict[str | None, RunProps] = {}
        self._style_cache: dict[str | None, tuple[Style | None, RunProps]] = {}
        self._props_cache: dict[tuple[Any, ...], tuple[RunProps, str]] = {}

    def loc(self, index: int) -> Location:
        return Location(path=self.path, paragraph=index)

    # -- block level ------------------------------------------------------------------------

    def walk(self, body: Any) -> list[Para | Table]:
        out: list[Para | Table] = []
        for child in body:
            tag = child.tag
            if tag == _P:
                out.append(self.paragraph(child, False))
            elif tag == _TBL:
                out.append(self.table(child, 0))
            elif tag in (_SDT, _CUSTOMXML):
                content = _first_child(child, _SDTCONTENT) if tag == _SDT else child
                if content is not None:
                    out.extend(self.walk(content))
            elif tag in _DELETED or tag == _INS:
                out.extend(self.walk(child))
        return out

    def table(self, tbl: Any, depth: int) -> Table:
        table = Table(index=self.count + 1, rows=[], header_row=False)
        for i, tr in enumerate(tbl.iter(_TR)):
            if tr.getparent() is not tbl and tr.getparent().tag != _SDTCONTENT:
                continue
            if i == 0:
                trpr = _first_child(tr, _TRPR)
                header = _first_child(trpr, _TBLHEADER) if trpr is not None else None
                table.header_row = header is not None and (header.get(_VAL) or "1") not in {
                    "0",
                    "false",
                }
            row: list[str] = []
            for tc in tr[:]:  # the row's own cells (slices: see ``paragraph``)
                if tc.tag != _TC:
                    continue
                texts: list[str] = []
                for el in tc[:]:
                    if el.tag == _P:
                        para = self.paragraph(el, True)
                        table.paras.append(para)
                        if para.text:
                            texts.append(para.text)
                    elif el.tag == _TBL and depth < self.max_depth:
                        inner = self.table(el, depth + 1)
                        texts.extend("\t".join(r) for r in inner.rows)
                row.append(" ".join(texts).strip())
            table.rows.append(row)
        return table

    # -- paragraph level --------------------------------------------------------------------

    def paragraph(self, p: Any, in_table: bool) -> Para:
        self.count += 1
        index = self.count
        # Children are read through a slice, not ``for child in p``: lxml builds an iterator
        # object for every loop, which costs more than the list, and this runs for every
        # paragraph. Holding the list also keeps the children's proxies (and their cached
        # tags) alive for ``_inline``, which reads them again.
        kids = p[:]
        ppr = None
        for child in kids:
            if child.tag == _PPR:
                ppr = child
                break
        style_id = None
        outline = None
        num_id = ilvl = None
        change = None
        if ppr is not None:
            for child in ppr[:]:
                tag = child.tag
                if tag == _PSTYLE:
                    style_id = child.get(_VAL)
                elif tag == _OUTLINE and (child.get(_VAL) or "").isdigit():
                    outline = int(child.get(_VAL) or 9)
                elif tag == _NUMPR:
                    nid = lvl = None
                    for sub in child[:]:
                        if sub.tag == _NUMID and nid is None:
                            nid = sub
                        elif sub.tag == _ILVL and lvl is None:
                            lvl = sub
                    num_id = nid.get(_VAL) if nid is not None else None
                    ilvl = int(lvl.get(_VAL) or 0) if lvl is not None else None
                elif tag == _PPRCHANGE and change is None:
                    change = child
        hit = self._style_cache.get(style_id)
        if hit is None:
            hit = self._style_for(style_id)
        style, base = hit
        if outline is None and style is not None:
            outline = style.outline
        if outline is not None and outline >= 9:
            outline = None
        if num_id is None and style is not None and style.num_id is not None:
            num_id = style.num_id
            if ilvl is None:
                ilvl = style.ilvl
            if ilvl is None:
                ilvl = self.numbering.level_for_style(num_id, style.id)
        number = None
        list_item = False
        if num_id is not None and num_id != "0":
            number = self.numbering.next(num_id, ilvl or 0)
            # ``next`` gives no label exactly when the level is missing, a bullet or has
            # an empty template: a list item, not a numbered paragraph.
            list_item = number is None
        if change is not None:
            self._tracked(change, "formatting", index)
        texts: list[str] = []
        shown: list[RunProps] = []
        self._inline(kids, base, texts, shown, index, ppr)
        raw = "".join(texts).replace("\u00a0", " ")
        if "\t" in raw:
            text = raw.strip()
        elif raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            # Already normal (every other white space character is unprintable): skip the
            # split and join, which copy the text word by word.
            text = raw
        else:
            text = " ".join(raw.split())
        # Formatting of the runs that show text: bold / capitals when all are, the largest size.
        bold = caps = False
        size = None
        if shown and shown.count(shown[0]) == len(shown):
            # One format throughout (the commonest by far): read it once.
            first = shown[0]
            bold = bool(first.bold)
            caps = bool(first.caps)
            size = first.size if first.size and first.size > 0 else None
            if bold:
                self.facts.bold_runs += 1
        elif shown:
            bold = caps = True
            biggest = 0
            for props in shown:
                if not props.bold:
                    bold = False
                if not props.caps:
                    caps = False
                if props.size and props.size > biggest:
                    biggest = props.size
            size = biggest or None
            if bold:
                self.facts.bold_runs += 1
        # Positional: the cheapest way to fill a slotted dataclass (field order of ``Para``).
        return Para(
            index, text, style, outline, number, list_item, bold, caps, size, in_table,
            bool(shown), raw,
        )  # fmt: skip

    def _style_for(self, style_id: str | None) -> tuple[Style | None, RunProps]:
        """A paragraph style and the run format its text starts from, once per style."""
        style = self.styles.get(style_id)
        base = (style.rpr if style else RunProps()).over(self.styles.defaults)
        self._style_cache[style_id] = (style, base)
        return style, base

    def _work_out(self, rpr: Any, base: RunProps, key: tuple[Any, ...]) -> tuple[RunProps, str]:
        """A run format (see ``_inline``) and why it hides text ("" when it does not)."""
        if len(key) == 1:
            props = base
        else:
            rstyle_id = next((key[i + 1] for i in range(1, len(key), 2) if key[i] == _RSTYLE), None)
            if rstyle_id not in self._rstyle_cache:
                rstyle = self.styles.get(rstyle_id) if rstyle_id else None
                self._rstyle_cache[rstyle_id] = rstyle.rpr if rstyle else RunProps()
            props = read_rpr(rpr).over(self._rstyle_cache[rstyle_id].over(base))
        hit = (props, weak_redaction(props))
        self._props_cache[key] = hit
        return hit

    def _inline(
        self,
        kids: list[Any],
        base: RunProps,
        texts: list[str],
        shown: list[RunProps],
        idx: int,
        read: Any = None,
    ) -> None:
        """The text of the runs among ``kids`` (a paragraph's or inline container's
        children) into ``texts``, the format of each that shows more than white space into
        ``shown``, and the facts on the way. ``read`` is the paragraph's properties, already
        read by ``paragraph``."""
        # The hottest loop of the reader (Word splits text into many runs): runs are read
        # here rather than in a method of their own, and children through slices (see
        # ``paragraph``).
        cache = self._props_cache
        plain = (id(base),)
        for child in kids:
            tag = child.tag
            if tag != _R:
                if child is read:
                    continue
                if tag in _DESCEND:
                    if tag in (_INS, _MOVETO):
                        self._tracked(child, "insertion" if tag == _INS else "move", idx)
                    self._inline(child[:], base, texts, shown, idx)
                elif tag == _SDT:
                    content = _first_child(child, _SDTCONTENT)
                    if content is not None:
                        self._inline(content[:], base, texts, shown, idx)
                elif tag in _DELETED:
                    self._tracked(child, "deletion" if tag == _DEL else "move", idx)
                elif tag == _COMMENT_START:
                    self.facts.comment_anchor.setdefault(child.get(_WID) or "", idx)
                elif tag == _PPR:
                    change = _first_child(child, _PPRCHANGE)
                    if change is not None:
                        self._tracked(change, "formatting", idx)
                continue
            props = None
            weak = ""
            text = ""
            for part in child[:]:
                ptag = part.tag
                if ptag == _T:
                    text += part.text or ""
                elif ptag == _RPR:
                    change = None
                    if props is None:  # the first w:rPr formats the run
                        # Word repeats the same few run formats thousands of times (fonts
                        # and sizes on every run): key on the children that matter, each
                        # read once, and work each combination out once.
                        key: tuple[Any, ...] = plain
                        if len(part) == 1:  # the commonest (a size): no list, no loop
                            prop = part[0]
                            qtag = prop.tag
                            if qtag in _RUN_KEYS:
                                key = (plain[0], qtag, prop.get(_RUN_KEYS[qtag]))
                            elif qtag == _RPRCHANGE:
                                change = prop
                        else:
                            for prop in part[:]:
                                qtag = prop.tag
                                if qtag in _RUN_KEYS:
                                    key += (qtag, prop.get(_RUN_KEYS[qtag]))
                                elif qtag == _RPRCHANGE and change is None:
                                    change = prop
                        props, weak = cache.get(key) or self._work_out(part, base, key)
                    else:
                        change = _first_child(part, _RPRCHANGE)
                    if change is not None:
                        self._tracked(change, "formatting", idx)
                elif ptag in _SEPARATORS:
                    text += _SEPARATORS[ptag]
                else:
                    self._run_part(part, ptag, idx)
            if not text:
                continue
            if props is None:
                props, weak = cache.get(plain) or self._work_out(child, base, plain)
            blank = text.isspace()
            if props.vanish:
                if not blank:
                    self.facts.hidden.append(
                        WordMark(kind="hidden", text=text, location=self.loc(idx))
                    )
                continue
            texts.append(text)
            if blank:
                continue
            if weak:
                self.facts.redactions.append(
                    WordMark(kind="weak-redaction", text=text, detail=weak, location=self.loc(idx))
                )
            shown.append(props)

    def _run_part(self, part: Any, tag: str, idx: int) -> None:
        """The parts of a run other than its text and formatting."""
        if tag == _COMMENT_REF:
            self.facts.comment_anchor.setdefault(part.get(_WID) or "", idx)
        elif tag in _PICTURES:
            self._images(part, idx)
        elif tag == _ALTERNATE:
            # Word writes shapes twice (DrawingML choice, VML fallback): read the first.
            choice = _first_child(part, _CHOICE)
            if choice is not None:
                for inner in choice:
                    if inner.tag in _PICTURES:
                        self._images(inner, idx)

    def _tracked(self, el: Any, kind: str, idx: int) -> None:
        text = "".join(t.text or "" for t in el.iter(_T, w("delText")))
        author = el.get(w("author")) or ""
        self.facts.tracked.append(
            WordMark(kind=kind, text=text, detail=author, location=self.loc(idx))
        )

    def _images(self, el: Any, idx: int) -> None:
        for box in el.iter(_TXBX):
            text = " ".join(
                "".join(t.text or "" for t in p.iter(_T)).strip() for p in box.iter(_P)
            ).strip()
            if text:
                self.facts.text_boxes.append((text, idx))
        if el.find(f".//{_TXBX}") is not None:
            return  # a text box is text, read above, not an image
        for doc_pr in el.iter(_DOCPR):
            if (doc_pr.get("descr") or "").strip() or (doc_pr.get("title") or "").strip():
                continue
            if _decorative(doc_pr):
                continue
            self.facts.images.append(
                WordMark(
                    kind="image",
                    text=doc_pr.get("name") or "",
                    detail="no alt text",
                    location=self.loc(idx),
                )
            )


def _first_child(el: Any, tag: str) -> Any | None:
    """``el.find(tag)`` for a plain tag, without lxml's path parser."""
    for child in el:
        if child.tag == tag:
            return child
    return None


def _decorative(doc_pr: Any) -> bool:
    # Word 2019+ marks decorative images with an a16 extension <adec:decorative val="1"/>.
    return any(
        el.tag.endswith("}decorative") and el.get("val") in {"1", "true"} for el in doc_pr.iter()
    )
