"""``reportkit new``: a Markdown draft with every mandatory section of a spec, in order,
each holding a square-bracketed prompt that lint flags until the author replaces it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from reportkit.meeting import EXECUTIVE_ONLY_FIELDS, EXECUTIVE_ONLY_SECTIONS
from reportkit.spec import METADATA_FIELDS, MetadataFieldSpec, SectionSpec, Spec, builtin_dirs

# Front-sheet fields a draft always offers, whatever the spec marks required: democratic
# services expect the full header block. Not the report date (set when the report is
# issued) or the exempt paragraphs (asked for only when the report is exempt).
_ALWAYS = tuple(f for f in METADATA_FIELDS if f not in {"report_date", "exempt_paragraphs"})
_FALLBACK_PROMPT = "Write this section, or say why it does not apply"


class ScaffoldError(Exception):
    """The scaffold template cannot be found or rendered. The message names the file."""


# A spec names its scaffold by a plain name ("default", "sefton-cabinet"), never a path: a
# spec can come from anyone, and its template must stay inside templates/scaffold.
_TEMPLATE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")


def scaffold_template(spec: Spec) -> Path:
    name = spec.template or "default"
    if not _TEMPLATE_NAME.fullmatch(name) or ".." in name:
        raise ScaffoldError(
            f"spec {spec.name}: template {name!r} is not allowed; give the plain name of a "
            "template in templates/scaffold (no folders, '..' or absolute paths)"
        )
    for folder in builtin_dirs("templates"):
        for candidate in (
            folder / "scaffold" / f"{name}.md.j2",
            folder / "scaffold" / "default.md.j2",
        ):
            if candidate.is_file():
                return candidate
    raise ScaffoldError("templates/scaffold/default.md.j2: scaffold template not found")


def mandatory_sections(spec: Spec) -> list[SectionSpec]:
    """Required sections in the spec's order; ids named in ``order`` keep that relative
    order even when the spec lists them differently."""
    required = [s for s in spec.sections if s.required]
    if spec.meeting == "non-executive":  # lint does not ask for them either
        skip = spec.rule_options("missing-section").get("executive_only", EXECUTIVE_ONLY_SECTIONS)
        required = [s for s in required if s.id not in skip]
    ranked = {sid: i for i, sid in enumerate(spec.order)}
    positions = sorted(i for i, s in enumerate(required) if s.id in ranked)
    ordered = sorted((s for s in required if s.id in ranked), key=lambda s: ranked[s.id])
    out = list(required)
    for pos, section in zip(positions, ordered, strict=True):
        out[pos] = section
    return out


def _prompt(text: str) -> str:
    one_line = " ".join(text.replace("[", "(").replace("]", ")").split()).rstrip(".")
    return one_line or _FALLBACK_PROMPT


def _what(section: SectionSpec) -> str:
    """ "the financial implications": short enough for lint's "[Insert ...]" pattern."""
    title = re.sub(r"\(s\)", "s", section.title)
    words = re.sub("[^\\w'\u2019 -]", " ", title).split()
    if title.isupper():
        words = [w.lower() for w in words]
    # "Legal Implications" -> "legal implications"; "HR", "100D" stay as they are.
    words = [w.lower() if w[1:].islower() or len(w) == 1 else w for w in words]
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > 60:
            break
        kept.append(word)
    return "the " + " ".join(kept) if kept else "this section"


def _metadata(spec: Spec, title: str | None) -> list[dict[str, Any]]:
    fields: list[MetadataFieldSpec] = [
        m for m in spec.metadata if m.required or m.required_when or m.field in _ALWAYS
    ]
    names = [m.field for m in fields]
    fields += [MetadataFieldSpec(field=f) for f in _ALWAYS if f not in names]
    if spec.meeting == "non-executive":
        fields = [m for m in fields if m.field not in EXECUTIVE_ONLY_FIELDS]
    out = []
    for entry in fields:
        if entry.field == "title" and title:
            value = title
        else:
            value = f"[{_prompt(entry.prompt or entry.field.replace('_', ' '))}]"
        out.append({"name": entry.field, "value": value})
    return out


def render_scaffold(spec: Spec, title: str | None = None) -> str:
    """The draft, rendered in the sandbox (``render.sandbox``): the template cannot reach
    Python internals, nor include anything outside its own folder."""
    import yaml

    from reportkit.render.sandbox import TemplateRenderError, make_environment, render

    path = scaffold_template(spec)
    env = make_environment(path.parent)
    env.filters["yaml_value"] = lambda v: yaml.safe_dump(
        v, default_style='"', width=10_000, allow_unicode=True
    ).strip()
    context = {
        "spec": spec.name,
        "title": title,
        "metadata": _metadata(spec, title),
        "sections": [
            {"id": s.id, "title": s.title, "what": _what(s), "prompt": _prompt(s.prompt)}
            for s in mandatory_sections(spec)
        ],
    }
    try:
        return render(env, path.name, context)
    except TemplateRenderError as exc:
        raise ScaffoldError(f"{path}: {exc}") from None
