"""RK210 placeholder: text left to be filled in (TBC, XX, £X, [insert ...], Lorem ipsum,
unrendered template tokens, DD/MM/YYYY). A placeholder must never be published."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import excerpt, joined, may_contain, piece_list

PATTERNS: dict[str, str] = {
    "TBC": r"(?<![\w-])TB[CAD](?![\w-])",
    "XX": r"(?<![\w£$-])(?:XX+|xx+)(?![\w-])",
    "£X": r"£\s?[Xx]+(?:[.,][Xx]+)*(?:m|k|bn)?(?![\w])",
    "[insert]": r"[\[<]\s*(?:insert|enter|add)\b[^\]>\n]{0,80}[\]>]",
    "Lorem ipsum": r"\blorem\s+ipsum\b",
    "template token": r"\{\{.{0,80}?\}\}|\{%.{0,80}?%\}|«[^»\n]{1,40}»|<<[^<>\n]{1,40}>>",
    "date placeholder": r"\b(?:DD|dd|XX|xx)\s?[/.-]\s?(?:MM|mm|XX|xx)\s?[/.-]\s?"
    r"(?:YYYY|yyyy|YY|yy|XXXX|xxxx|20XX|20xx)\b",
    "??": r"\?{2,}",
}  # fmt: skip
_CI = {"[insert]", "Lorem ipsum"}
# Text each pattern cannot match without, looked for in the lower-cased text ("TB" in the
# text is "tb" there). The patterns that open with a look-behind are tried at every position
# of every paragraph; a substring test first is ten times cheaper, and a one-character one
# cheaper still.
_NEEDS: dict[str, tuple[str, ...]] = {
    "TBC": ("tb",),
    "XX": ("xx",),
    "£X": ("£",),
    "Lorem ipsum": ("lorem",),
    "date placeholder": ("dd", "xx"),
    "[insert]": ("[", "<"),
    "template token": ("{", "\u00ab", "<"),
    "??": ("??",),
}
# Part of every match, without the opening look-behind or ``\b`` that makes the regex engine
# try the whole pattern at every position: to look over the whole report at once.
_CORE = {
    "TBC": re.compile(r"TB[CAD]"),
    "date placeholder": re.compile(r"(?:DD|dd|XX|xx)\s?[/.-]"),
}
_GLOSSARY = re.compile(r"glossary|abbreviations|acronyms", re.IGNORECASE)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    extra: list[str] = Field(
        default_factory=list,
        description="Further regular expressions that mark unfinished text in your template.",
    )


def _may_match(key: str, lower: str) -> bool:
    needs = _NEEDS.get(key)
    return needs is None or any(n in lower for n in needs)


def _may_occur(key: str, report: Report) -> bool:
    needs = _NEEDS.get(key)
    return needs is None or may_contain(report, *needs)


@lru_cache(maxsize=16)
def _compiled(extra: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    out = [(k, re.compile(p, re.IGNORECASE if k in _CI else 0)) for k, p in PATTERNS.items()]
    out += [("placeholder", re.compile(p)) for p in extra]
    return out


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    # Only the patterns found somewhere in the whole text are tried paragraph by paragraph
    # (none, in most reports). The built-in ones have no ``^`` or ``$``, so the line breaks
    # that join the pieces cannot hide a match; the user's ``extra`` ones might, so they are
    # always tried.
    whole = joined(report)
    patterns = [
        (key, pattern)
        for key, pattern in _compiled(tuple(options.extra))
        if key == "placeholder"
        or (_may_occur(key, report) and _CORE.get(key, pattern).search(whole))
    ]
    if not patterns:
        return
    for piece in piece_list(report):
        if piece.section is not None and _GLOSSARY.search(piece.section.heading):
            continue
        taken: list[tuple[int, int]] = []
        matches: list[re.Match[str]] = []
        lower = piece.text.lower()
        for key, pattern in patterns:
            if not _may_match(key, lower):
                continue
            for m in pattern.finditer(piece.text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue  # "£XX" is one placeholder, not two
                taken.append((m.start(), m.end()))
                matches.append(m)
        for m in sorted(matches, key=lambda m: m.start()):
            yield Hit(
                message=f"Placeholder text '{m.group(0)}' has not been filled in: "
                f"{excerpt(piece.text, m.start(), m.end())}",
                location=piece.location,
                section=piece.section.id if piece.section else None,
                fix="Replace the placeholder with the real text, or remove it.",
            )


RULE = Rule(
    code="RK210",
    name="placeholder",
    summary="No placeholder text (TBC, XX, £X, [insert ...], template tokens) is left in.",
    check=check,
    severity=Severity.ERROR,
    options=Options,
    why="""\
A published report with "£XX" or "TBC" in it tells the public the decision was taken on an
unfinished document, and may mean a figure the decision depends on was never checked.
Placeholders are easy to miss on screen and easy to find by machine.""",
    bad="""\
# Financial Implications

The scheme will cost £XX over three years, funded from reserves (amount TBC).
""",
    good="""\
# Financial Implications

The scheme will cost £120,000 over three years, funded from the transformation reserve.
""",
)
