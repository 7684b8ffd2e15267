"""Build ``Report`` models in code for the rules-a unit tests (no reader needed)."""

from __future__ import annotations

import itertools
from typing import Any

from reportkit.findings import Hit
from reportkit.model import (
    Appendix,
    Block,
    Location,
    Metadata,
    MetaField,
    Recommendation,
    Report,
    Section,
)
from reportkit.rules.base import Rule
from reportkit.spec import Spec

_lines = itertools.count(1)


def loc() -> Location:
    return Location(path="report.md", line=next(_lines))


def para(text: str, number: str | None = None, kind: str = "paragraph") -> Block:
    return Block(kind=kind, text=text, number=number, location=loc())  # type: ignore[arg-type]


def table(rows: list[list[str]]) -> Block:
    return Block(
        kind="table", text="\n".join("\t".join(r) for r in rows), rows=rows, location=loc()
    )


def sec(
    heading: str,
    *blocks: Block | str,
    id: str = "other",
    number: str | None = None,
    level: int = 1,
) -> Section:
    location = loc()
    return Section(
        id=id,
        heading=heading,
        number=number,
        level=level,
        location=location,
        blocks=[para(b) if isinstance(b, str) else b for b in blocks],
    )


def rec(text: str, number: str | None = None) -> Recommendation:
    return Recommendation(text=text, number=number, location=loc())


def appendix(label: str, title: str = "", exempt: bool = False) -> Appendix:
    return Appendix(label=label, title=title, exempt=exempt, location=loc())


def report(
    *sections: Section,
    recommendations: list[Recommendation] | None = None,
    appendices: list[Appendix] | None = None,
    fields: dict[str, str] | None = None,
    **meta: Any,
) -> Report:
    metadata = Metadata(**meta)
    for name, value in (fields or {}).items():
        metadata.fields[name] = MetaField(label=name, value=value, location=loc())
    return Report(
        path="report.md",
        format="markdown",
        metadata=metadata,
        sections=list(sections),
        recommendations=recommendations or [],
        appendices=appendices or [],
    )


def run(rule: Rule, rep: Report, spec: Spec | None = None, **options: Any) -> list[Hit]:
    return list(rule.check(rep, spec or Spec(name="test"), rule.options(**options)))
