"""House style as data: what a council's Word reports look like.

A house style is a YAML file in ``templates/house-styles/`` (or a path). It is applied to
named Word styles (Normal, Heading 1, Title, Table Grid ...) so that a council can restyle a
generated report in Word without touching each paragraph. A council with its own Word
template passes ``--reference-docx`` instead and its styles win.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reportkit import safe_yaml
from reportkit.spec import builtin_dirs
from reportkit.validation import first_error

DEFAULT_FRONT_SHEET = [
    "summary",
    "recommendations",
    "reasons",
    "alternative_options",
    "financial",
    "implications",
    "resources",
    "hr",
    "legal",
    "equality",
    "climate",
    "risk",
    "children_young_people",
    "crime_disorder",
    "council_priorities",
    "consultation",
    "implementation_date",
    "contact_officer",
    "appendices",
    "background_papers",
]


class HouseStyleError(Exception):
    """A house style cannot be found or is invalid. The message names the file."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HeadingStyle(_Model):
    size_pt: float = 14
    bold: bool = True
    colour: str = Field(default="000000", pattern=r"^[0-9A-Fa-f]{6}$")
    space_before_pt: float = 12
    space_after_pt: float = 6
    all_caps: bool = False


class Margins(_Model):
    top_cm: float = 2.5
    bottom_cm: float = 2.5
    left_cm: float = 2.5
    right_cm: float = 2.5


class Numbering(_Model):
    """How paragraphs are numbered. ``scheme: section`` gives headings 1, 2 ... and body
    paragraphs 1.1, 1.2 ... under them (Word multi-level numbering); ``none`` numbers
    nothing."""

    scheme: str = Field(default="section", pattern=r"^(section|none)$")
    heading_format: str = Field(default="%1.", description="Word lvlText for headings.")
    paragraph_format: str = Field(default="%1.%2", description="Word lvlText for paragraphs.")
    recommendation_format: str = Field(default="(%1)", description="lvlText for recommendations.")
    unnumbered_sections: list[str] = Field(
        default_factory=lambda: list(DEFAULT_FRONT_SHEET),
        description="Section ids on the front sheet, written without numbers (as in many "
        "councils' Cabinet reports). Empty list: number every section.",
    )
    indent_cm: float = 1.25


class HouseStyle(_Model):
    name: str = "default"
    description: str = ""
    font: str = "Arial"
    body_size_pt: float = Field(default=12, ge=12, description="12 pt is the accessible minimum.")
    table_size_pt: float = Field(default=12, ge=11)
    line_spacing: float = Field(default=1.15, gt=0)
    space_after_pt: float = 8
    text_colour: str = Field(default="000000", pattern=r"^[0-9A-Fa-f]{6}$")
    title: HeadingStyle = Field(default_factory=lambda: HeadingStyle(size_pt=20))
    heading1: HeadingStyle = Field(default_factory=lambda: HeadingStyle(size_pt=14))
    heading2: HeadingStyle = Field(default_factory=lambda: HeadingStyle(size_pt=12))
    heading3: HeadingStyle = Field(default_factory=lambda: HeadingStyle(size_pt=12, bold=False))
    margins: Margins = Field(default_factory=Margins)
    numbering: Numbering = Field(default_factory=Numbering)
    header_table: bool = Field(default=True, description="Write the metadata header table.")
    header_label_shading: str | None = Field(
        default="E7E6E6", pattern=r"^[0-9A-Fa-f]{6}$", description="Fill behind label cells."
    )
    title_paragraph: bool = Field(
        default=False,
        description="Also write the title in the Title style above the header table (the "
        "header table's Subject row always carries it).",
    )
    logo: str | None = Field(default=None, description="Image for the page header (path).")
    logo_alt: str = Field(default="Council logo", description="Alt text for the logo.")
    logo_width_cm: float = 4.0
    footer_text: str = Field(default="Page {page} of {pages}")
    language: str = "en-GB"


def available_house_styles() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in builtin_dirs("templates"):
        for path in sorted((folder / "house-styles").glob("*.yaml")):
            found.setdefault(path.stem, path)
    return found


def load_house_style(name_or_path: str | None = None) -> HouseStyle:
    """Load a house style by name (``templates/house-styles/<name>.yaml``) or path; an
    unknown name falls back to ``default`` so a spec naming a council style still builds."""
    name = name_or_path or "default"
    candidate = Path(name)
    if candidate.suffix in {".yaml", ".yml"}:
        path: Path | None = candidate
        if not candidate.is_file():
            raise HouseStyleError(f"{name}: house style file not found")
    else:
        styles = available_house_styles()
        path = styles.get(name) or styles.get("default")
    if path is None:
        return HouseStyle()
    # A house style can come from a council's repository: the same YAML safety as a spec.
    try:
        raw = safe_yaml.load(path.read_text(encoding="utf-8")) or {}
    except safe_yaml.YamlProblem as exc:
        raise HouseStyleError(f"{path}: not valid YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise HouseStyleError(f"{path}: cannot read house style: {exc}") from None
    if not isinstance(raw, dict):
        raise HouseStyleError(f"{path}: a house style must be a mapping")
    if raw.get("logo") and isinstance(raw["logo"], str):
        logo = Path(raw["logo"])
        if not logo.is_absolute():
            logo = (path.parent / logo).resolve()
        # A missing logo is the house style's mistake: say so rather than build reports
        # that quietly lack it.
        if not logo.is_file():
            raise HouseStyleError(f"{path}: logo {raw['logo']} not found (relative paths are "
                                  "read from the house style's folder)")  # fmt: skip
        raw["logo"] = str(logo)
    try:
        return HouseStyle.model_validate(raw)
    except ValidationError as exc:
        raise HouseStyleError(f"{path}: invalid house style: {first_error(exc)}") from None
