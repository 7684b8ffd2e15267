"""RK205 recommendation-wording: recommendations are numbered, each is a decision (begins with
a decision verb, after any lead-in), reasons are given, and options they name exist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Recommendation, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec

DECISION_VERBS = [
    "note", "approve", "agree", "delegate", "endorse", "recommend", "authorise", "authorize",
    "consider", "adopt", "accept", "request", "instruct", "confirm", "support", "grant",
    "refuse", "reject", "defer", "establish", "receive", "comment", "review", "ask", "invite",
    "allocate", "award", "nominate", "appoint", "commission", "continue", "proceed",
    "implement", "give", "provide", "resolve", "welcome", "acknowledge", "determine", "set",
    "increase", "reduce", "amend", "extend", "release", "undertake", "withdraw", "vary",
    "waive", "enter", "dispose", "acquire", "procure", "publish", "submit", "retain",
    "remove", "agree", "decide", "designate", "make", "apply", "authorise", "commend",
    "ratify", "sign", "transfer", "fund", "introduce", "launch", "levy", "charge", "dissolve",
    "close", "open", "create", "delete", "revoke", "rescind", "add", "replace", "pay",
    "write", "agree", "thank", "record", "express", "express", "pursue", "progress", "seek",
    "sell", "lease", "let", "purchase", "buy", "borrow", "invest", "spend", "use", "utilise",
    "carry", "go", "take", "keep", "maintain", "monitor", "receive", "refer", "reaffirm",
    "re-affirm", "reappoint", "re-appoint",
]  # fmt: skip

# Lead-ins that come before the decision verb: "That", "Cabinet is recommended to",
# "It is recommended that the Executive Board", "Members are asked to".
_LEAD_IN = re.compile(
    r"^(?:that\s+)?(?:it\s+is\s+recommended\s+that\s+)?(?:the\s+)?"
    r"(?:(?:[A-Z][\w'\u2019&-]*\s+){0,5}(?:is|are|be)\s+(?:recommended|requested|asked|invited)\s+"
    r"to\s*:?\s*)?(?:that\s+)?",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\s*(?:\(?[0-9]{1,2}[.)]?\)?|\(?[a-zA-Z][.)]\)?|\(?[ivx]{1,4}[.)])\s+")
_PASSIVE = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?(\w+)", re.IGNORECASE)
_SUBJECT_WORDS = {"the", "its", "this", "that", "and", "of", "&"}
# Meeting bodies written in lower case: "That the committee notes ...".
_BODY_WORDS = {
    "committee", "sub-committee", "council", "cabinet", "executive", "board", "panel",
    "members", "member", "forum", "commission",
}  # fmt: skip
_OPTION = re.compile(r"\boption\s+(\d{1,2}|[A-H])\b", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    verbs: list[str] = Field(
        default=sorted(set(DECISION_VERBS)),
        description="Decision verbs a recommendation may begin with (base form; -s, -d, -ed "
        "and -ing forms and passives such as 'are noted' are accepted).",
    )
    extra_verbs: list[str] = Field(
        default_factory=list, description="Further decision verbs, added to `verbs`."
    )
    verb_window: int = Field(
        default=6,
        description="How many words after the lead-in may come before the verb (allows "
        "'That Halton continue ...', 'That the Council adopts ...').",
    )


@lru_cache(maxsize=64)  # the same verbs for every report of a run
def _forms(verbs: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for v in verbs:
        v = v.lower()
        stem = v[:-1] if v.endswith("e") else v
        out |= {v, v + "s", v + "es", v + "d", v + "ed", stem + "ing", stem + "ed"}
        if v.endswith("y"):
            out |= {v[:-1] + "ies", v[:-1] + "ied"}
    return frozenset(out)


def _is_decision(text: str, forms: frozenset[str], window: int) -> bool:
    body = _NUMBER.sub("", text, count=1).strip()
    body = _LEAD_IN.sub("", body, count=1)
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", body)
    if not words:
        return True  # nothing to judge
    after_article = False
    for word in words[: window + 1]:
        low = word.lower()
        if after_article and not word[0].isupper() and low not in _BODY_WORDS:
            break  # "the grant": a noun phrase, not "the Council approves"
        after_article = low in _SUBJECT_WORDS
        if low in forms or low.startswith("recommend"):
            return True
        # "That Halton continue ...", "That the Executive Board approves ...": a named subject
        # may come before the verb; any other word means the verb is not where it should be.
        if not (word[0].isupper() or low in _SUBJECT_WORDS or low in _BODY_WORDS):
            break
    # passive: "the contents of the report are noted", "the budget be approved"
    return any(m.group(1).lower() in forms for m in _PASSIVE.finditer(body[:200]))


def _label(rec: Recommendation, index: int) -> str:
    return rec.number.strip().rstrip(".") if rec.number else f"{index}"


def _items(report: Report) -> list[Recommendation]:
    # A lead-in ending with a colon ("Cabinet is recommended to:") is not a recommendation.
    return [r for r in report.recommendations if not r.text.rstrip().endswith(":")]


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    recs = _items(report)
    if not recs:
        return
    forms = _forms(tuple(options.verbs + options.extra_verbs))
    if len(recs) > 1:
        unnumbered = [r for r in recs if not r.number]
        if len(unnumbered) == len(recs):
            yield Hit(
                message=f"The {len(recs)} recommendations are not numbered",
                location=recs[0].location,
                section="recommendations",
                fix="Number the recommendations (1), (2) ... so the minutes can refer to them.",
            )
    for index, rec in enumerate(recs, 1):
        if not _is_decision(rec.text, forms, options.verb_window):
            yield Hit(
                message=f"Recommendation {_label(rec, index)} does not say what is to be "
                "decided: it does not begin with a decision verb such as approve, agree or "
                "note",
                location=rec.location,
                section="recommendations",
                fix="Start the recommendation with what the meeting is asked to do, e.g. "
                "'Approve ...', 'Note ...'.",
            )
    yield from _option_references(report, recs)
    yield from _reasons(report, spec, recs)


def _option_references(report: Report, recs: list[Recommendation]) -> Iterator[Hit]:
    if not any(_OPTION.search(r.text) for r in recs):
        return  # no option to look for in the rest of the report (most reports)
    rec_texts = {r.text for r in recs}
    elsewhere = "\n".join(
        block.text
        for section, block in report.iter_blocks()
        if block.text not in rec_texts and not (section and section.id == "recommendations")
    )
    headings = "\n".join(s.heading for s in report.sections)
    known = {m.group(1).upper() for m in _OPTION.finditer(elsewhere + "\n" + headings)}
    for section in report.find("alternative_options"):
        for block in section.blocks:
            m = re.match(r"^\s*\(?(\d{1,2}|[A-H])[.)]", block.number or block.text)
            if m:
                known.add(m.group(1).upper())
    for index, rec in enumerate(recs, 1):
        for m in _OPTION.finditer(rec.text):
            if m.group(1).upper() not in known:
                yield Hit(
                    message=f"Recommendation {_label(rec, index)} refers to Option "
                    f"{m.group(1)}, but the report describes no Option {m.group(1)}",
                    location=rec.location,
                    section="recommendations",
                    fix="Check the option number against the options described in the report.",
                )


def _reasons(report: Report, spec: Spec, recs: list[Recommendation]) -> Iterator[Hit]:
    wanted = spec.section("reasons")
    if wanted and (wanted.required or wanted.required_when):
        return  # missing-section reports a missing reasons section
    if not report.has("reasons"):
        yield Hit(
            message="The report does not give reasons for its recommendations",
            location=recs[0].location,
            section="reasons",
            fix="Add a 'Reasons for the recommendations' section.",
        )


RULE = Rule(
    code="RK205",
    name="recommendation-wording",
    summary="Recommendations are numbered decisions that begin with a decision verb and name "
    "options that exist.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
The recommendations are what the meeting decides and what the minutes record word for word.
Each should say plainly what is decided ("Approve ...", "Note ...", "Delegate authority to
..."), be numbered so the minutes and any call-in can refer to it, and, where it picks an
option, pick one the report actually describes.""",
    bad="""\
# Recommendations

Cabinet is recommended to:

1. The new charging policy from April 2024.
2. Approve Option 4 for the depot site.

# Alternative options considered

Option 1 is to keep the current charges. Option 2 is to remove charges altogether.
""",
    good="""\
# Recommendations

Cabinet is recommended to:

1. Approve the new charging policy from April 2024.
2. Approve Option 2 for the depot site.

# Alternative options considered

Option 1 is to keep the current charges. Option 2 is to remove charges altogether.
""",
)
