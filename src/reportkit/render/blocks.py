"""Markdown body (markdown-it tokens) to Word paragraphs, lists, tables and quotes, with
section numbering from the house style."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportkit.render.house_style import HouseStyle
from reportkit.render.markdown_inline import add_inline, inline_text
from reportkit.render.numbering import Numbering, set_num
from reportkit.render.oxml import mark_header_row
from reportkit.render.styles import add_paragraph, style_or

# A number the author typed before a heading or paragraph ("1.", "3.2", "6.0"): Word numbers
# the paragraph itself, so a typed one would show twice.
_TYPED_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=\S)")

Classifier = Callable[[str, int], str]


@dataclass
class _List:
    num_id: int
    ordered: bool
    depth: int


@dataclass
class _State:
    section_id: str | None = None
    numbered: bool = False
    lists: list[_List] = field(default_factory=list)
    quote: int = 0


class BodyWriter:
    def __init__(
        self, document: Any, style: HouseStyle, classify: Classifier, numbering: Numbering
    ) -> None:
        self.doc = document
        self.style = style
        self.classify = classify
        self.numbering = numbering
        self.section_num: int | None = None
        if style.numbering.scheme == "section":
            self.section_num = numbering.section_num(
                style.numbering.heading_format, style.numbering.paragraph_format
            )
        self.state = _State()
        self.quote_style = style_or(document, "Quote", "Intense Quote")
        self.table_style = style_or(document, "Table Grid")
        self.list_styles = {
            True: style_or(document, "List Number", "List Paragraph"),
            False: style_or(document, "List Bullet", "List Paragraph"),
        }
        self.base_level = 1

    def write(self, tokens: list[Any]) -> None:
        levels = [int(t.tag[1]) for t in tokens if t.type == "heading_open"]
        self.base_level = min(levels) if levels else 1
        i = 0
        if (
            _lone_title(tokens, levels)
            and self.classify(inline_text(tokens[1].children), 1) == "other"
        ):
            # "# Title" over "## Section" headings: the title is not a section.
            para = add_paragraph(self.doc, style_or(self.doc, "Title"))
            add_inline(para, tokens[1].children)
            self.base_level = min(levels[1:])
            i = 3
        while i < len(tokens):
            i = self._token(tokens, i)

    # -- dispatch -----------------------------------------------------------------------------

    def _token(self, tokens: list[Any], i: int) -> int:
        token = tokens[i]
        kind = token.type
        if kind == "heading_open":
            self._heading(int(token.tag[1]), tokens[i + 1].children)
            return i + 3
        if kind == "paragraph_open":
            self._paragraph(tokens[i + 1].children)
            return i + 3
        if kind in {"bullet_list_open", "ordered_list_open"}:
            self._open_list(kind == "ordered_list_open")
        elif kind in {"bullet_list_close", "ordered_list_close"}:
            self.state.lists.pop()
        elif kind == "blockquote_open":
            self.state.quote += 1
        elif kind == "blockquote_close":
            self.state.quote -= 1
        elif kind == "table_open":
            return self._table(tokens, i)
        elif kind in {"fence", "code_block"}:
            self._code(token.content)
        return i + 1

    # -- blocks -------------------------------------------------------------------------------

    def _heading(self, md_level: int, children: list[Any]) -> None:
        text = _TYPED_NUMBER.sub("", inline_text(children)).strip()
        level = max(1, md_level - self.base_level + 1)
        para = add_paragraph(self.doc, f"Heading {min(level, 3)}")
        para.add_run(text)
        if level > 1:
            return
        section_id = self.classify(text, level)
        numbering = self.style.numbering
        self.state.section_id = section_id
        self.state.numbered = (
            self.section_num is not None and section_id not in numbering.unnumbered_sections
        )
        if self.state.numbered and self.section_num is not None:
            set_num(para, self.section_num, 0)

    def _paragraph(self, children: list[Any]) -> None:
        state = self.state
        if state.lists:
            current = state.lists[-1]
            para = add_paragraph(self.doc, self.list_styles[current.ordered])
            set_num(para, current.num_id, current.depth)
            add_inline(para, children)
            return
        if state.quote:
            para = add_paragraph(self.doc, self.quote_style)
            add_inline(para, children)
            return
        para = self.doc.add_paragraph()
        if state.numbered and self.section_num is not None:
            _strip_typed_number(children)
            set_num(para, self.section_num, 1)
        add_inline(para, children)

    def _open_list(self, ordered: bool) -> None:
        depth = len(self.state.lists)
        if depth:
            parent = self.state.lists[-1]
            num_id = (
                parent.num_id if parent.ordered == ordered else self.numbering.list_num(ordered)
            )
        elif ordered and self.state.section_id == "recommendations":
            num_id = self.numbering.recommendation_num(self.style.numbering.recommendation_format)
        else:
            num_id = self.numbering.list_num(ordered)
        self.state.lists.append(_List(num_id=num_id, ordered=ordered, depth=min(depth, 2)))

    def _table(self, tokens: list[Any], i: int) -> int:
        rows: list[list[list[Any]]] = []
        has_head = False
        while tokens[i].type != "table_close":
            token = tokens[i]
            if token.type == "thead_open":
                has_head = True
            elif token.type == "tr_open":
                rows.append([])
            elif token.type in {"th_open", "td_open"}:
                rows[-1].append(tokens[i + 1].children or [])
            i += 1
        width = max((len(r) for r in rows), default=0)
        if not rows or not width:
            return i + 1
        table = self.doc.add_table(rows=len(rows), cols=width)
        if self.table_style:
            table.style = self.table_style
        for r, cells in enumerate(rows):
            for c, children in enumerate(cells):
                para = table.rows[r].cells[c].paragraphs[0]
                para.paragraph_format.space_after = 0
                add_inline(para, children, bold=has_head and r == 0)
        if has_head:
            mark_header_row(table.rows[0])
        # A paragraph after the table keeps two consecutive tables from merging in Word.
        self.doc.add_paragraph()
        return i + 1

    def _code(self, content: str) -> None:
        for line in content.rstrip("\n").split("\n"):
            para = self.doc.add_paragraph()
            run = para.add_run(line)
            run.font.name = "Courier New"


def _strip_typed_number(children: list[Any]) -> None:
    if children and children[0].type == "text":
        children[0].content = _TYPED_NUMBER.sub("", children[0].content, count=1)


def _lone_title(tokens: list[Any], levels: list[int]) -> bool:
    return (
        len(levels) > 1
        and bool(tokens)
        and tokens[0].type == "heading_open"
        and levels[0] == 1
        and levels.count(1) == 1
    )
