"""Read a Word .docx into the neutral ``Report``, as printed with changes accepted.

Headings are recognised, most certain first, by: a style in the style map (the council's
own "Report Heading 1"), a Word heading style or outline level (through ``basedOn``), then
formatting (a bold, large or all-capitals paragraph, or one numbered like "6.0") that the
spec's vocabulary recognises. A document with no styles, tables or formatting at all (what
LibreOffice makes of a .txt file) is plain text with tabs, so it is handed to the text reader
and gets exactly the sections the text reader finds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportkit.model import Block, Location, Report, WordFacts
from reportkit.parse import InputError, Limits, ReadResult
from reportkit.parse.docx_assemble import Assembler
from reportkit.spec import Spec


def read(path: Path, spec: Spec, limits: Limits) -> ReadResult:
    """Read one .docx. Anything unusable is an ``InputError`` naming the file, including
    XML this reader did not expect, so one odd file never stops a folder being linted."""
    try:
        return _read(path, spec, limits)
    except InputError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError) as exc:
        raise InputError(
            f"{path}: could not read this Word file ({type(exc).__name__}: {exc})"
        ) from exc


def _read(path: Path, spec: Spec, limits: Limits) -> ReadResult:
    from reportkit.parse.docx_body import BodyWalker, Para, Table
    from reportkit.parse.docx_numbering import Numbering
    from reportkit.parse.docx_styles import StyleSheet
    from reportkit.parse.docx_xml import open_package, w

    pkg = open_package(path, limits)
    body = pkg.document.find(w("body"))
    if body is None:
        if "purl.oclc.org/ooxml" in str(pkg.document.tag):
            raise InputError(
                f"{path}: saved as 'Strict Open XML Document'; save it as an ordinary Word "
                "Document (.docx) to lint it"
            )
        raise InputError(f"{path}: damaged Word file (document has no body)")
    styles = StyleSheet.shared(pkg.styles)
    walker = BodyWalker(str(path), styles, Numbering(pkg.numbering), limits.max_table_depth)
    items = walker.walk(body)
    ctx = Assembler(str(path), spec, styles)
    if _is_plain(items):
        result = _read_plain([i for i in items if isinstance(i, Para)], path, spec)
        report = result.report
    else:
        result = ReadResult(report=Report(path=str(path), format="docx"))
        report = result.report
        ctx.assemble(report, items, result.messages, Para, Table)
    report.word = _facts(pkg, styles, walker, ctx, report)
    from reportkit.parse import docx_facts

    report.running_text = docx_facts.running_text(pkg, styles, str(path))
    for text, index in walker.facts.text_boxes:
        report.running_text.append(
            Block(text=text, location=Location(path=str(path), paragraph=index, heading="text box"))
        )
    result.messages.extend(ctx.messages)
    return result


def _is_plain(items: list[Any]) -> bool:
    from reportkit.parse.docx_body import Para

    for item in items:
        if not isinstance(item, Para):
            return False
        if item.outline is not None or item.number or item.bold or item.list_item:
            return False
    return True


def _read_plain(paras: list[Any], path: Path, spec: Spec) -> ReadResult:
    """The paragraphs as lines, tabs kept, through the text reader; locations map back from
    lines to paragraphs. When the author did not separate paragraphs with empty ones (as a
    converted .txt does), a blank line goes between paragraphs so the text reader does not
    join two Word paragraphs it would take for one wrapped PDF line."""
    from reportkit.parse import text as text_reader

    empty = sum(1 for p in paras if not p.raw.strip())
    spaced = empty * 3 < len(paras)
    lines: list[str] = []
    line_to_para: dict[int, int] = {}
    for para in paras:
        if spaced and lines:
            lines.append("")
        lines.append(para.raw.replace("\n", " "))
        line_to_para[len(lines)] = para.index
    result: ReadResult = text_reader.read_text("\n".join(lines), str(path), spec)
    data = result.report.model_dump()
    _lines_to_paragraphs(data, line_to_para)
    data["format"] = "docx"
    result.report = Report.model_validate(data)
    for section in result.report.sections:
        # No styles or formatting to go on: say so in `inspect`.
        section.matched_by = f"plain paragraph; {section.matched_by}".rstrip("; ")
        for block in section.blocks:
            block.location.heading = section.heading
    for message in result.messages:
        if message.location is not None and message.location.line is not None:
            message.location = message.location.model_copy(
                update={"paragraph": _para(message.location.line, line_to_para), "line": None}
            )
    return result


def _para(line: int, line_to_para: dict[int, int]) -> int:
    """The paragraph a text-reader line came from (a blank spacer line maps to the next)."""
    while line not in line_to_para and line <= max(line_to_para, default=0):
        line += 1
    return line_to_para.get(line, line)


def _lines_to_paragraphs(node: Any, line_to_para: dict[int, int]) -> None:
    if isinstance(node, dict):
        if "path" in node and "line" in node and "paragraph" in node:
            if node["line"] is not None:
                node["paragraph"], node["line"] = _para(node["line"], line_to_para), None
            return
        for value in node.values():
            _lines_to_paragraphs(value, line_to_para)
    elif isinstance(node, list):
        for value in node:
            _lines_to_paragraphs(value, line_to_para)


def _facts(pkg: Any, styles: Any, walker: Any, ctx: Assembler, report: Report) -> WordFacts:
    from reportkit.parse import docx_facts

    props = docx_facts.document_properties(pkg)
    facts = WordFacts(
        tracked_changes=walker.facts.tracked,
        comments=docx_facts.comments(pkg, walker.facts.comment_anchor, ctx.path),
        hidden_text=walker.facts.hidden,
        weak_redactions=walker.facts.redactions,
        properties=props,
        language=docx_facts.language(pkg, styles, props),
        images_without_alt=walker.facts.images,
        fake_headings=ctx.fake_headings,
        heading_levels=ctx.heading_levels,
    )
    facts.hidden_styles = styles.hides()
    return facts
