"""Report specs: which sections and metadata a council's committee report must have.

Specs are YAML files in ``schemas/`` (or a council's own folder), validated by the models
here. A spec can ``extends:`` another, stating only what differs: sections and metadata
fields merge by id (aliases accumulate), everything else is replaced, and ``rules`` options
merge per rule.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reportkit import safe_yaml
from reportkit.validation import first_error

METADATA_FIELDS = (
    "committee",
    "meeting_date",
    "report_date",
    "title",
    "report_of",
    "wards",
    "portfolio",
    "key_decision",
    "forward_plan",
    "exempt",
    "exempt_paragraphs",
)


class SpecError(Exception):
    """A spec cannot be found, parsed or validated. The message names the file."""


class Condition(BaseModel):
    """``{field: exempt, in: [part, whole]}``: true when the metadata field has one of the
    values. ``field`` may also be ``section:<id>`` with ``in: [true]`` for presence."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    field: str
    in_: list[Any] = Field(alias="in")


class SectionSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str = Field(description="The heading the council's template uses; used by `new`.")
    required: bool = False
    required_when: Condition | None = None
    headings: list[str] = Field(
        default_factory=list,
        description="Headings this section goes by, matched ignoring case, numbering, "
        "punctuation, bold markers and a trailing colon.",
    )
    keywords: list[str] = Field(
        default_factory=list,
        description="Words that identify an otherwise unknown heading as this section "
        "(used only for lines that already look like headings).",
    )
    group: bool = Field(
        default=False,
        description="A grouping heading (e.g. 'Implications of the Proposals') that may be "
        "empty because its sub-sections follow.",
    )
    prompt: str = Field(default="", description="What belongs here, for `reportkit new`.")


class MetadataFieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: str
    required: bool = False
    required_when: Condition | None = None
    labels: list[str] = Field(
        default_factory=list,
        description="Header-table or front-sheet labels for this field ('Report to', "
        "'Date of Meeting').",
    )
    prompt: str = ""


class Spec(BaseModel):
    """A report spec. See README "Writing a spec"."""

    model_config = ConfigDict(extra="forbid")

    name: str
    description: str = ""
    extends: str | None = None
    sections: list[SectionSpec] = Field(default_factory=list)
    order: list[str] = Field(
        default_factory=list,
        description="Section ids that, where present, must appear in this relative order.",
    )
    metadata: list[MetadataFieldSpec] = Field(default_factory=list)
    headings_fixed: bool = Field(
        default=False,
        description="Headings must be worded exactly as `title` (template guidance: do not "
        "rename headings).",
    )
    template: str | None = Field(
        default=None, description="Scaffold template name in templates/ for `reportkit new`."
    )
    house_style: str | None = Field(
        default=None, description="House style name in templates/ for `reportkit build`."
    )
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Options for rules by rule name, e.g. readability thresholds.",
    )
    word_styles: dict[str, int] = Field(
        default_factory=dict,
        description="The council's own Word heading styles by name, with the heading level "
        "each stands for ('Report Heading 1': 1). Read by the Word reader and writer, on top "
        "of the built-in map in reportkit/data/word_styles.yaml.",
    )
    meeting: Literal["auto", "executive", "non-executive"] = Field(
        default="auto",
        description="Whether the meeting takes executive decisions. 'non-executive' "
        "(scrutiny, audit, planning, licensing) skips the sections and front-sheet facts "
        "only an executive decision needs (reasons, options rejected, key decision, Forward "
        "Plan); 'auto' decides from the meeting's name and a 'Key decision: Not applicable' "
        "entry.",
    )
    kind: Literal["spec"] = "spec"

    # -- look-ups ---------------------------------------------------------------------------

    def section(self, section_id: str) -> SectionSpec | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def metadata_field(self, name: str) -> MetadataFieldSpec | None:
        return next((m for m in self.metadata if m.field == name), None)

    def rule_options(self, rule_name: str) -> dict[str, Any]:
        return dict(self.rules.get(rule_name, {}))


# -- finding and loading specs ----------------------------------------------------------------


def builtin_dirs(kind: str = "schemas") -> list[Path]:
    """Where bundled specs (``schemas``) and templates (``templates``) live: the source
    checkout first, then the copy a wheel installs under ``<prefix>/share/reportkit``."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / kind, Path(sys.prefix) / "share" / "reportkit" / kind]
    return [c for c in candidates if c.is_dir()]


def available_specs(extra_dirs: list[Path] | None = None) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in [*(extra_dirs or []), *builtin_dirs()]:
        for path in sorted(folder.glob("*.yaml")):
            found.setdefault(path.stem, path)
    return found


def resolve_spec_path(name_or_path: str, extra_dirs: list[Path] | None = None) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix in {".yaml", ".yml"} or candidate.exists():
        if not candidate.is_file():
            raise SpecError(f"{name_or_path}: spec file not found")
        return candidate
    specs = available_specs(extra_dirs)
    if name_or_path not in specs:
        known = ", ".join(sorted(specs)) or "none"
        raise SpecError(f"unknown spec {name_or_path!r} (available: {known})")
    return specs[name_or_path]


def load_spec(name_or_path: str = "default", extra_dirs: list[Path] | None = None) -> Spec:
    dirs = tuple(str(d) for d in (extra_dirs or []))
    return _load_spec_cached(_resolved(name_or_path, dirs, os.getcwd()), dirs)


@lru_cache(maxsize=64)
def _resolved(name_or_path: str, dirs: tuple[str, ...], cwd: str) -> str:
    # A folder lint asks for the same spec once a file: look for it (a glob and a
    # resolve) once. ``cwd`` is in the key because a relative path depends on it.
    return str(resolve_spec_path(name_or_path, [Path(d) for d in dirs]).resolve())


@lru_cache(maxsize=32)
def _load_spec_cached(path: str, extra_dirs: tuple[str, ...]) -> Spec:
    dirs = [Path(d) for d in extra_dirs]
    raw = _merged_raw(Path(path), dirs, seen=())
    try:
        return Spec.model_validate(raw)
    except ValidationError as exc:
        raise SpecError(f"{path}: invalid spec: {first_error(exc)}") from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = safe_yaml.load(path.read_text(encoding="utf-8"))
    except safe_yaml.YamlProblem as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{path}: cannot read spec: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: a spec must be a mapping of keys to values")
    return data


def _merged_raw(path: Path, dirs: list[Path], seen: tuple[str, ...]) -> dict[str, Any]:
    raw = _read_yaml(path)
    parent_name = raw.get("extends")
    if not parent_name:
        return raw
    if parent_name in seen or len(seen) > 10:
        raise SpecError(f"{path}: specs extend each other in a loop ({' -> '.join(seen)})")
    parent_path = resolve_spec_path(str(parent_name), [path.parent, *dirs])
    parent = _merged_raw(parent_path, dirs, (*seen, str(parent_name)))
    return merge_specs(parent, raw)


def merge_specs(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    merged = {k: v for k, v in parent.items() if k not in {"name", "description"}}
    for key, value in child.items():
        if key == "sections":
            merged[key] = _merge_by_key(parent.get(key, []), value, "id")
        elif key == "metadata":
            merged[key] = _merge_by_key(parent.get(key, []), value, "field")
        elif key == "rules":
            rules = {k: dict(v) for k, v in (parent.get("rules") or {}).items()}
            for rule, opts in (value or {}).items():
                rules.setdefault(rule, {}).update(opts or {})
            merged[key] = rules
        else:
            merged[key] = value
    return merged


def _merge_by_key(parent: list[dict[str, Any]], child: list[dict[str, Any]], key: str) -> list:
    """Merge lists of mappings by ``key``: child entries update parent ones in place (list
    values such as ``headings`` are unioned); new ids are appended in the child's order.
    An entry ``{id: x, remove: true}`` drops x."""
    out = [dict(p) for p in parent]
    index = {p[key]: i for i, p in enumerate(out)}
    removed: set[Any] = set()
    for entry in child:
        ident = entry.get(key)
        if entry.get("remove"):
            removed.add(str(ident))
            continue
        if ident in index:
            target = out[index[ident]]
            for k, v in entry.items():
                if isinstance(v, list) and isinstance(target.get(k), list):
                    target[k] = [*target[k], *(x for x in v if x not in target[k])]
                else:
                    target[k] = v
        else:
            index[ident] = len(out)
            out.append(dict(entry))
    return [e for e in out if e.get(key) not in removed]
