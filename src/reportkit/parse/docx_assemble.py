"""Build the ``Report`` from a Word body walked into paragraphs and tables: which
paragraphs are headings (a style in the style map, a Word heading style or outline level,
then formatting the spec's vocabulary recognises), the front sheet's metadata, implications
tables, and the blocks under each section. Used by ``parse/docx.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from reportkit import derive, frontsheet
from reportkit.headings import Vocabulary, looks_like_heading_text
from reportkit.model import Block, Location, Report, Section, WordMark
from reportkit.parse import Message
from reportkit.parse.tables import row_sections
from reportkit.spec import Spec

_NUMBERED = re.compile(r"^\s*\d{1,3}(?:\s?\.\s?\d{1,3})*\.?\s+\S")
_HEADING_LIKE_NAME = re.compile(r"head|title", re.IGNORECASE)
_SUB_NUMBER = re.compile(r"^\d{1,3}\s?\.\s?[1-9]\d*")
_HEADING_STYLE_NAME = re.compile(r"^(heading\s*[1-9]|title)$", re.IGNORECASE)
_BUILT_IN_NAME = re.compile(r"^(heading \d|title)$")


class Assembler:
    """One document's sections, blocks and front-sheet metadata, built from its walked body
    by ``assemble``; also collects the headings' levels, fake headings and messages."""

    def __init__(self, path: str, spec: Spec, styles: Any) -> None:
        from reportkit.parse.docx_facts import style_map

        self.path = path
        self.spec = spec
        self.vocab = Vocabulary.from_spec(spec)
        self.style_map = style_map(getattr(spec, "word_styles", None))
        self.styles = styles
        self.fake_headings: list[WordMark] = []
        self.current: Section | None = None
        self.messages: list[Message] = []
        self._warned: set[str] = set()
        self.heading_levels: list[tuple[int, Location]] = []
        self.styled = False
        """True when the document marks headings with heading styles or outline levels."""
        self._style_info: dict[str, _StyleInfo] = {}
        self._front_seen = 0
        self._past_front = False

    def style_info(self, para: Any) -> _StyleInfo:
        """What a paragraph's style says, worked out once per style name, not per paragraph."""
        raw = para.style.name if para.style is not None else ""
        info = self._style_info.get(raw)
        if info is None:
            name = _display_name(raw)
            low = raw.lower()
            info = self._style_info[raw] = _StyleInfo(
                name=name,
                title=low if low in ("title", "subtitle") else None,
                toc=name.lower().startswith("toc"),
                mapped=self.style_map.get(name.lower()),
                heading_like=bool(name and _HEADING_LIKE_NAME.search(name)),
                heading_style=_is_heading_style_name(name),
            )
        return info

    def loc(self, index: int, heading: str | None) -> Location:
        return Location(path=self.path, paragraph=index, heading=heading)

    # -- headings ---------------------------------------------------------------------------

    def heading(self, para: Any, info: _StyleInfo | None = None) -> Section | None:
        """A Section for ``para`` when it is a heading, else None."""
        text = para.text
        if para.in_table or not text or "\t" in text:
            return None
        if info is None:
            info = self.style_info(para)
        if info.toc:
            return None  # "TOC Heading" and the contents entries repeat the real headings
        style_name = info.name
        mapped = info.mapped
        if mapped is not None or para.outline is not None:
            shown = f"{para.number} {text}" if para.number else text
            level = mapped if mapped is not None else para.outline + 1
            how = f"style {style_name!r}" + (" (style map)" if mapped is not None else "")
            if mapped is None and not info.heading_style:
                how = f"outline level {level} (style {style_name!r})"
            match = self.vocab.match(shown, heading_like=True)
            if match is None:
                return None
            where = self.loc(para.index, shown)
            self.heading_levels.append((level, where))
            return self._section(para, match, level, how, where)
        if info.heading_like and style_name not in self._warned:
            self._warned.add(style_name)
            self.messages.append(
                Message(
                    level="warning",
                    text=f"Paragraph style {style_name!r} looks like a heading style but is not "
                    "a Word heading style and not in the style map; add it under `word_styles` "
                    "in the spec so its paragraphs are read as headings",
                    location=self.loc(para.index, f"{para.number} {text}" if para.number else text),
                )
            )
        if para.list_item or not looks_like_heading_text(text.rstrip(":")):
            return None  # most paragraphs: body text
        return self._by_formatting(para)

    def _by_formatting(self, para: Any) -> Section | None:
        text = para.text
        caps = para.caps or _all_capitals(text)
        large = (para.size or 0) >= 28
        numbered = para.number or (_NUMBERED.match(text) and caps)
        formatted = bool(para.bold or large or caps or numbered)
        shown = f"{para.number} {text}" if para.number else text
        match = self.vocab.match(shown, heading_like=formatted)
        if match is None:
            return None
        plain = not (para.bold or large or caps)
        current_ids = self.current.all_ids() if self.current is not None else []
        if self.styled and plain and match.id in current_ids:
            # Headings here carry heading styles; a plain paragraph naming the section it
            # is already in is its text ("Cabinet is recommended to:" under
            # Recommendations, "1.1 How the decision fits the policy ..." under Policy).
            return None
        if match.id == "other" and not (para.bold or large):
            return None
        cues = [c for c, on in (("bold", para.bold), ("large", large), ("all caps", caps)) if on]
        if para.number:
            cues.append(f"numbered {para.number!r}")
        elif _NUMBERED.match(text):
            cues.append(f"numbered {text.split()[0]!r}")
        number = para.number or match.number
        level = 2 if number and _SUB_NUMBER.match(number) else 1
        if match.id == "other" and self.current is not None and not number:
            # An unrecognised bold line inside a section ("Protect the most vulnerable:")
            # is a sub-heading of it, not a new top-level section that would cut it short.
            level = self.current.level + 1
        how = " + ".join(cues) if cues else "plain paragraph"
        how = f"{how}; {match.matched_by}"
        # Locations are never changed once read, so one serves the section, its inline text
        # and the fake-heading mark.
        where = self.loc(para.index, shown)
        section = self._section(para, match, level, how, where)
        if para.bold or large:
            self.fake_headings.append(
                WordMark(kind="fake-heading", text=shown, detail=" + ".join(cues), location=where)
            )
        return section

    def _section_at(self, index: int, match: Any, how: str, shown: str) -> Section:
        return Section(
            id=match.id,
            heading=match.heading or shown,
            level=1,
            covers=list(match.covers),
            matched_by=how,
            location=self.loc(index, shown),
        )

    def _section(self, para: Any, match: Any, level: int, how: str, where: Location) -> Section:
        section = Section(
            id=match.id,
            heading=match.heading or para.text,
            number=para.number or match.number,
            level=level,
            covers=list(match.covers),
            matched_by=how,
            inline=bool(match.rest),
            location=where,
        )
        if match.rest:
            section.blocks.append(Block(text=match.rest, location=where))
        return section

    # -- the body ---------------------------------------------------------------------------

    def assemble(
        self, report: Report, items: list[Any], messages: list[Message], para_t: Any, table_t: Any
    ) -> None:
        current: Section | None = None
        for item in items:
            if isinstance(item, para_t) and item.outline is not None and item.text:
                self.styled = True
                break
        path = self.path
        style_info, heading = self.style_info, self.heading
        for item in items:
            if isinstance(item, table_t):
                current = self._table(report, item, current)
                continue
            para = item
            info = style_info(para)
            if info.title is not None and self._title(report, para, info):
                continue
            section = heading(para, info)
            if section is not None:
                report.sections.append(section)
                current = self.current = section
                continue
            text = para.text
            if not text:
                continue
            if (
                ("\t" in text or ":" in text)
                and self._in_front(report, current)
                and self._front_line(report, para)
            ):
                continue
            block = Block(
                kind="list_item" if para.list_item else "paragraph",
                text=text,
                number=para.number,
                location=Location(
                    path=path,
                    paragraph=para.index,
                    heading=current.location.heading if current else None,
                ),
            )
            (current.blocks if current else report.preamble).append(block)
        self._titles_to_preamble(report)
        derive.finish(report, self.spec)

    def _table(self, report: Report, item: Any, current: Section | None) -> Section | None:
        """Add a table to the report; returns the section now current (a table whose first
        cell names a section starts one)."""
        where = current.heading if current else None
        if self._in_front(report, current) and self._front_table(report, item):
            return current
        first = next((c for c in (item.rows[0] if item.rows else []) if c), "")
        match = self.vocab.match(first, heading_like=False) if first else None
        if match is not None and match.id != "other":
            # "Contact Officer: | name" laid out as a table, as the text reader does.
            how = f"first cell of a table; {match.matched_by}"
            current = self.current = self._section_at(item.index, match, how, first)
            report.sections.append(current)
            where = current.location.heading
        block = Block(
            kind="table",
            text="\n".join("\t".join(r) for r in item.rows),
            rows=item.rows,
            header_row=item.header_row,
            location=self.loc(item.index, where),
        )
        (current.blocks if current else report.preamble).append(block)
        if current is not None and item.rows:
            # An implications table (a row per implication), as the other readers.
            rows = item.rows[1:] if item.header_row else item.rows
            report.sections.extend(
                row_sections(
                    rows,
                    self.vocab,
                    [block.location] * len(rows),
                    current.level + 1,
                    header=item.rows[0] if item.header_row else None,
                )
            )
        return current

    @staticmethod
    def _titles_to_preamble(report: Report) -> None:
        """Empty unrecognised headings above the first section ("Oakridge City Council" in a
        heading style over the header table) are the document's title lines, not sections."""
        while (
            len(report.sections) > 1
            and report.sections[0].id == "other"
            and not report.sections[0].blocks
        ):
            first = report.sections.pop(0)
            report.preamble.insert(0, Block(text=first.heading, location=first.location))

    def _in_front(self, report: Report, current: Section | None) -> bool:
        """Still on the front sheet: before any heading, or after only unrecognised ones
        (the council's name or the report title set in a heading style above the header
        table)."""
        if current is None:
            return True
        if self._past_front:
            return False
        # Sections are only appended while the body is assembled, so each is looked at once.
        sections = report.sections
        for i in range(self._front_seen, len(sections)):
            if sections[i].id != "other":
                self._past_front = True
                return False
        self._front_seen = len(sections)
        return True

    def _title(self, report: Report, para: Any, info: _StyleInfo) -> bool:
        """Word's Title / Subtitle styles name the document; they are not sections."""
        name = info.title
        if name is None or para.in_table or not para.text:
            return False
        if name == "title" and report.metadata.title is None:
            frontsheet.apply_field(
                report.metadata, "title", "Title", para.text, self.loc(para.index, None)
            )
        else:
            report.preamble.append(Block(text=para.text, location=self.loc(para.index, None)))
        return True

    def _front_table(self, report: Report, table: Any) -> bool:
        """A header table: label/value pairs in 2 or 4 columns. True when it was one."""
        known = sum(
            1
            for row in table.rows
            for i in range(0, len(row), 2)
            if row[i].strip() and frontsheet.match_label(row[i].strip(), self.spec)
        )
        if known < 2:
            return False
        where = self.loc(table.index, None)
        for row in table.rows:
            frontsheet.fields_from_row(row, self.spec, report.metadata, where)
        return True

    def _front_line(self, report: Report, para: Any) -> bool:
        """ "Label: value" or "Label<tab>value" before the first heading."""
        text = para.text
        if "\t" in text:
            label, _, value = text.partition("\t")
        elif ":" in text:
            label, _, value = text.partition(":")
        else:
            return False
        field = frontsheet.match_label(label.strip(), self.spec)
        if not field or not value.strip():
            return False
        frontsheet.apply_field(
            report.metadata, field, label.strip(), value.strip(), self.loc(para.index, None)
        )
        return True


class _StyleInfo(NamedTuple):
    name: str
    """As Word shows it ("Heading 1" for the stored "heading 1")."""
    title: str | None
    """ "title" or "subtitle" for Word's Title and Subtitle styles, else None."""
    toc: bool
    mapped: int | None
    """The heading level the style map gives the style, if any."""
    heading_like: bool
    """The name suggests a heading ("Report Head", "Sub-title")."""
    heading_style: bool
    """Word's own "Heading 1".."Heading 9" or "Title"."""


def _all_capitals(text: str) -> bool:
    """More than three letters, every one a capital."""
    letters = "".join(filter(str.isalpha, text))
    if len(letters) <= 3 or not letters.isupper():
        return False
    # Every ASCII letter has a case, so isupper() has said it all; elsewhere a letter with
    # no case (as in CJK) must not count as a capital.
    return letters.isascii() or all(c.isupper() for c in letters)


def _is_heading_style_name(name: str) -> bool:
    return bool(_HEADING_STYLE_NAME.match(name.strip()))


@lru_cache(maxsize=512)
def _display_name(name: str) -> str:
    # Word stores its built-in names in lower case ("heading 1") but shows "Heading 1".
    return name[:1].upper() + name[1:] if _BUILT_IN_NAME.match(name) else name
