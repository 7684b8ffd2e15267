"""RK103 duplicate-section: the same kind of section appears twice at the top level."""

from __future__ import annotations

from collections.abc import Iterator

from reportkit.findings import Hit, Severity
from reportkit.model import Report, Section
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    first: dict[str, Section] = {}
    for section in report.sections:
        if section.level != 1 or section.id == "other":
            continue
        earlier = first.get(section.id)
        if earlier is None:
            first[section.id] = section
            continue
        wanted = spec.section(section.id)
        title = wanted.title if wanted else section.id
        where = earlier.location.line or earlier.location.paragraph
        unit = "line" if earlier.location.line else "paragraph"
        yield Hit(
            message=(
                f"'{section.heading}' is a second {title} section ({section.id}); the first "
                f"is '{earlier.heading}' at {unit} {where}"
            ),
            location=section.location,
            section=section.id,
            fix="Merge the two sections, or rename one if it is about something else.",
        )


RULE = Rule(
    code="RK103",
    name="duplicate-section",
    summary="The same section (e.g. Financial Implications) appears twice at the top level.",
    check=check,
    severity=Severity.WARNING,
    why=(
        "Two sections of the same kind usually mean a merge of two drafts, or text pasted "
        "from an old report; members may read one and miss the other."
    ),
    bad="""\
# Summary
The report proposes a new allotment strategy.
# Financial Implications
The strategy costs £85,000.
# Background
Demand for plots has doubled.
# Finance
Costs are met from the parks budget.
""",
    good="""\
# Summary
The report proposes a new allotment strategy.
# Financial Implications
The strategy costs £85,000, met from the parks budget.
# Background
Demand for plots has doubled.
""",
)
