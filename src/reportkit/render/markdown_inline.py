"""Inline Markdown (bold, italic, code, links, line breaks) to Word runs."""

from __future__ import annotations

from typing import Any

from reportkit.render.oxml import add_hyperlink


def add_inline(paragraph: Any, tokens: list[Any] | None, *, bold: bool = False) -> None:
    """Append runs for markdown-it inline ``tokens`` to ``paragraph``. Links become real
    hyperlinks (styled "Hyperlink" where the document has it)."""
    state = {"bold": 1 if bold else 0, "italic": 0, "code": 0}
    link_stack: list[Any] = []
    for token in tokens or []:
        kind = token.type
        if kind == "strong_open":
            state["bold"] += 1
        elif kind == "strong_close":
            state["bold"] -= 1
        elif kind == "em_open":
            state["italic"] += 1
        elif kind == "em_close":
            state["italic"] -= 1
        elif kind == "link_open":
            link_stack.append(add_hyperlink(paragraph, str(token.attrs.get("href", ""))))
        elif kind == "link_close":
            if link_stack:
                link_stack.pop()
        elif kind in {"text", "code_inline", "html_inline"}:
            if kind == "html_inline" and token.content.startswith("<!--"):
                continue
            _add_run(
                paragraph,
                token.content,
                state,
                link_stack[-1] if link_stack else None,
                code=kind == "code_inline",
            )
        elif kind == "softbreak":
            _add_run(paragraph, " ", state, link_stack[-1] if link_stack else None)
        elif kind == "hardbreak":
            paragraph.add_run().add_break()
        elif kind == "image":
            # Pictures are not embedded from Markdown; keep their alt text readable.
            alt = token.content or "image"
            _add_run(paragraph, f"[{alt}]", state, None)


def _add_run(
    paragraph: Any, text: str, state: dict[str, int], link: Any | None, *, code: bool = False
) -> None:
    if not text:
        return
    run = fast_run(paragraph, text)
    # The run properties are written directly, in the schema's order (rFonts, b, i, color,
    # u): python-docx's property setters search the rPr for each one, which cost more than
    # the rest of the run for a report full of links.
    props: list[tuple[str, dict[str, str]]] = []
    if code:
        props.append((_RFONTS, {_W_ASCII: "Courier New", _W_HANSI: "Courier New"}))
    if state["bold"] > 0:
        props.append((_B, {}))
    if state["italic"] > 0:
        props.append((_I, {}))
    if link is not None:
        props.append((_COLOR, {_W_VAL: LINK_COLOUR}))
        props.append((_U, {_W_VAL: "single"}))
    if props:
        r = run._r
        rpr = r.makeelement(_RPR, {})
        for tag, attrs in props:
            rpr.append(rpr.makeelement(tag, attrs))
        r.insert(0, rpr)
    if link is not None:
        # Move the run inside the hyperlink element.
        link.append(run._r)


def fast_run(paragraph: Any, text: str) -> Any:
    """``paragraph.add_run(text)`` without python-docx's character-by-character text setter
    (a third of build time); text with tabs or line breaks takes the ordinary path."""
    if "\t" in text or "\n" in text or "\r" in text:
        return paragraph.add_run(text)
    from docx.text.run import Run

    r = paragraph._p.add_r()
    t = r.makeelement(_T, {})
    t.text = text
    if text != text.strip():
        t.set(_XML_SPACE, "preserve")
    r.append(t)
    return Run(r, paragraph)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_T, _RPR, _RFONTS, _B, _I = f"{_W}t", f"{_W}rPr", f"{_W}rFonts", f"{_W}b", f"{_W}i"
_COLOR, _U, _W_VAL = f"{_W}color", f"{_W}u", f"{_W}val"
_W_ASCII, _W_HANSI = f"{_W}ascii", f"{_W}hAnsi"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
LINK_COLOUR = "1F4E9A"


def inline_text(tokens: list[Any] | None) -> str:
    """Plain text of inline tokens (headings, table cells)."""
    parts: list[str] = []
    for token in tokens or []:
        if token.type in {"text", "code_inline"}:
            parts.append(token.content)
        elif token.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif token.type == "image":
            parts.append(token.content)
    return "".join(parts)
