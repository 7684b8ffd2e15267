"""Front-sheet metadata: which field a label names, and what its value means.

Shared by every reader so that "Is this a Key Decision: Yes" in a PDF header table, a
``key_decision: true`` front-matter key and a Word table row give the same model. Values
are read cautiously: an answer we cannot understand is left as None (the raw text stays in
``Metadata.fields``) rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from reportkit.headings import normalise
from reportkit.model import ExemptStatus, Location, Metadata, MetaField
from reportkit.spec import Spec

_LABELS_CACHE: dict[int, tuple[Spec, dict[str, str]]] = {}
_MATCH_MEMO: dict[int, tuple[Spec, dict[str, str | None]]] = {}

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def _labels(spec: Spec) -> dict[str, str]:
    hit = _LABELS_CACHE.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    table: dict[str, str] = {}
    for meta in spec.metadata:
        for label in [meta.field.replace("_", " "), *meta.labels]:
            key = normalise(label)
            if key:
                table.setdefault(key, meta.field)
    if len(_LABELS_CACHE) > 64:
        _LABELS_CACHE.clear()
    _LABELS_CACHE[id(spec)] = (spec, table)
    return table


def match_label(label: str, spec: Spec) -> str | None:
    """The metadata field a header label names ("Date of Meeting:" -> ``meeting_date``).
    Exact match (after normalising), else the longest spec label of two or more words that
    starts the label ("Key Decision (Yes/No)")."""
    # Readers ask about every table cell and "Label:" line, and a folder of reports from one
    # template repeats them: each distinct label is looked up once per spec.
    memo = _MATCH_MEMO.get(id(spec))
    if memo is None or memo[0] is not spec:
        if len(_MATCH_MEMO) > 64:
            _MATCH_MEMO.clear()
        memo = _MATCH_MEMO[id(spec)] = (spec, {})
    found = memo[1]
    if label in found:
        return found[label]
    if len(found) >= 4096:
        found.clear()
    field = found[label] = _match_label(label, spec)
    return field


def _match_label(label: str, spec: Spec) -> str | None:
    key = normalise(label)
    if not key or len(key.split()) > 12:
        return None
    table = _labels(spec)
    if key in table:
        return table[key]
    best: tuple[int, str] | None = None
    for known, field in table.items():
        longer = best is None or len(known) > best[0]
        if " " in known and key.startswith(known + " ") and longer:
            best = (len(known), field)
    return best[1] if best else None


def is_exact_label(label: str, spec: Spec) -> bool:
    """True when ``label`` is a spec label as a whole, not just starting with one
    ("Portfolio Holder" is; "Cabinet Member for Finance" only starts with one)."""
    return normalise(label) in _labels(spec)


def label_prefix_length(words: list[str], spec: Spec) -> int:
    """How many of ``words`` begin a known label of more words ("Is this a Key" begins "Is
    this a Key Decision"): a label a table cell wrapped. 0 when none (or just one word)."""
    known = [k for k in _labels(spec) if " " in k]
    for k in range(len(words), 1, -1):
        head = normalise(" ".join(words[:k]))
        if head and any(label.startswith(head + " ") for label in known):
            return k
    return 0


def slug(label: str) -> str:
    return normalise(label).replace(" ", "_")[:40] or "field"


# -- values ------------------------------------------------------------------------------------


def parse_yes_no(value: Any) -> bool | None:
    """ "Yes", "Y", "Yes - over £500k", True -> True; "No", "N", "Not a key decision" ->
    False; anything else (blank, "N/A", "TBC") -> None."""
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if re.match(r"^n\s*/\s*a\b|^not\s+(?:applicable|known)", text):
        return None
    words = re.findall(r"[a-z]+", text)
    if not words:
        return None
    first = words[0]
    if first in {"yes", "y", "true"}:
        return True
    if first in {"no", "n", "false", "not"}:
        return False
    # "FP/2026/031 - Yes", "This is not a key decision": the answer is not the first word.
    if re.search(r"\bnot\s+(?:a\s+)?key\s+decision|\bnot\s+(?:included|on\s+the)\b", text):
        return False
    # "Type of decision: Non-key" / "Key decision" / "This is a key decision".
    if re.search(r"\bnon[\s-]*key\b", text):
        return False
    if re.search(r"(?:^|\bis\s+a\s+|\bexecutive\W+)key(?:\s+decision)?\b", text):
        return True
    answers = {w for w in words if w in {"yes", "no"}}
    if len(answers) == 1:
        return answers.pop() == "yes"
    return None


_DATE_PATTERNS = [
    # 4 January 2024, 4th Jan 2024, Thursday 4 January 2024
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]{3,9})\.?,?\s+(?P<y>\d{4})\b"
    ),
    # January 4, 2024
    re.compile(r"\b(?P<m>[a-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b"),
]


def parse_date(value: Any) -> dt.date | None:
    """Dates as councils write them: "4 January 2024", "Thursday, 4th January 2024",
    "04/01/2024" (UK order), "2024-01-04". None when there is no whole date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip().lower()
    if not text:
        return None
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
    if m:
        return _safe_date(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b", text)
    if m:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return _safe_date(year, int(m[2]), int(m[1]))
    for pattern in _DATE_PATTERNS:
        m = pattern.search(text)
        if m and m["m"] in MONTHS:
            return _safe_date(int(m["y"]), MONTHS[m["m"]], int(m["d"]))
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_PARA_RE = re.compile(
    r"\bparas?(?:graphs?)?\.?\s*"
    r"(?P<list>\(?\d{1,2}[a-c]?\)?(?:\s*(?:,|&|and|or)\s*\(?\d{1,2}[a-c]?\)?)*)",
    re.IGNORECASE,
)
_PART_RE = re.compile(
    r"\b(?P<kind>appendix|appendices|annexe?s?|enclosures?)\s+"
    r"(?P<list>[a-z0-9]{1,3}\b(?:\s*(?:,|&|and)\s*[a-z0-9]{1,3}\b)*)",
    re.IGNORECASE,
)
_NO_RE = re.compile(
    r"^(?:no\b|none\b|not\s+exempt|not\s+confidential|non[- ]exempt|open\b|public\b|"
    r"for\s+general\s+release|unrestricted|official\b(?!\s*-?\s*sensitive)|part\s+(?:1|i|a)\b)",
    re.IGNORECASE,
)
_WHOLE_RE = re.compile(
    r"^(?:yes\b|exempt\b|fully\s+exempt|private\b|confidential\b|restricted\b|"
    r"not\s+for\s+publication|part\s+(?:2|ii|b)\b|official\s*-?\s*sensitive)",
    re.IGNORECASE,
)


def exempt_paragraph_numbers(text: str) -> list[int]:
    """Schedule 12A paragraph numbers mentioned ("paragraphs 1 and 2", "paragraph (3)",
    "7A" is reported as 7). Only numbers 1-7 are real paragraphs of Part 1."""
    out: list[int] = []
    for m in _PARA_RE.finditer(text):
        for num in re.findall(r"\d{1,2}", m["list"]):
            n = int(num)
            if 1 <= n <= 7 and n not in out:
                out.append(n)
    return out


def exempt_parts(text: str) -> list[str]:
    """Parts named as exempt: "Appendix A", "Appendices 2 and 3" -> ["Appendix 2", ...]."""
    out: list[str] = []
    for m in _PART_RE.finditer(text):
        kind = m["kind"].lower()
        word = (
            "Annex"
            if kind.startswith("annex")
            else "Enclosure"
            if kind.startswith("enclosure")
            else "Appendix"
        )
        for label in re.split(r"\s*(?:,|&|\band\b)\s*", m["list"]):
            label = label.strip()
            if label and label.lower() not in {"to", "of", "is", "are", "the"}:
                name = f"{word} {label.upper() if len(label) == 1 else label}"
                if name not in out:
                    out.append(name)
    return out


def parse_exempt(value: Any) -> tuple[ExemptStatus | None, list[str], list[int]]:
    """Read an exempt / confidential declaration.

    "No", "Not exempt", "For general release", "Public" -> no; "No, Appendix A is NOT FOR
    PUBLICATION by virtue of Paragraph 3 ..." -> part, ["Appendix A"], [3]; "Yes",
    "Exempt", "Private", "Part II", "Confidential" -> whole. Unclear -> None.
    """
    if isinstance(value, bool):
        return ("whole" if value else "no"), [], []
    text = " ".join(str(value or "").split())
    if not text:
        return None, [], []
    if text.lower() in {"no", "part", "whole"}:
        # The model's own words, as written in front matter.
        status: ExemptStatus = text.lower()  # type: ignore[assignment]
        return status, [], []
    paragraphs = exempt_paragraph_numbers(text)
    parts = exempt_parts(text)
    lower = text.lower()
    restricted_part = bool(parts) and bool(
        re.search(
            r"not\s+for\s+publication|exempt|confidential|private|restricted"
            r"|\bpart\s+(?:ii|2|b)\b|\bexcept\b",
            lower,
        )
    )
    if restricted_part and not re.match(
        r"^(?:yes\b)?[\s,.-]*(?:the\s+)?(?:whole|entire|full)", lower
    ):
        return "part", parts, paragraphs
    if re.match(r"^(?:part(?:ly|ially)?|partial)\s+exempt", lower):
        return "part", parts, paragraphs
    m = re.search(
        r"\b(?:exempt|private|confidential|restricted)\s+(?:appendix|appendices|annex)", lower
    )
    if m and not re.search(r"\b(?:no|not|without|nor)\s+(?:\w+\s+)?$", lower[: m.start()]):
        return "part", parts, paragraphs  # "Public report with an exempt appendix"
    if _WHOLE_RE.match(lower):
        return "whole", [], paragraphs
    if _NO_RE.match(lower):
        return "no", [], []
    if paragraphs:
        return "whole", [], paragraphs
    return None, [], []


# -- applying ----------------------------------------------------------------------------------

_TEXT_FIELDS = {"committee", "title", "report_of", "wards", "portfolio"}


TITLE_HEADING = "title heading"
"""The label recorded for a title taken from a document's top heading, not a label."""


def apply_field(
    metadata: Metadata, field: str | None, label: str, value: Any, location: Location
) -> None:
    """Record one metadata entry. The first value found for a field wins (the front sheet
    comes before any later mention); the raw entry is always kept in ``fields``."""
    text = _as_text(value)
    key = field or slug(label)
    if key in metadata.fields:
        if key != "title" or metadata.fields[key].label != TITLE_HEADING:
            return
        # A "Title" row beats the Markdown "#" heading above it (often the council's name).
        del metadata.fields[key]
        metadata.title = None
    metadata.fields[key] = MetaField(label=label, value=text, location=location)
    if field in _TEXT_FIELDS:
        if text.rstrip(" ;,"):
            setattr(metadata, field, text.rstrip(" ;,"))
    elif field in {"meeting_date", "report_date"}:
        setattr(metadata, field, parse_date(value))
    elif field in {"key_decision", "forward_plan"}:
        answer = parse_yes_no(value)
        if answer is None and field == "forward_plan" and _REFERENCE_RE.search(text):
            answer = True  # "Forward Plan reference: FP/2026/031": on the plan
        setattr(metadata, field, answer)
    elif field == "exempt":
        status, parts, paragraphs = parse_exempt(value)
        metadata.exempt = status
        metadata.exempt_text = text or None
        if parts and not metadata.exempt_parts:
            metadata.exempt_parts = parts
        if paragraphs and not metadata.exempt_paragraphs:
            metadata.exempt_paragraphs = paragraphs
    elif field == "exempt_paragraphs":
        numbers = _paragraphs_value(value)
        if numbers:
            metadata.exempt_paragraphs = numbers
    elif field == "exempt_parts":
        metadata.exempt_parts = _list_value(value)


# A reference number: letters and digits with a separator ("FP/2026/031", "KD-24-117").
_REFERENCE_RE = re.compile(r"\b(?=[A-Za-z/-]*\d)[A-Za-z]*\d*[/-][A-Za-z0-9/-]*\d[A-Za-z0-9]*\b")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list | tuple):
        return ", ".join(_as_text(v) for v in value)
    return " ".join(str(value).split())


def _paragraphs_value(value: Any) -> list[int]:
    if isinstance(value, int) and not isinstance(value, bool):
        return [value] if 1 <= value <= 7 else []
    if isinstance(value, list | tuple):
        out: list[int] = []
        for item in value:
            out.extend(n for n in _paragraphs_value(item) if n not in out)
        return out
    text = str(value or "")
    found = exempt_paragraph_numbers(text)
    if found:
        return found
    return [int(n) for n in re.findall(r"\b([1-7])[a-c]?\b", text)]


def _list_value(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [_as_text(v) for v in value if _as_text(v)]
    text = _as_text(value)
    return [p.strip() for p in re.split(r"[;,]", text) if p.strip()] if text else []


_COLUMN_HEADING_RE = re.compile(
    r"^(?:details?|values?|information|response|answer|description|entry|content)$",
    re.IGNORECASE,
)


def fields_from_row(cells: list[str], spec: Spec, metadata: Metadata, location: Location) -> bool:
    """Read a header-table row of label/value pairs ("Report to | Cabinet | Date of Meeting |
    4 January 2024"). Returns True when at least one cell was a known label."""
    found = False
    cells = [c.strip() for c in cells]
    i = 0
    while i < len(cells):
        field = match_label(cells[i], spec) if cells[i] else None
        value = cells[i + 1] if i + 1 < len(cells) else ""
        if field is not None and _COLUMN_HEADING_RE.match(value):
            field = None  # "Item | Detail": the table's column headings, not a title
        if field is not None:
            apply_field(metadata, field, cells[i].rstrip(":").strip(), value, location)
            found = True
            i += 2
        else:
            i += 1
    return found
