"""What a rule is: a declaration (code, name, default severity, options, docs) and one pure
function from the report (with the spec and its options) to hits.

Rules never read files, print, or touch parser objects; see ``reportkit.rules`` for the
registry and ``docs`` in each rule module for why / bad / good.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from reportkit.findings import Hit, Severity
from reportkit.model import Report

if TYPE_CHECKING:
    from reportkit.spec import Spec


class NoOptions(BaseModel):
    # Every rule's options model is built lazily (``defer_build``): a run that keeps a rule's
    # defaults never needs its validator (see ``defaults_need_no_validation``), and building
    # one costs start-up about half a millisecond.
    model_config = ConfigDict(extra="forbid", defer_build=True)


@cache
def defaults_need_no_validation(options: type[BaseModel]) -> bool:
    """True when ``options.model_construct()`` equals ``options.model_validate({})``: no
    validators, and no field that validates its default. Then the defaults can be used
    without building the model's validator."""
    found = options.__pydantic_decorators__
    if (
        found.model_validators
        or found.field_validators
        or found.validators
        or found.root_validators
        or options.model_config.get("validate_default")
    ):
        return False
    return not any(f.validate_default for f in options.model_fields.values())


CheckFn = Callable[[Report, "Spec", Any], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    code: str
    """Stable code, never reused: ``RK101``."""
    name: str
    """Readable kebab-case name: ``missing-section``."""
    summary: str
    """One line for ``reportkit rules``."""
    check: CheckFn
    severity: Severity = Severity.WARNING
    options: type[BaseModel] = NoOptions
    why: str = ""
    """Why it matters, for ``reportkit explain`` (and SARIF help)."""
    bad: str = ""
    """A Markdown report (front matter allowed) on which the rule fires."""
    good: str = ""
    """The same report put right: the rule is silent on it."""
    bad_spec: str | None = None
    """Spec used for the bad and good examples (default spec when None)."""
    aliases: tuple[str, ...] = ()
    """Old names, kept when a rule is renamed."""
    formats: tuple[str, ...] = field(default=())
    """Source formats the rule applies to; empty means all."""

    def explain(self) -> str:
        parts = [
            f"{self.code} {self.name} (default severity: {self.severity.value})",
            "",
            self.summary,
        ]
        if self.why:
            parts += ["", "Why it matters:", self.why.strip()]
        if self.bad:
            parts += ["", "Bad:", _indent(self.bad)]
        if self.good:
            parts += ["", "Good:", _indent(self.good)]
        opts = self.options.model_json_schema().get("properties", {})
        if opts:
            parts += ["", "Options:"]
            for key, prop in opts.items():
                desc = prop.get("description", "")
                parts.append(f"  {key}: {desc} (default: {prop.get('default')!r})")
        return "\n".join(parts)


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip("\n").splitlines())
