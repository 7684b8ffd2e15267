"""``reportkit annotate``: put each finding into a copy of the Word report as a review
comment, where the author writes. The input is never changed: the annotated copy goes to a
new file through ``safe_write``.

A finding is anchored to the paragraph its ``Location.paragraph`` names (1-based, counted
over the body paragraphs as the Word reader counts them); findings without a paragraph, or
naming one that does not exist, go into the summary comment on the first paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportkit.findings import Finding

AUTHOR = "reportkit"
INITIALS = "RK"


@dataclass(frozen=True)
class Annotated:
    output: Path
    anchored: int
    """Findings placed on their own paragraph."""
    in_summary: int
    """Findings that had no paragraph and are listed in the summary comment only."""


def annotate(
    source: Path, findings: Sequence[Finding], output: Path, *, force: bool = False
) -> Annotated:
    """Write ``output``: ``source`` with a comment per finding and a summary comment.
    Raises ``safe_write.WriteRefused`` when the output is the input or exists without
    ``force``; the document is opened only after those checks pass."""
    import docx  # heavy: only when annotating

    from reportkit.safe_write import check_target, write_atomically

    check_target(output, inputs=[source], force=force)  # before the (slow) work
    document = docx.Document(str(source))
    paragraphs = body_paragraphs(document)
    anchored = 0
    unplaced: list[Finding] = []
    for finding in sorted(findings, key=Finding.sort_key):
        index = finding.location.paragraph
        if index is None or not 1 <= index <= len(paragraphs):
            unplaced.append(finding)
            continue
        _comment(document, paragraphs[index - 1], comment_text(finding))
        anchored += 1
    if paragraphs:
        _comment(document, paragraphs[0], summary_text(findings, unplaced))
    write_atomically(output, lambda temp: document.save(str(temp)), inputs=[source], force=force)
    return Annotated(output=output, anchored=anchored, in_summary=len(unplaced))


def body_paragraphs(document: Any) -> list[Any]:
    """The paragraphs ``Location.paragraph`` counts, as the Word reader counts them: every
    paragraph of the body in document order, inside tables and content controls too, but
    not the ones inside a text box (those sit in a run, and the reader does not count them).
    """
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    body = document.element.body
    run_tag = qn("w:r")
    out = []
    for p in body.iter(qn("w:p")):
        if any(ancestor.tag == run_tag for ancestor in p.iterancestors()):
            continue
        out.append(Paragraph(p, document._body))
    return out


def comment_text(finding: Finding) -> str:
    text = f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}"
    if finding.fix:
        text += f"\nHow to fix: {finding.fix}"
    return text


def summary_text(findings: Sequence[Finding], unplaced: Sequence[Finding]) -> str:
    if not findings:
        return "reportkit found nothing to flag in this report."
    from reportkit.findings import Severity
    from reportkit.progress import plural

    tally = ", ".join(
        plural(n, severity.value)
        for severity in Severity
        if (n := sum(1 for f in findings if f.severity is severity))
    )
    lines = [f"reportkit: {plural(len(findings), 'finding')} ({tally})."]
    if unplaced:
        lines.append("Findings about the report as a whole:")
        lines += [f"- {comment_text(finding)}" for finding in unplaced]
    return "\n".join(lines)


def _comment(document: Any, paragraph: Any, text: str) -> None:
    runs = paragraph.runs or [paragraph.add_run("")]
    comment = document.add_comment(runs, text="", author=AUTHOR, initials=INITIALS)
    # One comment paragraph per line: Word shows "\n" inside a run as nothing at all.
    first, *rest = text.split("\n")
    comment.paragraphs[0].add_run(first)
    for line in rest:
        comment.add_paragraph(line)
