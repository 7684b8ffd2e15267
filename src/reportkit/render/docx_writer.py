"""Build a Word report from Markdown and the report's metadata, in a house style.

``render_document`` returns a python-docx ``Document``; ``save_safely`` writes it without
ever leaving a half-written file or overwriting an input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from reportkit.model import Metadata
from reportkit.render.header_table import add_header_table, format_date
from reportkit.render.house_style import HouseStyle
from reportkit.render.oxml import add_field, clear_body, set_alt_text, set_language
from reportkit.render.styles import apply_house_style, style_or


class RenderError(Exception):
    """The output cannot be written. The message names the file and the problem."""


def parse_markdown(body: str) -> list[Any]:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").parse(body)


def render_document(
    body_tokens: list[Any],
    metadata: Metadata,
    style: HouseStyle,
    classify: Callable[[str, int], str],
    reference_docx: Path | None = None,
) -> Any:
    import docx

    from reportkit.render.base_document import new_document
    from reportkit.render.blocks import BodyWriter
    from reportkit.render.numbering import Numbering

    if reference_docx is not None:
        try:
            document = docx.Document(str(reference_docx))
        except Exception as exc:  # python-docx raises several types for a bad package
            problem = f"not a Word document reportkit can use ({exc})"
            raise RenderError(f"{reference_docx}: {problem}") from None
        clear_body(document)
        set_language(docx_defaults(document), style.language)
    else:
        document = new_document()
        apply_house_style(document, style)

    if style.title_paragraph and metadata.title:
        document.add_paragraph(metadata.title, style=style_or(document, "Title"))
    if style.header_table:
        add_header_table(document, metadata, style, style_or(document, "Table Grid"))
        document.add_paragraph()
    BodyWriter(document, style, classify, Numbering(document, style.numbering.indent_cm)).write(
        body_tokens
    )
    _headers_and_footers(document, metadata, style, keep_existing=reference_docx is not None)
    _properties(document, metadata, style)
    return document


def docx_defaults(document: Any) -> Any:
    from reportkit.render.oxml import doc_defaults_rpr

    return doc_defaults_rpr(document)


def exempt_marking(metadata: Metadata) -> str | None:
    """The running header for exempt material, or None for a public report.

    A Markdown report holds the public report only; exempt appendices are separate documents.
    So for ``exempt: part`` the marking names the exempt parts, in the header of every page,
    rather than claiming the whole report is exempt."""
    paragraphs = ", ".join(str(p) for p in metadata.exempt_paragraphs) or "[number]"
    word = "paragraphs" if len(metadata.exempt_paragraphs) > 1 else "paragraph"
    if metadata.exempt == "whole":
        return f"NOT FOR PUBLICATION \u2014 Schedule 12A, {word} {paragraphs}"
    if metadata.exempt == "part":
        parts = " and ".join(metadata.exempt_parts) or "Part of this report"
        return f"{parts}: NOT FOR PUBLICATION \u2014 Schedule 12A, {word} {paragraphs}"
    return None


def _headers_and_footers(
    document: Any, metadata: Metadata, style: HouseStyle, *, keep_existing: bool
) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    marking = exempt_marking(metadata)
    for section in document.sections:
        header = section.header
        if marking or style.logo:
            header.is_linked_to_previous = False
            para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            if para.text.strip() and keep_existing:
                para = header.add_paragraph()
            if style.logo:
                shape = _picture(para, style.logo, style.logo_width_cm)
                set_alt_text(shape, style.logo_alt)
                para = header.add_paragraph()
            if marking:
                run = para.add_run(marking)
                run.bold = True
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer = section.footer
        if keep_existing and any(p.text.strip() for p in footer.paragraphs):
            continue
        footer.is_linked_to_previous = False
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        before, _, rest = style.footer_text.partition("{page}")
        middle, _, after = rest.partition("{pages}")
        para.add_run(before)
        add_field(para, "PAGE")
        para.add_run(middle)
        add_field(para, "NUMPAGES")
        if after:
            para.add_run(after)


def _properties(document: Any, metadata: Metadata, style: HouseStyle) -> None:
    props = document.core_properties
    props.title = metadata.title or "Committee report"
    subject = metadata.committee or ""
    if metadata.meeting_date:
        subject = f"{subject}, {format_date(metadata.meeting_date)}".strip(", ")
    props.subject = subject
    # A bracketed prompt left in a draft is not an author.
    author = metadata.report_of or ""
    props.author = "" if author.startswith("[") else author
    props.last_modified_by = "reportkit"
    props.language = style.language
    props.keywords = "committee report"
    props.comments = ""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = now
    props.modified = now
    props.revision = 1


def save_safely(
    document: Any, out_path: Path, *, inputs: Iterable[Path] = (), force: bool = False
) -> None:
    """Write ``document`` through ``safe_write.write_atomically`` (never an input, never half
    a file, an existing file only with ``force``); a refusal becomes a ``RenderError``."""
    from reportkit.safe_write import WriteRefused, write_atomically

    try:
        write_atomically(
            out_path, lambda temp: document.save(str(temp)), inputs=inputs, force=force
        )
    except WriteRefused as exc:
        raise RenderError(str(exc)) from None


def _picture(paragraph: Any, image: str, width_cm: float) -> Any:
    """The house style's logo as an inline picture, or a one-line ``RenderError``."""
    from docx.image.exceptions import UnrecognizedImageError
    from docx.shared import Cm

    try:
        return paragraph.add_run().add_picture(image, width=Cm(width_cm))
    except UnrecognizedImageError:
        raise RenderError(
            f"{image}: the house style's logo is not an image Word can show "
            "(use PNG, JPEG, GIF, BMP or TIFF)"
        ) from None
    except (OSError, ValueError, ZeroDivisionError) as exc:
        raise RenderError(f"{image}: cannot read the house style's logo ({exc})") from None
