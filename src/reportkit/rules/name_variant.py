"""RK208 name-variant: one organisation or title spelt two ways in one report ("Sefton New
Directions" and "Sefton New Directors"), and misspellings of the council's own names.

Only multi-word capitalised names are compared, and only names of the same length that differ
in one word by a small edit distance. Possessives ("New Directions'") are ignored. A plural
beside a singular is usually grammar ("Overview and Scrutiny Committees"), so it is flagged
only when a name of three or more words that is normally plural appears in the singular
("Sefton New Direction" beside "Sefton New Directions").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.spec import Spec
from reportkit.text_utils import TextPiece, edit_distance, joined, piece_matches, pieces_of

# ``[a-z]++`` (possessive): what may follow a run of small letters here is never a small
# letter, so giving some back can never make a match; not trying saves most of the scan.
_WORD = r"[A-Z][a-z]++(?:-[A-Za-z][a-z]++)*(?:['\u2019]s?)?"
_CONNECTOR = r"(?:of|and|for|the|&|on|in)"
_RUN = re.compile(rf"{_WORD}(?: (?:{_CONNECTOR} )*{_WORD})+")
_LEADING = {
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "With",
    "From", "To", "Of", "And", "But", "Our", "Its", "Their", "As", "If", "When", "Since",
    "Under", "Further", "All", "Both", "Each", "Any", "Following", "Although", "Whilst",
    "While", "Where", "Additionally", "However", "Nationally", "Locally",
}  # fmt: skip

_PERSONAL_TITLES = {"Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Sir"}

Name = tuple[str, ...]


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    names: list[str] = Field(
        default_factory=list,
        description="The council's own proper names (companies, partnerships, plans) whose "
        "misspellings are flagged wherever they occur, e.g. ['Sefton New Directions'].",
    )


# _RUN over bytes in which every capital is "A" and the curly apostrophe is \x01 (one byte a
# character: Latin-1, "?" for what it cannot encode, none of which the pattern takes). Its
# matches there are _RUN's in the text, at the same offsets; it opens with a literal byte,
# which the regex engine scans for several times faster than for a class of 26 capitals.
_SHAPE = bytes(65 if 65 <= i <= 90 else i for i in range(256))
_WORD_BYTES = rb"A[a-z]++(?:-[Aa-z][a-z]++)*(?:['\x01]s?)?"
_RUN_BYTES = re.compile(
    _WORD_BYTES + rb"(?: (?:" + _CONNECTOR.encode() + rb" )*" + _WORD_BYTES + rb")+"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_CONNECTOR_RE = re.compile(_CONNECTOR)


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word) if "'" in word or "\u2019" in word else word


def _runs(report: Report) -> Iterator[tuple[TextPiece, str]]:
    """_RUN's matches in the prose of each piece, with the piece. _RUN neither matches a
    line break nor looks at one: one scan of the whole text."""
    text = joined(report, prose=True)
    if "\x01" in text:  # (the mark for the curly apostrophe)
        for piece, m in piece_matches(report, _RUN, prose=True):
            yield piece, m.group(0)
        return
    marks = text.replace("\u2019", "\x01").encode("latin-1", "replace").translate(_SHAPE)
    spans = [m.span() for m in _RUN_BYTES.finditer(marks)]
    for piece, (start, end) in zip(
        pieces_of(report, (start for start, _ in spans), prose=True), spans, strict=True
    ):
        yield piece, text[start:end]


def _names(report: Report) -> list[tuple[Name, Location]]:
    found: list[tuple[Name, Location]] = []
    for piece, run in _runs(report):
        words = [_clean(w) for w in run.split(" ")]
        while words and words[0] in _LEADING:
            words.pop(0)
        while words and _CONNECTOR_RE.fullmatch(words[-1]):
            words.pop()
        if sum(1 for w in words if w[:1].isupper()) >= 2:
            found.append((tuple(words), piece.location))
    return found


def _singular_of(variant: str, usual: str) -> bool:
    return usual.endswith("s") and variant in (usual[:-1], usual[:-2], usual[:-3] + "y")


def _plural_pair(a: str, b: str) -> bool:
    return _singular_of(a, b) or _singular_of(b, a)


def _close(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 5:
        return False
    limit = 1 if min(len(a), len(b)) <= 6 else 2
    return edit_distance(a.lower(), b.lower(), limit) <= limit


def _variant_of(variant: Name, usual: Name) -> bool:
    """True when ``variant`` looks like a misspelling of ``usual``. Two-word names are too
    often distinct places or people ("Norwood Ward", "Northwood Ward") to compare unasked."""
    if len(variant) != len(usual) or variant == usual or len(usual) < 3:
        return False
    if usual[0] in _PERSONAL_TITLES:
        return False  # "Councillor Jones" and "Councillor Jonas" are two people
    diffs = [i for i, (a, b) in enumerate(zip(variant, usual, strict=True)) if a != b]
    if len(diffs) != 1:
        return False
    a, b = variant[diffs[0]], usual[diffs[0]]
    if _plural_pair(a, b):
        # "Sefton New Direction" for "Sefton New Directions"; not "Head of Service" for
        # "Heads of Service", which is grammar.
        return diffs[0] == len(usual) - 1 and _singular_of(a, b)
    return _close(a, b)


def _show(name: Name) -> str:
    return " ".join(name)


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    found = _names(report)
    counts = Counter(name for name, _ in found)
    places: dict[Name, list[Location]] = defaultdict(list)
    for name, loc in found:
        places[name].append(loc)
    configured = [tuple(n.split()) for n in options.names]
    # Only a name used twice or more, of three words or more and as many words as the
    # variant, can be its usual form: compare with those alone (in the same order).
    frequent: dict[int, list[Name]] = defaultdict(list)
    for name, count in counts.items():
        if count >= 2 and len(name) >= 3:
            frequent[len(name)].append(name)
    for variant in counts:
        usual = _configured_match(variant, configured) or _usual_form(variant, counts, frequent)
        if usual is None:
            continue
        times = f" (used {counts[usual]} times)" if counts.get(usual, 0) > 1 else ""
        for loc in places[variant]:
            yield Hit(
                message=f"'{_show(variant)}' looks like a variant of '{_show(usual)}'{times}; "
                "use one form of the name throughout",
                location=loc,
                fix=f"Write '{_show(usual)}'.",
            )


def _configured_match(name: Name, configured: list[Name]) -> Name | None:
    for wanted in configured:
        n = len(wanted)
        for i in range(len(name) - n + 1):
            window = name[i : i + n]
            if window == wanted:
                break
            if all(
                a == b or _close(a, b) or _plural_pair(a, b)
                for a, b in zip(window, wanted, strict=True)
            ):
                return wanted
    return None


def _usual_form(
    variant: Name, counts: Counter[Name], frequent: dict[int, list[Name]]
) -> Name | None:
    best: Name | None = None
    for other in frequent.get(len(variant), []):
        count = counts[other]
        if count < 2 or count <= counts[variant] or not _variant_of(variant, other):
            continue
        if best is None or count > counts[best]:
            best = other
    return best


RULE = Rule(
    code="RK208",
    name="name-variant",
    summary="An organisation, company or title is spelt the same way throughout.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
A decision names the bodies it binds. When a company or partnership appears under two
spellings ("Riverside Leisure Trust", "Riverside Leisure Trusts", "Riverside Liesure Trust")
readers cannot be sure the same body is meant, and the minutes and any contract drafted from
the report inherit the error.""",
    bad="""\
# Background

Riverside Leisure Trust runs the borough's six leisure centres. Riverside Leisure Trust was
set up in 2009 and Riverside Leisure Trust reports to Cabinet each year.

Riverside Liesure Trust has asked for a longer contract.
""",
    good="""\
# Background

Riverside Leisure Trust runs the borough's six leisure centres. Riverside Leisure Trust was
set up in 2009 and Riverside Leisure Trust reports to Cabinet each year.

Riverside Leisure Trust has asked for a longer contract.
""",
)
