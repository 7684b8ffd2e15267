"""RK306 equality-none: a bare "None" / "N/A" under equality implications on a report whose
decision changes a service. The Public Sector Equality Duty (s149 Equality Act 2010) asks for
due regard, shown by an equality impact assessment or a screening statement saying why none
is needed; a bare "None identified" is the classic weakness courts have criticised."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report, Section
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import may_have

_BARE = re.compile(
    r"^(?:there\s+(?:are|were|is)\s+)?(?:none|nil|no|n/?a|not\s+applicable)\b"
    r"(?:\s+(?:equality|equalities|diversity|and|direct|specific|particular|significant|"
    r"implications?|issues?|impacts?|identified|arising|known|at\s+this\s+(?:stage|time)|"
    r"for\s+this\s+report|from\s+this\s+report|of\s+this\s+report|as\s+a\s+result\s+of\s+this\s+report|"
    r"directly|to\s+report|noted))*\s*[.!]?$",
    re.IGNORECASE,
)

_NOTING = re.compile(r"\bnot(?:e|es|ed|ing)\b", re.IGNORECASE)
# Names that contain a change word without proposing a change.
_IGNORED = re.compile(r"\bclimate\s+change\b|\bchange\s+of\s+use\b", re.IGNORECASE)
# "None. Signed off by: J Smith": the officer's sign-off is not part of the implication.
_SIGNED_OFF = re.compile(
    r"\s*\b(?:sign(?:ed)?[- ]?off(?:\s+by)?|signed\s+by|cleared\s+by)\s*:.*$", re.IGNORECASE
)
_NEGATED = re.compile(r"\b(?:no|not|without|nor)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Specific words only: "approve" and "agree" alone also open reports that change nothing
# ("approve the minutes", "agree that charges stay unchanged"), where a bare "None" is fine.
DEFAULT_CHANGE_WORDS = [
    "transfer", "close", "closure", "reduce", "reduction", "change", "commission",
    "decommission", "consult", "cease", "withdraw", "restructure", "introduce", "increase",
    "outsource", "procure", "tender", "merge", "merger", "options", "delivery model",
    "model of", "cut", "remove", "relocate", "revise", "replace", "redesign", "new service",
    "tariff", "eligibility",
]  # fmt: skip


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    change_words: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CHANGE_WORDS),
        description="Words in the summary, recommendations or reasons that show the decision "
        "changes a service (whole words, any case).",
    )
    max_words: int = Field(
        default=12, description="A statement longer than this is taken to give a reason."
    )


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    bare = list(_bare_sections(report, options))
    if not bare:
        return  # the usual case; looking for a change word costs more than this
    trigger = _change_word(report, options.change_words)
    if trigger is None:
        return
    for section, text in bare:
        yield Hit(
            message=f"The {section.heading} section says only '{text}', but the report asks "
            f"for a decision that changes a service ('{trigger}'): say how due regard to the "
            "Public Sector Equality Duty was shown.",
            location=section.blocks[0].location if section.blocks else section.location,
            section="equality",
            fix="Refer to the equality impact assessment, or give the screening result and "
            "why no assessment is needed (s149 Equality Act 2010).",
        )


def _bare_sections(report: Report, options: Options) -> Iterator[tuple[Section, str]]:
    for section in report.find("equality"):
        text = " ".join(report.section_text(section).split())
        # _SIGNED_OFF opens with ``\s*`` and is tried at every position: only where it can match.
        if may_have(text, "sign") or may_have(text, "cleared"):
            text = _SIGNED_OFF.sub("", text)
        if not text or len(text.split()) > options.max_words or not _BARE.match(text):
            continue
        yield section, text


def _change_word(report: Report, words: list[str]) -> str | None:
    if not words:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w{0,3}\b", re.I)
    recommendations = [_IGNORED.sub(" ", r.text) for r in report.recommendations]
    noting_only = recommendations and all(_NOTING.search(t) for t in recommendations)
    if noting_only and not any(pattern.search(t) for t in recommendations):
        return None  # a report for noting decides nothing, whatever its summary describes
    texts = list(recommendations)
    for sid in ("summary", "recommendations", "reasons"):
        texts.extend(report.section_text(s) for s in report.find(sid))
    for text in texts:
        text = _IGNORED.sub(" ", text)
        for m in pattern.finditer(text):
            if not _NEGATED.search(text[: m.start()]):
                return m.group(0)
    return None


RULE = Rule(
    code="RK306",
    name="equality-none",
    summary="Equality implications give a reason, not a bare 'None', when a service changes.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Under the Public Sector Equality Duty (s149 Equality Act 2010) the council must have due
regard to equality when it decides. A report that closes, transfers or changes a service and
says only "None identified" shows no such regard, and is what courts criticise on judicial
review. A screening statement or an equality impact assessment reference is enough.""",
    bad="""\
# Recommendations

That Cabinet approve the closure of the Elm Road day centre from 1 April 2025.

# Equality Implications

None identified.
""",
    good="""\
# Recommendations

That Cabinet approve the closure of the Elm Road day centre from 1 April 2025.

# Equality Implications

An equality impact assessment (Appendix B) found older and disabled users most affected;
transport to the Oak Lane centre will be provided to reduce that impact.
""",
)
