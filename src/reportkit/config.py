"""Project configuration: ``[tool.reportkit]`` in pyproject.toml, or ``reportkit.toml``
(the same keys at top level), found by walking up from the file being linted.

Severity and selection belong here, not in the rules: a rule supplies only defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reportkit.parse import Limits
from reportkit.validation import first_error

Level = Literal["error", "warning", "info", "off"]
CONFIG_FILES = ("reportkit.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file cannot be read or is invalid. The message names the file."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class Config(BaseModel):
    """Settings for linting. Keys are written in kebab-case in TOML (``per-file-ignores``)."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)

    spec: str | None = Field(default=None, description="Spec name or path (default: default).")
    spec_dirs: list[str] = Field(
        default_factory=list, description="Folders of the council's own specs, searched first."
    )
    select: list[str] | None = Field(
        default=None, description="Rules to run (codes, names, prefixes like RK2, families)."
    )
    ignore: list[str] = Field(default_factory=list, description="Rules not to run.")
    severity: dict[str, Level] = Field(
        default_factory=dict, description="Severity by rule code or name; 'off' disables."
    )
    per_file_ignores: dict[str, list[str]] = Field(
        default_factory=dict, description="Glob (relative to the config file) -> rules ignored."
    )
    rules: dict[str, dict[str, Any]] = Field(
        default_factory=dict, description="Options by rule name (override the spec's `rules:`)."
    )
    limits: Limits = Field(default_factory=Limits)
    format: str | None = Field(default=None, description="Default output format.")

    root: Path | None = Field(default=None, exclude=True)
    """Folder of the file the config came from: globs and spec-dirs are relative to it."""
    source: str | None = Field(default=None, exclude=True)

    def spec_paths(self) -> list[Path]:
        base = self.root or Path.cwd()
        return [(base / d) for d in self.spec_dirs]


def load_config(path: Path) -> Config:
    """Read one config file (pyproject.toml or reportkit.toml)."""
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=64)
def _load(path_str: str) -> Config:
    import tomllib  # only when there is a config file: most pre-commit runs have none

    path = Path(path_str)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("reportkit", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.reportkit] must be a table")
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: invalid reportkit config: {first_error(exc)}") from None
    return config.model_copy(update={"root": path.parent, "source": str(path)})


def _has_section(pyproject: Path) -> bool:
    raw = pyproject.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if "reportkit" not in text:
        return False  # someone else's pyproject: no need to parse it, or to import tomllib
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        # A broken pyproject with our section in it must not be silently skipped.
        return "[tool.reportkit" in text
    return isinstance(data.get("tool", {}).get("reportkit"), dict)


def find_config_file(start: str) -> Path | None:
    """The nearest reportkit.toml, or pyproject.toml with ``[tool.reportkit]``, at or above
    ``start`` (a file or folder)."""
    here = Path(start).resolve()
    return _find_from(here if here.is_dir() else here.parent)


@lru_cache(maxsize=256)
def _find_from(folder: Path) -> Path | None:
    # Cached per folder: the files of a folder of reports share one answer.
    for candidate_dir in (folder, *folder.parents):
        own = candidate_dir / "reportkit.toml"
        if own.is_file():
            return own
        pyproject = candidate_dir / "pyproject.toml"
        if pyproject.is_file() and _has_section(pyproject):
            return pyproject
    return None


def config_for(path: Path, explicit: Path | None = None) -> Config:
    """The config that applies to ``path``: the explicit file, the nearest one, or defaults."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config_file(str(path))
    return load_config(found) if found else _defaults()


@lru_cache(maxsize=1)
def _defaults() -> Config:
    # One object for every file with no config file: building it is pydantic work, and the
    # lint engine caches each rule's options per config object.
    return Config()
