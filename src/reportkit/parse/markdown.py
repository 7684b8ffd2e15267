"""Markdown reports: YAML front matter for the front sheet, ``#`` headings for sections.

markdown-it-py gives block tokens with source line maps, so every block keeps the line it
came from. It is imported inside the reader so that importing this module costs nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportkit import safe_yaml
from reportkit.derive import finish, split_leading_number
from reportkit.frontsheet import TITLE_HEADING, apply_field, fields_from_row, match_label
from reportkit.headings import OTHER, HeadingMatch, Vocabulary
from reportkit.model import (
    Block,
    BlockKind,
    ContactOfficer,
    Location,
    Report,
    Section,
    Suppression,
)
from reportkit.parse import InputError, Limits, Message, ReadResult
from reportkit.parse.tables import row_sections
from reportkit.spec import METADATA_FIELDS, Spec
from reportkit.titleblock import is_title, label_line

# The metadata fields, and the exempt parts, which only a front matter can list.
FRONT_MATTER_KEYS = {*METADATA_FIELDS, "exempt_parts"}
_FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$\r?\n?", re.S | re.M)
_SUPPRESS_RE = re.compile(
    r"<!--\s*reportkit:\s*(?P<kind>disable-file|disable-next|disable)\s*(?:=\s*(?P<codes>[^>]*?))?\s*-->",
    re.IGNORECASE,
)


def read(path: Path, spec: Spec, limits: Limits) -> ReadResult:
    """The reader contract for a file. Size checks, decoding (UTF-8, UTF-16, Windows-1252)
    and the time budget are the guard's, shared with every reader; ``read_text`` parses."""
    from reportkit.parse.guard import read_guarded

    return read_guarded(path, spec, limits, "markdown")


def read_text(text: str, path: str, spec: Spec) -> ReadResult:
    return read_text_and_tokens(text, path, spec)[0]


def read_text_and_tokens(text: str, path: str, spec: Spec) -> tuple[ReadResult, str, list[Any]]:
    """``read_text`` plus the Markdown body (front matter removed) and its markdown-it tokens,
    unchanged, so that ``build`` renders the tokens the reader saw instead of parsing again."""
    from markdown_it import MarkdownIt

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    report = Report(path=path, format="markdown")
    messages: list[Message] = []
    body, offset = text, 0
    m = _FRONT_RE.match(text)
    if m:
        _front_matter(m.group(1), report, spec, path, messages)
        offset = text[: m.end()].count("\n")
        body = text[m.end() :]
    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(body)
    _Builder(report, spec, path, offset, messages).run(tokens)
    finish(report, spec)
    return ReadResult(report=report, messages=messages), body, tokens


# -- front matter ---------------------------------------------------------------------------


def _front_matter(raw: str, report: Report, spec: Spec, path: str, messages: list[Message]) -> None:
    try:
        # safe_yaml: safe_load plus a cap on aliases (a YAML "billion laughs" in front matter
        # otherwise takes the whole time budget when the values are turned into text)
        data = safe_yaml.load(raw, first_line=2)
    except safe_yaml.YamlProblem as exc:
        raise InputError(f"{path}: front matter is not valid YAML: {exc}") from None
    if data is None:
        return
    if not isinstance(data, dict):
        raise InputError(f"{path}: front matter must be a mapping of keys to values")
    lines = raw.split("\n")
    for key, value in data.items():
        name = str(key)
        line = next(
            (i + 2 for i, ln in enumerate(lines) if re.match(rf"{re.escape(name)}\s*:", ln)), 2
        )
        location = Location(path=path, line=line)
        if name == "contact":
            report.contact_officer = _contact(value, location)
            continue
        field = name if name in FRONT_MATTER_KEYS else match_label(name.replace("_", " "), spec)
        if field is None and name not in {"spec", "template", "house_style", "reportkit"}:
            messages.append(
                Message(
                    text=f"front matter key {name!r} is not a metadata field; kept as is",
                    location=location,
                )
            )
        apply_field(report.metadata, field, name, value, location)


def _contact(value: Any, location: Location) -> ContactOfficer:
    if isinstance(value, dict):
        get = {str(k).lower(): (str(v) if v is not None else None) for k, v in value.items()}
        return ContactOfficer(
            name=get.get("name"),
            role=get.get("role") or get.get("title") or get.get("job_title"),
            phone=get.get("phone") or get.get("telephone") or get.get("tel"),
            email=get.get("email"),
            location=location,
        )
    return ContactOfficer(name=str(value) if value is not None else None, location=location)


# -- body -----------------------------------------------------------------------------------


def _inline_text(token: Any) -> str:
    """Plain text of an inline token: markers dropped, line breaks kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline":
            continue
    return "".join(parts).strip()


class _Builder:
    def __init__(
        self, report: Report, spec: Spec, path: str, offset: int, messages: list[Message]
    ) -> None:
        self.report = report
        self.spec = spec
        self.vocab = Vocabulary.from_spec(spec)
        self.path = path
        self.offset = offset
        self.messages = messages
        self.current: Section | None = None
        self.pending: list[Suppression] = []
        self.base_level = 1
        self.past_front = False
        """A recognised section has started: no more front-sheet lines."""

    def loc(self, token: Any) -> Location:
        line = token.map[0] + 1 + self.offset if token.map else None
        heading = self.current.heading if self.current else None
        return Location(path=self.path, line=line, heading=heading)

    def run(self, tokens: list[Any]) -> None:
        self.base_level = _base_level(tokens, self.vocab)
        i = 0
        quote_depth = 0
        list_stack: list[str | None] = []
        while i < len(tokens):
            tok = tokens[i]
            kind = tok.type
            if kind == "heading_open":
                self.heading(tok, tokens[i + 1])
                i += 3
                continue
            if kind == "blockquote_open":
                quote_depth += 1
            elif kind == "blockquote_close":
                quote_depth -= 1
            elif kind in {"bullet_list_open", "ordered_list_open"}:
                list_stack.append(None)
            elif kind in {"bullet_list_close", "ordered_list_close"}:
                list_stack.pop()
            elif kind == "list_item_open":
                number = f"{tok.info}{tok.markup}" if tok.info else None
                if list_stack:
                    list_stack[-1] = number or ""
            elif kind == "paragraph_open":
                text = _inline_text(tokens[i + 1])
                if list_stack and list_stack[-1] is not None:
                    number = list_stack[-1] or None
                    list_stack[-1] = None  # later paragraphs of the item carry no number
                    if number is None:
                        number, text = split_leading_number(text)
                    self.add(
                        Block(kind="list_item", text=text, number=number, location=self.loc(tok)),
                        tok,
                    )
                elif text and not quote_depth and self.bold_heading(tok, tokens[i + 1], text):
                    pass
                elif text:
                    block_kind: BlockKind = "quote" if quote_depth else "paragraph"
                    self.add(Block(kind=block_kind, text=text, location=self.loc(tok)), tok)
                i += 3
                continue
            elif kind == "table_open":
                i = self.table(tokens, i)
                continue
            elif kind in {"fence", "code_block"}:
                self.add(
                    Block(kind="code", text=tok.content.rstrip("\n"), location=self.loc(tok)), tok
                )
            elif kind == "html_block":
                self.html(tok)
            i += 1

    def bold_heading(self, tok: Any, inline: Any, text: str) -> bool:
        """A paragraph that is all bold and names a known section ("**Legal
        implications**") is that section's heading: authors who never use heading styles."""
        kids = [
            k
            for k in inline.children or []
            if k.type != "softbreak" and not (k.type == "text" and not k.content.strip())
        ]
        if len(kids) < 3 or kids[0].type != "strong_open" or kids[-1].type != "strong_close":
            return False
        if sum(k.type == "strong_open" for k in kids) != 1:
            return False
        if self.current is None and self._title_block(tok, text):
            return True
        if len(text.split()) > 12:
            return False
        if text.rstrip().endswith((".", ",", ";", "!")):
            return False  # an emphasised sentence, not a heading
        match = self.vocab.match(text, heading_like=True)
        if match is None or match.id == OTHER:
            return False
        if match.matched_by.startswith("keyword") and len(text.split()) > 6:
            return False
        level = self.current.level if self.current is not None else 1
        self.start(match, text, tok, level, how=" (bold paragraph)")
        return True

    def _title_block(self, tok: Any, text: str) -> bool:
        """A bold line above the first section: "**Report to Cabinet**" is a label and its
        value (True: read); the first bold line that could be a title, with no title known
        yet, is the title (False: it stays in the preamble too)."""
        found = label_line(text, self.spec)
        if found is not None:
            field, label, value = found
            apply_field(self.report.metadata, field, label, value, self.loc(tok))
            self._settle(tok)
            return True
        if self.report.metadata.title is None and is_title(text, self.spec):
            apply_field(self.report.metadata, "title", TITLE_HEADING, text, self.loc(tok))
        return False

    def heading(self, tok: Any, inline: Any) -> None:
        raw = _inline_text(inline)
        if not self.past_front:
            found = label_line(raw, self.spec)
            if found is not None:
                # "## Report to Cabinet" above the first section: a label, not Background.
                field, label, value = found
                apply_field(self.report.metadata, field, label, value, self.loc(tok))
                self.current = None
                self._settle(tok)
                return
        level = max(1, int(tok.tag[1:]) - self.base_level + 1)
        if int(tok.tag[1:]) < self.base_level:
            # The document title ("# Annual budget report") above "##" sections.
            if self.report.metadata.title is None and raw:
                apply_field(self.report.metadata, "title", TITLE_HEADING, raw, self.loc(tok))
            self.current = None
            return
        match = self.vocab.match(raw, heading_like=True) or HeadingMatch(
            id=OTHER, heading=raw, matched_by="unrecognised"
        )
        self.start(match, raw, tok, level)

    def start(self, match: HeadingMatch, raw: str, tok: Any, level: int, how: str = "") -> None:
        section = Section(
            id=match.id,
            heading=match.heading or raw,
            number=match.number,
            level=level,
            covers=match.covers,
            matched_by=match.matched_by + how,
            inline=bool(match.rest),
            location=Location(path=self.path, line=self.loc(tok).line, heading=raw),
        )
        self.report.sections.append(section)
        self.current = section
        self.past_front = self.past_front or match.id != OTHER
        if match.rest:
            section.blocks.append(
                Block(
                    text=match.rest,
                    location=Location(path=self.path, line=section.location.line, heading=raw),
                )
            )
        self._settle(tok)

    def _front_lines(self, block: Block) -> bool:
        """ "**Report to:** Cabinet" lines above the first heading (a report written without
        front matter). True when every line was a known label and its value."""
        entries = []
        for line in block.text.splitlines():
            found = label_line(line, self.spec)
            if found is None:
                return False
            entries.append(found)
        for field, label, value in entries:
            apply_field(self.report.metadata, field, label, value, block.location)
        return bool(entries)

    def add(self, block: Block, tok: Any) -> None:
        if self.current is None:
            if (
                block.kind == "table"
                and block.rows
                and any(
                    [  # every row, not just up to the first hit
                        fields_from_row(r, self.spec, self.report.metadata, block.location)
                        for r in block.rows
                    ]
                )
            ):
                self._settle(tok)
                return
            if block.kind == "paragraph" and self._front_lines(block):
                self._settle(tok)
                return
            self.report.preamble.append(block)
        else:
            self.current.blocks.append(block)
            if block.kind == "table" and block.rows:
                body = block.rows[1:] if block.header_row else block.rows
                where = [block.location] * len(body)
                level = self.current.level + 1
                header = block.rows[0] if block.header_row else None
                self.report.sections.extend(
                    row_sections(body, self.vocab, where, level, header=header)
                )
        self._settle(tok)

    def _settle(self, tok: Any) -> None:
        """Anchor pending next-block suppressions to the block just read."""
        if not self.pending or not tok.map:
            return
        for sup in self.pending:
            sup.start_line = tok.map[0] + 1 + self.offset
            sup.end_line = tok.map[1] + self.offset
        self.pending = []

    def table(self, tokens: list[Any], i: int) -> int:
        start = tokens[i]
        rows: list[list[str]] = []
        row: list[str] = []
        header = False
        i += 1
        while i < len(tokens) and tokens[i].type != "table_close":
            t = tokens[i]
            if t.type == "thead_open":
                header = True
            elif t.type == "tr_open":
                row = []
            elif t.type == "tr_close":
                rows.append(row)
            elif t.type == "inline":
                row.append(_inline_text(t))
            i += 1
        text = "\n".join("\t".join(r) for r in rows)
        self.add(
            Block(kind="table", text=text, rows=rows, header_row=header, location=self.loc(start)),
            start,
        )
        return i + 1

    def html(self, tok: Any) -> None:
        for m in _SUPPRESS_RE.finditer(tok.content):
            codes = [c.strip() for c in (m["codes"] or "").split(",") if c.strip()]
            line = tok.map[0] + 1 + self.offset if tok.map else None
            sup = Suppression(
                codes=codes,
                scope="file" if m["kind"].lower() == "disable-file" else "next-block",
                location=Location(path=self.path, line=line),
            )
            self.report.suppressions.append(sup)
            if sup.scope == "next-block":
                self.pending.append(sup)


def _base_level(tokens: list[Any], vocab: Vocabulary) -> int:
    """The Markdown level that counts as a top-level section: the shallowest used, or 2
    when a single unrecognised ``#`` title sits above ``##`` sections."""
    levels = [
        (int(t.tag[1:]), tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]
    if not levels:
        return 1
    shallowest = min(lvl for lvl, _ in levels)
    h1 = [inline for lvl, inline in levels if lvl == 1]
    if len(h1) != 1 or levels[0][0] != 1 or len(levels) < 2:
        return shallowest
    match = vocab.match(_inline_text(h1[0]), heading_like=False)
    return 2 if match is None else 1
