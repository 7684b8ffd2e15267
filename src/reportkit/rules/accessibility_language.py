"""RK456 accessibility-language: the Word file does not set its language."""

from __future__ import annotations

from collections.abc import Iterable

from reportkit.findings import Hit
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: object) -> Iterable[Hit]:
    if report.word is None or report.word.language:
        return
    yield Hit(
        message="The document does not say what language it is in",
        location=Location(path=report.path, paragraph=1),
        fix="Select all text > Review > Language > English (United Kingdom), and set it in "
        "the Normal style of the template.",
    )


RULE = Rule(
    code="RK456",
    name="accessibility-language",
    summary="The document's language is not set.",
    check=check,
    formats=("docx",),
    why="""
WCAG 2.1 3.1.1 (Language of Page): screen readers choose their pronunciation from the
document language. Without it, a report may be read out with the wrong voice.
""",
    bad="""
# A Word document, described as in docs/word.md
language: none
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
    good="""
# A Word document, described as in docs/word.md
language: en-GB
body:
  - {heading: Summary}
  - The hours change on 1 April.
""",
)
