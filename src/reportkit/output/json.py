"""The versioned JSON shape of a lint run (see docs/json.md); its JSON Schema is generated
from the models below into schemas/findings.schema.json."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from reportkit.findings import Finding
    from reportkit.lint import FileResult

VERSION: Literal[1] = 1


class JsonFinding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    line: int | None
    column: int
    paragraph: int | None
    heading: str | None
    code: str
    name: str
    severity: Literal["error", "warning", "info"]
    message: str
    section: str | None
    fix: str | None


class JsonError(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: str
    message: str


class FindingsDocument(BaseModel):
    """Output of ``reportkit lint --format json``."""

    model_config = ConfigDict(extra="forbid", title="reportkit findings")

    version: Literal[1] = VERSION
    findings: list[JsonFinding]
    errors: list[JsonError]


def to_json_finding(finding: Finding) -> JsonFinding:
    loc = finding.location
    return JsonFinding(
        path=loc.path,
        line=loc.line,
        column=loc.column,
        paragraph=loc.paragraph,
        heading=loc.heading,
        code=finding.code,
        name=finding.name,
        severity=finding.severity.value,
        message=finding.message,
        section=finding.section,
        fix=finding.fix,
    )


def document(results: Sequence[FileResult]) -> FindingsDocument:
    return FindingsDocument(
        findings=[to_json_finding(f) for r in results for f in r.findings],
        errors=[JsonError(path=r.path, message=r.error) for r in results if r.error],
    )


def render(results: Sequence[FileResult]) -> str:
    return (
        json.dumps(document(results).model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"
    )
