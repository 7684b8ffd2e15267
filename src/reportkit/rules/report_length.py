"""RK304 report-length: the report is longer than the spec allows (words, or sides of A4 at
about 500 words a side), and every listed appendix has a title as well as a number. Whether
appendices the text mentions are listed at all is cross-reference's (RK206) job."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.scoring_text import body_words
from reportkit.spec import Spec


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    max_sides: float | None = Field(
        default=12.0,
        description="Most sides of A4 the report body may run to (estimated from words); "
        "None turns the length check off. Many templates ask for 4-5 sides.",
    )
    words_per_side: int = Field(default=500, description="Words on a side of A4, for sides.")
    max_words: int | None = Field(
        default=None, description="A word limit instead of (or as well as) sides."
    )
    appendix_titles: bool = Field(
        default=True, description="Each appendix in the list has a title, not just a number."
    )


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    # Every block and heading: the report's text without its metadata. Most of its words are
    # in the sentences readability counts too (shared).
    words = body_words(report)
    where = Location(path=report.path, line=1)
    if options.max_words is not None and words > options.max_words:
        yield Hit(
            message=f"The report has about {words} words; the limit is {options.max_words}.",
            location=where,
            fix="Shorten the report; move detail into appendices.",
        )
    if options.max_sides is not None and options.words_per_side > 0:
        sides = words / options.words_per_side
        if sides > options.max_sides:
            yield Hit(
                message=f"The report runs to about {sides:.0f} sides of A4 ({words} words); "
                f"the limit is {options.max_sides:g}.",
                location=where,
                fix="Shorten the report; move detail into appendices.",
            )
    if options.appendix_titles:
        for appendix in report.appendices:
            if appendix.title.strip():
                continue
            if appendix.exempt and appendix.location.heading is None:
                continue  # named only on the front sheet's exempt line, not in a list
            yield Hit(
                message=f"Appendix {appendix.label} is listed without a title.",
                location=appendix.location,
                section="appendices",
                fix=f"List it as 'Appendix {appendix.label} - <title>'.",
            )


RULE = Rule(
    code="RK304",
    name="report-length",
    summary="The report is within the length the spec allows, and appendices are listed "
    "by number and title.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Councillors read whole agendas; templates ask for reports of a few sides with detail in
appendices, listed by number and title so a reader knows what each one is before opening it.
The default limit (12 sides) is generous; set the council's own in the spec.""",
    bad="""\
# Appendices

Appendix 1

Appendix 2 - Consultation responses
""",
    good="""\
# Appendices

Appendix 1 - Equality impact assessment

Appendix 2 - Consultation responses
""",
)
