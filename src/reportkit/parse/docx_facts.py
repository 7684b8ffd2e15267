"""Word facts that live outside the body: comments, document properties, language, page
headers and footers, and the style map that names a council's own heading styles."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from reportkit.model import Block, Location, WordMark
from reportkit.parse.docx_numbering import Numbering
from reportkit.parse.docx_styles import StyleSheet
from reportkit.parse.docx_xml import NS, Package, properties, w

_STYLE_MAP_FILE = Path(__file__).resolve().parents[1] / "data" / "word_styles.yaml"


@lru_cache(maxsize=1)
def builtin_style_map() -> dict[str, int]:
    """Heading styles councils' templates use, by lower-cased style name -> level. The Word
    writer reads the same file to choose styles."""
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(_STYLE_MAP_FILE.read_text(encoding="utf-8"), Loader=loader) or {}
    except (OSError, yaml.YAMLError):
        return {}
    return {str(k).lower(): int(v) for k, v in (data.get("headings") or {}).items()}


def style_map(spec_map: dict[str, int] | None) -> dict[str, int]:
    merged = dict(builtin_style_map())
    merged.update({k.lower(): int(v) for k, v in (spec_map or {}).items()})
    return merged


def comments(pkg: Package, anchors: dict[str, int], path: str) -> list[WordMark]:
    if pkg.comments is None:
        return []
    out: list[WordMark] = []
    for el in pkg.comments.iter(w("comment")):
        cid = el.get(w("id")) or ""
        text = " ".join(
            "".join(t.text or "" for t in p.iter(w("t"))) for p in el.iter(w("p"))
        ).strip()
        author = el.get(w("author")) or ""
        out.append(
            WordMark(
                kind="comment",
                text=text,
                detail=author,
                location=Location(path=path, paragraph=anchors.get(cid, 1)),
            )
        )
    return out


def running_text(pkg: Package, styles: StyleSheet, path: str) -> list[Block]:
    """Header and footer paragraphs, kept apart from the body so a NOT FOR PUBLICATION
    marking in a page header is seen without polluting the sections."""
    from reportkit.parse.docx_body import BodyWalker, Para

    out: list[Block] = []
    for kind, roots in (("page header", pkg.headers), ("page footer", pkg.footers)):
        for root in roots:
            walker = BodyWalker(path, styles, Numbering(None), depth=3)
            for item in walker.walk(root):
                paras = [item] if isinstance(item, Para) else item.paras
                for para in paras:
                    if para.text and not any(b.text == para.text for b in out):
                        out.append(
                            Block(
                                text=para.text,
                                location=Location(path=path, paragraph=1, heading=kind),
                            )
                        )
    return out


def document_properties(pkg: Package) -> dict[str, str]:
    return properties(pkg)


def language(pkg: Package, styles: StyleSheet, props: dict[str, str]) -> str | None:
    lang = styles.language()
    if lang:
        return lang
    # settings.xml's themeFontLang only picks fonts; it does not tell a screen reader
    # what language the text is in, so it is not used here.
    return props.get("language")


def has_drawing_namespace(root: Any) -> bool:
    return root.find(f".//{{{NS['wp']}}}docPr") is not None
