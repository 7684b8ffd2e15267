"""``reportkit build``: Markdown reports to Word, one file or a folder in one process."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportkit.model import Metadata
from reportkit.render.docx_writer import RenderError, parse_markdown, render_document, save_safely
from reportkit.render.house_style import HouseStyle, load_house_style
from reportkit.spec import Spec

_FRONT_RE = re.compile(r"\A---[ \t]*\n(.*?)(?:\n)?^(?:---|\.\.\.)[ \t]*$\n?", re.S | re.M)


@dataclass
class BuildOptions:
    spec: Spec
    style: HouseStyle
    reference_docx: Path | None = None
    force: bool = False


def options_for(
    spec: Spec,
    house_style: str | None = None,
    reference_docx: Path | None = None,
    force: bool = False,
) -> BuildOptions:
    from reportkit.render.house_style import available_house_styles

    # A house style named after the spec is that council's, unless the spec names one.
    by_name = spec.name if spec.name in available_house_styles() else None
    style = load_house_style(house_style or spec.house_style or by_name)
    if reference_docx is not None and not reference_docx.is_file():
        raise RenderError(f"{reference_docx}: reference document not found")
    return BuildOptions(spec=spec, style=style, reference_docx=reference_docx, force=force)


def split_front_matter(text: str) -> str:
    """The Markdown body without its YAML front matter."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    match = _FRONT_RE.match(text)
    return text[match.end() :] if match else text


def classifier(spec: Spec) -> Callable[[str, int], str]:
    from reportkit.headings import OTHER, Vocabulary

    vocab = Vocabulary.from_spec(spec)

    def classify(text: str, level: int) -> str:
        match = vocab.match(text, heading_like=True)
        return match.id if match else OTHER

    return classify


def build_text(text: str, path: str, options: BuildOptions) -> object:
    """Render Markdown ``text`` to a python-docx Document (not saved)."""
    from reportkit.parse.markdown import read_text_and_tokens

    result, read_body, tokens = read_text_and_tokens(text, path, options.spec)
    metadata: Metadata = result.report.metadata
    body = split_front_matter(text)
    if body != read_body:  # e.g. a byte-order mark the reader keeps: parse what we render
        tokens = parse_markdown(body)
    return render_document(
        tokens, metadata, options.style, classifier(options.spec), options.reference_docx
    )


def build_file(source: Path, out: Path, options: BuildOptions) -> None:
    """Build one report. Raises ``RenderError`` or ``InputError`` with a one-line message."""
    from reportkit.parse import InputError

    try:
        text = source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{source}: not UTF-8 text; save it as UTF-8 to build it") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot read file ({exc.strerror or exc})") from None
    if not text.strip():  # as lint says: an empty file is a mistake, not an empty report
        raise InputError(f"{source}: the file is empty; nothing to build")
    inputs = [source] + ([options.reference_docx] if options.reference_docx else [])
    from reportkit.safe_write import WriteRefused, check_target

    try:  # before the (slow) render, so that a refused overwrite costs nothing
        check_target(out, inputs=inputs, force=options.force)
    except WriteRefused as exc:
        raise RenderError(str(exc)) from None
    document = build_text(text, str(source), options)
    save_safely(document, out, inputs=inputs, force=options.force)


def plan_folder(folder: Path, out_folder: Path) -> list[tuple[Path, Path]]:
    """Every ``*.md`` under ``folder`` and the ``.docx`` it becomes under ``out_folder``,
    keeping sub-folders."""
    pairs = []
    for source in sorted(folder.rglob("*.md")):
        relative = source.relative_to(folder).with_suffix(".docx")
        pairs.append((source, out_folder / relative))
    return pairs
