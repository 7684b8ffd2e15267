"""RK405 document-properties: document properties that leak people's names or internal
paths (author, last modified by, template on a network drive)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

_PEOPLE = ("author", "last_modified_by", "manager")
_PATHS = ("template", "attached_template")
# \\server\share, H:\..., file:///, /home/... : places only the council's own network knows.
_INTERNAL_PATH = re.compile(r"^(\\\\|[a-z]:[\\/]|file:|/(home|users|mnt)/)", re.IGNORECASE)
_LABELS = {
    "author": "Author",
    "last_modified_by": "Last modified by",
    "manager": "Manager",
    "template": "Template",
    "attached_template": "Attached template",
}


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    allowed_names: list[str] = Field(
        default_factory=lambda: ["Democratic Services", "reportkit"],
        description="Author / last-modified-by values that are fine to publish (a team "
        "name, the council's name).",
    )
    check_names: bool = Field(
        default=True, description="Flag author and last-modified-by values at all."
    )


def check(report: Report, spec: Spec, options: Options) -> Iterable[Hit]:
    if report.word is None:
        return
    props = report.word.properties
    where = Location(path=report.path, paragraph=1)
    allowed = {n.casefold() for n in options.allowed_names}
    # The report's own "Report of" is printed on its front sheet, so naming it as the author
    # publishes nothing new (reportkit build sets Author to it).
    if report.metadata.report_of:
        allowed.add(" ".join(report.metadata.report_of.split()).casefold())
    if options.check_names:
        for key in _PEOPLE:
            value = props.get(key, "").strip()
            if value and " ".join(value.split()).casefold() not in allowed:
                yield Hit(
                    message=f"The document property '{_LABELS[key]}' is '{value}', which is "
                    "published with the file",
                    location=where,
                    fix="Clear it (File > Info > Check for Issues > Inspect Document > "
                    "Document Properties) or set it to the team's name.",
                )
    for key in _PATHS:
        value = props.get(key, "").strip()
        if value and _INTERNAL_PATH.match(value):
            yield Hit(
                message=f"The document property '{_LABELS[key]}' gives an internal path '{value}'",
                location=where,
                fix="Remove personal information and document properties with Inspect "
                "Document before publishing.",
            )


RULE = Rule(
    code="RK405",
    name="document-properties",
    summary="Document properties reveal people's names or internal drive paths.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    formats=("docx",),
    why="""
Word records who wrote and last edited a file and where its template lives. Published
with the report, these show officers' names that the report itself does not, and the
layout of the council's network (\\\\server\\share, H:\\).
""",
    bad="""
# A Word document, described as in docs/word.md
properties: {author: Jane Example, template: '\\\\fileserver\\templates\\Cabinet.dotx'}
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
    good="""
# A Word document, described as in docs/word.md
properties: {author: Democratic Services, template: Cabinet.dotx}
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
)
