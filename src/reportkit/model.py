"""The one neutral model of a council report.

Readers (``reportkit.parse``) fill it from Markdown, PDF text or Word; rules only read it.
Nothing here knows which file format a report came from, except ``Report.format`` and the
optional Word-only facts in ``Report.word``, which rules about Word files consult.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

MODEL_VERSION = 1

ExemptStatus = Literal["no", "part", "whole"]
BlockKind = Literal["paragraph", "list_item", "table", "quote", "code"]
SourceFormat = Literal["markdown", "text", "pdf", "docx"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Location(_Model):
    """Where something came from. Line/column for text formats, paragraph index for Word."""

    path: str
    line: int | None = None
    column: int = 1
    paragraph: int | None = None
    """1-based index of the body paragraph in a Word document (the ``¶42`` users see)."""
    heading: str | None = None
    """The nearest heading above, as written, so a person can find the place."""

    def describe(self) -> str:
        """``report.md:12:1`` or ``report.docx:¶42 (6.0 FINANCIAL IMPLICATIONS)``."""
        if self.paragraph is not None and self.line is None:
            where = f"{self.path}:¶{self.paragraph}"
            return f"{where} ({self.heading})" if self.heading else where
        return f"{self.path}:{self.line or 1}:{self.column}"


class Block(_Model):
    """A paragraph, list item, table or quote inside a section."""

    kind: BlockKind = "paragraph"
    text: str
    """Plain text; for a table, rows joined by newlines and cells by tabs."""
    number: str | None = None
    """The paragraph number as the reader of the report sees it ("3.1", "3.1.", "(1)")."""
    rows: list[list[str]] | None = None
    """Table cells, for ``kind == "table"``."""
    header_row: bool | None = None
    """For tables: True when the first row is marked as a header row (None: format can't say)."""
    location: Location


class Section(_Model):
    """A heading and the blocks under it, up to the next heading of the same or higher level."""

    id: str
    """Canonical id (``financial``, ``legal`` ...) or ``other`` for an unrecognised heading."""
    heading: str
    """The heading exactly as written (without Markdown markers or the number)."""
    number: str | None = None
    """The heading's number as written ("6.0", "5. 0", "2.", "A.") or None."""
    level: int = 1
    """1 for a top-level section; 2+ for sub-headings inside one."""
    covers: list[str] = Field(default_factory=list)
    """Further canonical ids this section also deals with, e.g. a heading "Alternative options
    (including any risk implications)" is ``alternative_options`` and covers ``risk``."""
    matched_by: str = ""
    """How the heading was recognised, for ``inspect``: "alias 'financial implications'",
    "keyword 'legal'", "heading style 'Heading 1'", "header table row", "unrecognised"."""
    inline: bool = False
    """True when the heading and its text share a line ("Equality Implications: None")."""
    blocks: list[Block] = Field(default_factory=list)
    location: Location

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    def all_ids(self) -> list[str]:
        return [self.id, *self.covers]


class MetaField(_Model):
    """One metadata entry as found: the label as written, the raw value, where."""

    label: str
    value: str
    location: Location


class Metadata(_Model):
    committee: str | None = None
    """The meeting body: "Cabinet", "Executive Board", "Planning Committee"."""
    meeting_date: dt.date | None = None
    report_date: dt.date | None = None
    """Date the report itself carries (front matter ``report_date`` or a "Date of report" row)."""
    title: str | None = None
    report_of: str | None = None
    wards: str | None = None
    portfolio: str | None = None
    key_decision: bool | None = None
    forward_plan: bool | None = None
    exempt: ExemptStatus | None = None
    exempt_parts: list[str] = Field(default_factory=list)
    """Which parts are exempt when ``exempt == "part"``: "Appendix A", "Part 2" ..."""
    exempt_paragraphs: list[int] = Field(default_factory=list)
    """Schedule 12A Part 1 paragraph numbers as stated (7A-7C are reported as 7)."""
    exempt_text: str | None = None
    """The exempt declaration as written, so rules can look for the public interest test."""
    fields: dict[str, MetaField] = Field(default_factory=dict)
    """Every metadata entry found, by canonical field name (``committee``, ``meeting_date`` ...,
    or a slug of an unknown label), with its label, raw value and location."""


class Recommendation(_Model):
    number: str | None = None
    """As written: "(1)", "1)", "a.", or None when the list is not numbered."""
    text: str
    location: Location


class Appendix(_Model):
    label: str
    """"A", "1", "2a" — what follows the word Appendix."""
    title: str = ""
    exempt: bool = False
    location: Location


class ContactOfficer(_Model):
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None
    location: Location


# Defined before Report so that its schema is built once, at class creation.
class Suppression(_Model):
    """An inline ``<!-- reportkit: disable=CODE -->`` comment (Markdown) or similar."""

    codes: list[str]
    """Rule codes or names; empty means every rule."""
    scope: Literal["file", "next-block"] = "next-block"
    start_line: int | None = None
    end_line: int | None = None
    location: Location


class WordMark(_Model):
    """One occurrence of a Word-only feature: what kind, the text involved, where."""

    kind: str
    text: str = ""
    detail: str = ""
    location: Location


class WordFacts(_Model):
    """What only a .docx can hide. Filled by the Word reader; None for other formats."""

    tracked_changes: list[WordMark] = Field(default_factory=list)
    comments: list[WordMark] = Field(default_factory=list)
    hidden_text: list[WordMark] = Field(default_factory=list)
    weak_redactions: list[WordMark] = Field(default_factory=list)
    properties: dict[str, str] = Field(default_factory=dict)
    """Core and app properties: title, author, last_modified_by, template ..."""
    language: str | None = None
    images_without_alt: list[WordMark] = Field(default_factory=list)
    fake_headings: list[WordMark] = Field(default_factory=list)
    """Paragraphs that act as headings by formatting alone (bold, large) with no heading style."""
    heading_levels: list[tuple[int, Location]] = Field(default_factory=list)
    """Outline level of every heading-styled paragraph, in order."""
    hidden_styles: list[str] = Field(default_factory=list)
    """Names of styles that hide their text (``w:vanish`` in the style)."""


class Report(_Model):
    """A report as read from one file."""

    version: int = MODEL_VERSION
    path: str
    format: SourceFormat
    metadata: Metadata = Field(default_factory=Metadata)
    preamble: list[Block] = Field(default_factory=list)
    """Blocks before the first heading that are not metadata."""
    sections: list[Section] = Field(default_factory=list)
    recommendations: list[Recommendation] = Field(default_factory=list)
    appendices: list[Appendix] = Field(default_factory=list)
    contact_officer: ContactOfficer | None = None
    running_text: list[Block] = Field(default_factory=list)
    """Text outside the body: Word headers and footers, PDF running headers kept aside."""
    suppressions: list[Suppression] = Field(default_factory=list)
    word: WordFacts | None = None
    """Facts only a Word file has (tracked changes, comments, hidden text ...)."""

    # -- convenience for rules -------------------------------------------------------------

    def find(self, section_id: str) -> list[Section]:
        """Top-level and sub-sections whose id, or covered ids, include ``section_id``."""
        return [s for s in self.sections if section_id in s.all_ids()]

    def has(self, section_id: str) -> bool:
        return bool(self.find(section_id))

    def children(self, section: Section) -> list[Section]:
        """Sub-sections directly and indirectly under ``section`` (deeper level, until the next
        heading of the same or a higher level)."""
        out: list[Section] = []
        try:
            start = next(i for i, s in enumerate(self.sections) if s is section)
        except StopIteration:
            return out
        for later in self.sections[start + 1 :]:
            if later.level <= section.level:
                break
            out.append(later)
        return out

    def section_text(self, section: Section, *, include_children: bool = True) -> str:
        parts = [section.text]
        if include_children:
            parts.extend(child.heading + "\n" + child.text for child in self.children(section))
        return "\n".join(p for p in parts if p)

    def iter_blocks(self) -> Iterator[tuple[Section | None, Block]]:
        """Every body block in document order, with the section it belongs to."""
        for block in self.preamble:
            yield None, block
        for section in self.sections:
            for block in section.blocks:
                yield section, block

    def body_text(self) -> str:
        return "\n".join(block.text for _, block in self.iter_blocks())
