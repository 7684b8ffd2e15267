"""Findings: what a rule reports, and what the linter adds to it (code, name, severity)."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict

from reportkit.model import Location


class Severity(str, Enum):  # noqa: UP042 (str() of members stays as before)
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Hit(BaseModel):
    """What a rule's check function yields: the message and where. The linter turns it into a
    ``Finding`` with the rule's code and name and the severity chosen by configuration."""

    model_config = ConfigDict(extra="forbid")

    message: str
    location: Location
    section: str | None = None
    """Canonical id of the section the finding is about (for missing-section, the missing one)."""
    fix: str | None = None
    """How to put it right, in a sentence (shown in Word comments and SARIF help)."""


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    name: str
    severity: Severity
    message: str
    location: Location
    section: str | None = None
    fix: str | None = None

    @property
    def path(self) -> str:
        return self.location.path

    def sort_key(self) -> tuple[str, int, int, int, str]:
        loc = self.location
        return (loc.path, loc.line or 0, loc.paragraph or 0, loc.column, self.code)
