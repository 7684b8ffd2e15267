"""Whether a report goes to a body that takes executive decisions.

A scrutiny, audit, standards, licensing or planning committee takes no executive decision:
the Executive Arrangements Regulations 2012 (reasons, alternatives rejected) and the key
decision / Forward Plan regime do not apply to it, so rules that ask for those must not ask
its reports. Town and country planning and licensing are not executive functions (Functions
and Responsibilities Regulations 2000, Schedule 1), hence the regulatory committees here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportkit.model import Report
from reportkit.spec import Spec

NON_EXECUTIVE_BODIES = (
    "scrutiny", "overview", "audit", "standards", "licensing", "regulatory", "governance",
    "pensions", "planning committee", "planning applications", "planning board",
    "development control", "development management",
)  # fmt: skip
"""Words in a meeting's name that show it takes no executive decision."""

EXECUTIVE_ONLY_SECTIONS = ("reasons", "alternative_options")
"""Sections only an executive decision needs (the 2012 Regulations record its reasons and the
options rejected)."""
EXECUTIVE_ONLY_FIELDS = ("key_decision", "forward_plan")
"""Front-sheet facts only an executive decision has (the key decision regime)."""

_NOT_APPLICABLE = re.compile(r"^(?:n\s*/\s*a|not\s+applicable)\b", re.IGNORECASE)


def non_executive(report: Report, spec: Spec, words: tuple[str, ...] | list[str] = ()) -> bool:
    """True when the report goes to a body that takes no executive decision: the spec says
    so (``meeting: non-executive``), or, when the spec leaves it to reportkit (``auto``),
    the key decision entry reads "Not applicable" or the meeting's name contains one of
    ``words`` (default ``NON_EXECUTIVE_BODIES``)."""
    if spec.meeting != "auto":
        return spec.meeting == "non-executive"
    found = report.metadata.fields.get("key_decision")
    if found is not None and _NOT_APPLICABLE.match(found.value.strip()):
        return True
    committee = (report.metadata.committee or "").lower()
    return (
        bool(committee)
        and _pattern(tuple(words) or NON_EXECUTIVE_BODIES).search(committee) is not None
    )


@lru_cache(maxsize=16)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, w.lower().split())) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b")
