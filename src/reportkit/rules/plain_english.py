"""RK309 plain-english: a plainer word exists ("utilise" -> "use", "in order to" -> "to").
A generic substitution check over a data list (``data/plain_english.yaml``)."""

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
from reportkit.text_utils import may_contain, piece_list


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    extra: dict[str, str] = Field(
        default_factory=dict, description="Further substitutions: word or phrase -> plainer."
    )
    ignore: list[str] = Field(
        default_factory=list, description="Entries of the built-in list not to check."
    )


@lru_cache(maxsize=16)
def _compiled(
    extra: tuple[tuple[str, str], ...], ignore: frozenset[str]
) -> tuple[tuple[str, ...], dict[str, str]]:
    """The phrases, longest first (the order the alternation tries them), and the table."""
    table: dict[str, str] = dict(load("plain_english.yaml").get("substitutions") or {})
    table.update(dict(extra))
    table = {k.lower(): str(v) for k, v in table.items() if k.lower() not in ignore}
    return tuple(sorted(table, key=len, reverse=True)), table


@lru_cache(maxsize=256)
def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in phrases)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _by_needle(phrases: tuple[str, ...]) -> dict[str, list[str]]:
    """ASCII phrases by their longest word, or by a shorter word that longest word contains
    ("utilis" for "utilise" and "utilisation" both)."""
    longest = {p: max(p.split() or [p], key=len) for p in phrases if p.isascii()}
    needles = sorted(set(longest.values()), key=len)
    out: dict[str, list[str]] = {}
    for phrase, word in longest.items():
        out.setdefault(next(n for n in needles if n in word), []).append(phrase)
    return out


def _candidates(phrases: tuple[str, ...], report: Report) -> tuple[str, ...]:
    """The phrases that can occur in the report: where a phrase occurs, each of its words
    is in the lower-cased text. Substring tests run at memory speed, far faster than the
    case-blind alternation over every paragraph, and leaving out phrases that cannot match
    changes nothing the alternation finds."""
    # (Where the text cannot be lower-cased faithfully, ``may_contain`` is always true.)
    found = {
        p
        for needle, group in _by_needle(phrases).items()
        if may_contain(report, needle)
        for p in group
        if all(may_contain(report, word) for word in p.split())
    }
    return tuple(p for p in phrases if p in found or not p.isascii())


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    phrases, table = _compiled(
        tuple(sorted(options.extra.items())), frozenset(w.lower() for w in options.ignore)
    )
    phrases = _candidates(phrases, report)
    if not phrases:
        return
    pattern = _pattern(phrases)
    for piece in piece_list(report, headings=False, metadata=False):
        seen: set[str] = set()
        for m in pattern.finditer(piece.prose):
            key = " ".join(m.group(0).lower().split())
            if key in seen:
                continue
            seen.add(key)
            better = table.get(key) or _plain_for(table, m.group(0))
            yield Hit(
                message=f"Use '{better}' rather than '{m.group(0)}'.",
                location=piece.location,
                section=piece.section.id if piece.section else None,
                fix=f"Replace '{m.group(0)}' with '{better}'.",
            )


def _plain_for(table: dict[str, str], matched: str) -> str:
    """The plain word for text the case-blind pattern matched but whose ``lower()`` is not
    a key: the dotted capital I (U+0130), the long s (U+017F) and the Kelvin sign match 'i',
    's' and 'k' in the pattern but lower-case to something else."""
    for phrase, plain in table.items():
        words = r"\s+".join(map(re.escape, phrase.split()))
        if re.fullmatch(words, matched, re.IGNORECASE):
            return plain
    return "a plainer word"


RULE = Rule(
    code="RK309",
    name="plain-english",
    summary="Plain words are used where they exist ('use', not 'utilise').",
    check=check,
    severity=Severity.INFO,
    options=Options,
    why="""\
Reports are public documents read by residents as well as councillors. Plain words make the
decision easier to follow and are what GOV.UK and the Plain English Campaign recommend.""",
    bad="""\
# Background

The council will utilise the grant in order to commence the works.
""",
    good="""\
# Background

The council will use the grant to start the works.
""",
)
