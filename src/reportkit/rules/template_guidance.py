"""RK301 template-guidance: guidance left from the council's template ("[Report title]",
"Delete if not applicable", "Insert the date in full", "Guidance:"). Coloured-text prompts
cannot be seen in text; square-bracketed ones can. "[Insert ...]" is placeholder's (RK210)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.rules.data_lists import load
from reportkit.spec import Spec
from reportkit.text_utils import excerpt, may_contain, piece_list

_BRACKET = re.compile(r"\[([^\[\]\n]{2,80})\]")
# placeholder (RK210) reports these; one finding per problem.
_PLACEHOLDER = re.compile(r"^\s*(?:insert|enter|add)\b", re.IGNORECASE)
# "[2023] EWCA Civ 12", "[1]", "[sic]", "[a]": citations, footnotes, editorial marks.
_NOT_PROMPT = re.compile(r"^\s*(?:\d+|[a-z]|sic|emphasis added|\.\.\.|…)\s*$", re.IGNORECASE)
# "the authority [the Council's name for it]": an editor's insertion into a quotation starts
# with a small word; a template prompt is a label ("[Name of officer]", "[Date]").
_EDITORIAL = re.compile(r"^\s*(?:the|a|an|this|that|these|those|his|her|their|its|our|and|or|of)\s")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    phrases: list[str] = Field(
        default_factory=list,
        description="Further guidance phrases from your template (matched ignoring case).",
    )
    bracket_prompts: bool = Field(
        default=True,
        description="Flag short square-bracketed prompts such as '[Report title]'.",
    )


@lru_cache(maxsize=16)
def _vocabulary(extra: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The guidance phrases, and the bracket prompt words."""
    data = load("template_guidance.yaml")
    phrases = (*(data.get("phrases") or []), *extra)
    words = data.get("bracket_prompt_words") or []
    word_re = re.compile(
        r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])", re.I
    )
    return phrases, word_re


@lru_cache(maxsize=256)
def _patterns(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """The phrases ignoring case; and the same phrases lower-cased, matched case-sensitively
    against lower-cased ASCII text (several times faster than ``re.IGNORECASE`` over a long
    alternation, and the same matches when both sides are ASCII; None when a phrase is not
    ASCII)."""
    phrase_re = re.compile("|".join(re.escape(p) for p in phrases), re.IGNORECASE)
    lower_re = None
    if all(p.isascii() for p in phrases):
        lower_re = re.compile("|".join(re.escape(p.lower()) for p in phrases))
    return phrase_re, lower_re


@lru_cache(maxsize=16)
def _by_needle(phrases: tuple[str, ...]) -> dict[str, list[str]] | None:
    """Lower-cased phrases by their longest word (None when one is not ASCII, or empty)."""
    if not all(p and p.isascii() for p in phrases):
        return None
    out: dict[str, list[str]] = {}
    for phrase in phrases:
        low = phrase.lower()
        out.setdefault(max(low.split() or [low], key=len), []).append(low)
    return out


def _present(phrases: tuple[str, ...], report: Report) -> tuple[str, ...]:
    """The phrases in the report's text, in their order; each phrase is matched as written
    (ignoring case), so one that is not a substring of the lower-cased text cannot match.
    A test of each phrase's longest word first rules out most of them at once. Leaving out
    phrases that cannot match changes nothing the alternation finds."""
    grouped = _by_needle(phrases)
    if grouped is None:
        return phrases
    # (Where the text cannot be lower-cased faithfully, ``may_contain`` is always true.)
    found = {
        p
        for needle, group in grouped.items()
        if may_contain(report, needle)
        for p in group
        if may_contain(report, p)
    }
    return tuple(p for p in phrases if p.lower() in found)


def _phrase_spans(
    text: str, phrase_re: re.Pattern[str], lower_re: re.Pattern[str] | None
) -> Iterator[tuple[int, int]]:
    if lower_re is not None and text.isascii():
        found = lower_re.finditer(text.lower())  # same length and offsets as ``text``
    else:
        found = phrase_re.finditer(text)
    for m in found:
        yield m.start(), m.end()


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    phrases, word_re = _vocabulary(tuple(options.phrases))
    # Most reports have no guidance left: only the phrases in the report are looked for.
    phrases = _present(phrases, report)
    any_phrase = bool(phrases)
    brackets = options.bracket_prompts and may_contain(report, "[")
    if not (any_phrase or brackets):
        return
    phrase_re, lower_re = _patterns(phrases)
    for piece in piece_list(report):
        text = piece.text
        if not any_phrase and "[" not in text:
            continue
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, int, str]] = []
        if options.bracket_prompts:
            for m in _BRACKET.finditer(text):
                inner = m.group(1)
                if _PLACEHOLDER.match(inner) or _NOT_PROMPT.match(inner) or _EDITORIAL.match(inner):
                    continue
                if _is_link(text, m.end()) or not word_re.search(inner):
                    continue
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.end(), m.group(0)))
        spans = _phrase_spans(text, phrase_re, lower_re) if any_phrase else iter(())
        for start, end in spans:
            if any(s <= start < e for s, e in taken):
                continue
            found.append((start, end, text[start:end]))
        for start, end, what in sorted(found):
            yield Hit(
                message=f"Template guidance '{what}' is still in the report: "
                f"{excerpt(text, start, end)}",
                location=piece.location,
                section=piece.section.id if piece.section else None,
                fix="Follow the guidance, then delete it.",
            )


def _is_link(text: str, end: int) -> bool:
    """A Markdown link ``[text](url)`` kept as written is not a prompt."""
    return text[end : end + 1] == "("


RULE = Rule(
    code="RK301",
    name="template-guidance",
    summary="No guidance from the council's report template is left in.",
    check=check,
    severity=Severity.ERROR,
    options=Options,
    why="""\
Report templates carry instructions for the author ("Delete if not applicable", "[Report
title]"). Left in a published report they look careless and can hide that a section was never
really written.""",
    bad="""\
# Climate Emergency Implications

Delete if not applicable. The proposals have a neutral impact on emissions.
""",
    good="""\
# Climate Emergency Implications

The proposals have a neutral impact on emissions.
""",
)
