"""RK209 undefined-acronym: acronyms are spelt out where first used ("Sefton New Directions
(SND)"), and no acronym is spelt out two different ways."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report
from reportkit.rules.base import Rule
from reportkit.rules.data_lists import DATA_DIR
from reportkit.spec import Spec
from reportkit.text_utils import TextPiece, is_mostly_upper, joined, piece_list

# Two or more capitals, optionally a plural or possessive s: "HBC", "LAs", "SND's".
_ACRONYM = re.compile(r"(?<![\w&/.@-])([A-Z][A-Z&]*[A-Z])(s|'s|\u2019s)?(?![\w&/@-]|\.\w)")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_LETTERS = re.compile(r"[A-Za-z]+")
_NAME_RUN = re.compile(r"\b(?:[A-Z][a-z]+(?:\s+(?:of|and|for|the|&)\s+|\s+)){1,6}[A-Z][a-z]+")
# What every acronym has, found without _ACRONYM's look-behind (tried at every position).
_CAPITALS = re.compile(r"[A-Z][A-Z&]*[A-Z]")
# The same over bytes in which every capital is "A", "&" is "&" and anything else a space:
# the regex engine scans for one literal byte several times faster than for a class of 26
# letters, and reports are long. (Latin-1 with "?" for what it cannot encode keeps one byte
# a character, and no such character is a capital or "&".)
_CAPITALS_BYTES = re.compile(rb"A&*A")
_CAPITAL_OR_AMPERSAND = bytes(65 if 65 <= i <= 90 else 38 if i == 38 else 32 for i in range(256))


def _has_capitals(text: str) -> bool:
    """``bool(_CAPITALS.search(text))``."""
    marks = text.encode("latin-1", "replace").translate(_CAPITAL_OR_AMPERSAND)
    return _CAPITALS_BYTES.search(marks) is not None


_ROMAN = re.compile(r"^(?=[MDCLXVI]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
# "(SND)", "('SND')", "(the SND)"; "(the Care Quality Commission, CQC)"; "CQC (Care ...)".
# "(LTP4)" defines LTP4 and, for later "the LTP", LTP.
_DEF_AFTER = re.compile(
    r"\(\s*(?:the\s+)?[\"'\u2018\u201c]?([A-Z][A-Za-z&]*[A-Z])\d*s?[\"'\u2019\u201d]?\s*\)"
)
_DEF_INSIDE = re.compile(r"\(([^()]{3,80}?)\s*[,\u2013\u2014:-]+\s*([A-Z][A-Z&]*[A-Z])s?\s*\)")
_DEF_BEFORE = re.compile(r"\b([A-Z][A-Z&]*[A-Z])s?\s+\(([A-Za-z][^()]{3,80})\)")
_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
_SMALL = {"of", "and", "the", "for", "in", "on", "to", "&", "a", "an", "at", "by"}
_CALENDAR = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
    "OCTOBER", "NOVEMBER", "DECEMBER", "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP",
    "SEPT", "OCT", "NOV", "DEC", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
    "SATURDAY", "SUNDAY",
}  # fmt: skip
_GLOSSARY = re.compile(r"glossary|abbreviations|acronyms", re.IGNORECASE)


@lru_cache(maxsize=1)
def builtin_allowlist() -> frozenset[str]:
    text = (DATA_DIR / "acronyms.txt").read_text("utf-8")
    words = (w for line in text.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(w.upper().rstrip("S") if w.endswith("s") else w.upper() for w in words)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    allow: list[str] = Field(
        default_factory=list,
        description="Acronyms that need no definition in these reports (added to the "
        "built-in list of common ones such as NHS, HR, VAT).",
    )
    use_builtin_allowlist: bool = Field(
        default=True, description="Also allow the built-in list of common acronyms."
    )


@lru_cache(maxsize=8192)
def _initials(long_form: str) -> str:
    # Cached: the same runs of words are tried against every acronym of a report.
    words = _LETTERS.findall(_CAMEL.sub(r"\1 \2", long_form))
    return "".join(w[0].upper() for w in words if w.lower() not in _SMALL)


def _long_form_before(text: str, end: int, acronym: str) -> str | None:
    """The words before "(ABC)" whose initials spell the acronym, if they do."""
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", text[:end])[-(len(acronym) + 6) :]
    for start in range(len(words) - 1, -1, -1):
        candidate = " ".join(words[start:])
        got = _initials(candidate)
        if got == acronym or _initials(candidate.replace("-", " ")) == acronym:
            return candidate
        if len(got) > len(acronym) + 1:
            break
    return None


def _definitions(items: list[TextPiece]) -> dict[str, list[tuple[str | None, Location, int]]]:
    """Acronym -> (long form if recognisable, where, order of the piece) for each definition."""
    out: dict[str, list[tuple[str | None, Location, int]]] = {}
    # Each section's heading looked at once, not once for each of its paragraphs.
    glossaries = {
        id(section)
        for section in {id(p.section): p.section for p in items if p.section}.values()
        if _GLOSSARY.search(section.heading)
    }
    for order, piece in enumerate(items):
        text = piece.text
        if "(" not in text:  # every definition has a bracket (most paragraphs have none)
            if id(piece.section) in glossaries:
                for m in _ACRONYM.finditer(text):
                    out.setdefault(m.group(1), []).append((None, piece.location, order))
            continue
        for m in _DEF_AFTER.finditer(text):
            acr = m.group(1)
            out.setdefault(acr, []).append(
                (_long_form_before(text, m.start(), acr), piece.location, order)
            )
        for m in _DEF_INSIDE.finditer(text):
            out.setdefault(m.group(2), []).append((m.group(1).strip(), piece.location, order))
        for m in _DEF_BEFORE.finditer(text):
            long_form = m.group(2)
            if _initials(long_form).startswith(m.group(1)[:2]):
                out.setdefault(m.group(1), []).append((long_form, piece.location, order))
        if id(piece.section) in glossaries:
            for m in _ACRONYM.finditer(text):
                out.setdefault(m.group(1), []).append((None, piece.location, order))
    return out


def _may_be_link(text: str) -> bool:
    # What ``_URL`` matches always has one of these; ``sub`` is slow even when it finds nothing.
    return "@" in text or "http" in text or "www." in text


def _usable(token: str, line: str, start: int, end: int) -> bool:
    if _ROMAN.match(token) or len(token) > 8:
        return False
    if not line[:start].strip() and line[end : end + 1] == ":":
        return False  # a label such as "SUBJECT:" or "WARDS:"
    # Part of an ALL-CAPS phrase ("NOT FOR PUBLICATION"): emphasis or a heading, not an acronym.
    before = line[max(0, start - 20) : start]
    after = line[end : end + 20]
    return not (re.search(r"\b[A-Z]{2,}\s+$", before) or re.match(r"^\s+[A-Z]{2,}\b", after))


def _alone_in_cell(line: str, start: int, end: int) -> bool:
    """A capitalised word that fills a table cell ("TOTAL", "RAG") is a label, not prose."""
    if "\t" not in line:
        return False
    cell_start = line.rfind("\t", 0, start) + 1
    cell_end = line.find("\t", end)
    cell = line[cell_start : cell_end if cell_end != -1 else len(line)]
    return cell.strip() == line[start:end]


class _NameRuns:
    """The report's runs of capitalised words, in order, found once and only as far as the
    hints asked for so far needed them (each undefined acronym asks for one)."""

    def __init__(self, items: list[TextPiece]) -> None:
        self._found: list[list[str]] = []
        self._more = (m.group(0).split() for p in items for m in _NAME_RUN.finditer(p.text))

    def __iter__(self) -> Iterator[list[str]]:
        index = 0
        while True:
            if index == len(self._found):
                words = next(self._more, None)
                if words is None:
                    return
                self._found.append(words)
            yield self._found[index]
            index += 1


def _expansion_hint(runs: _NameRuns, acronym: str) -> str | None:
    for words in runs:
        for i in range(len(words)):
            if _initials(" ".join(words[i:])) == acronym:
                return " ".join(words[i:])
    return None


def check(report: Report, spec: Spec, options: Options) -> Iterator[Hit]:
    allowed = {a.upper() for a in options.allow}
    if options.use_builtin_allowlist:
        allowed |= builtin_allowlist()
    items = piece_list(report)
    defined = _definitions(items)
    yield from _conflicts(defined)
    whole = joined(report, headings=False)
    if not _has_capitals(whole) and not _may_be_link(whole):
        return  # nothing like an acronym anywhere (blanking a link can make one)
    reported: set[str] = set()
    runs = _NameRuns(items)
    for piece in items:
        if piece.kind == "heading":
            continue
        if not _CAPITALS.search(piece.text) and not _may_be_link(piece.text):
            continue
        text = _URL.sub(" ", piece.text) if _may_be_link(piece.text) else piece.text
        for line in text.splitlines():
            found = list(_ACRONYM.finditer(line))
            if not found or is_mostly_upper(line):
                continue
            for m in found:
                if m.group(1) in _CALENDAR:
                    continue  # "2 JULY 2026" on a front sheet in capitals
                if line.strip() == m.group(0) and len(m.group(1)) >= 5:
                    continue  # "CABINET" alone on a line is a title in capitals, not an acronym
                if _alone_in_cell(line, m.start(), m.end()):
                    continue
                acr = m.group(1)
                if acr in allowed or acr in defined or acr in reported:
                    continue
                if not _usable(acr, line, m.start(), m.end()):
                    continue
                reported.add(acr)
                hint = _expansion_hint(runs, acr)
                plural = f" ('{m.group(0)}')" if m.group(2) == "s" else ""
                yield Hit(
                    message=f"The acronym {acr}{plural} is used but never spelt out",
                    location=piece.location,
                    section=piece.section.id if piece.section else None,
                    fix=f"Spell it out at first use: '{hint or 'Full Name'} ({acr})'.",
                )


def _conflicts(defined: dict[str, list[tuple[str | None, Location, int]]]) -> Iterator[Hit]:
    for acr, entries in defined.items():
        forms = [(lf, loc) for lf, loc, _ in entries if lf]
        if len(forms) < 2:
            continue
        first = forms[0][0] or ""
        norm_first = " ".join(re.findall(r"[a-z]+", first.lower()))
        for long_form, loc in forms[1:]:
            norm = " ".join(re.findall(r"[a-z]+", (long_form or "").lower()))
            if norm and norm_first and norm not in norm_first and norm_first not in norm:
                yield Hit(
                    message=f"{acr} is spelt out two ways: '{first}' and '{long_form}'",
                    location=loc,
                    fix=f"Use one meaning of {acr}, or a different acronym for the other.",
                )
                break


RULE = Rule(
    code="RK209",
    name="undefined-acronym",
    summary="Acronyms are spelt out at first use, and each has one meaning.",
    check=check,
    severity=Severity.WARNING,
    options=Options,
    why="""\
Reports are public documents read by residents as well as officers. An acronym that is never
spelt out ("the CCG", "other LAs") excludes readers who do not work in the field, and plain
English guidance asks for every acronym to be written in full the first time it is used.""",
    bad="""\
# Background

The council works with the ICB on hospital discharge.
""",
    good="""\
# Background

The council works with the Integrated Care Board (ICB) on hospital discharge. The ICB funds
two discharge coordinators.
""",
)
