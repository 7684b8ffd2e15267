"""RK104 section-order: sections the spec orders appear out of that order."""

from __future__ import annotations

from collections.abc import Iterator

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    rank = {sid: i for i, sid in enumerate(spec.order)}
    seen: set[str] = set()
    latest: str | None = None  # the highest-ranked ordered section met so far
    for section in report.sections:
        if section.level != 1 or section.id not in rank or section.id in seen:
            continue
        seen.add(section.id)
        if latest is not None and rank[section.id] < rank[latest]:
            yield Hit(
                message=(
                    f"'{section.heading}' ({section.id}) comes after the {_title(spec, latest)} "
                    f"section ({latest}); the spec puts it before"
                ),
                location=section.location,
                section=section.id,
                fix=f"Move '{section.heading}' before the {_title(spec, latest)} section.",
            )
        elif latest is None or rank[section.id] > rank[latest]:
            latest = section.id


def _title(spec: Spec, section_id: str) -> str:
    wanted = spec.section(section_id)
    return wanted.title if wanted else section_id


RULE = Rule(
    code="RK104",
    name="section-order",
    summary="Sections appear in a different order from the one the spec sets.",
    check=check,
    severity=Severity.WARNING,
    why=(
        "Members and the public expect to find the summary and the recommendations first, "
        "in the same place in every report; councils' templates fix that order."
    ),
    bad="""\
# Summary
The report proposes a new allotment strategy.
# Reasons for the Recommendations
Demand for plots has doubled.
# Recommendations
(1) Approve the allotment strategy.
""",
    good="""\
# Summary
The report proposes a new allotment strategy.
# Recommendations
(1) Approve the allotment strategy.
# Reasons for the Recommendations
Demand for plots has doubled.
""",
)
