"""The title block at the top of a report, above or around the header table: the council's
name, "Report to Cabinet" / "REPORT TO: CABINET" / "Report of the Director of Place" lines,
and the report's title.

Shared by every reader, and used only before the first real section. A line such as "Report
to Cabinet" starts like the Background alias "Report", but on a front sheet it is a label
with its value on the same line. Readers ask here before they ask ``headings`` about such a
line, so that the header table after it is still read as the front sheet.
"""

from __future__ import annotations

import re

from reportkit.frontsheet import is_exact_label, match_label, parse_date
from reportkit.headings import OTHER, Vocabulary, strip_markers
from reportkit.spec import Spec

# Fields whose value can follow the label after a space: a body or an officer, or a date that
# must parse. A yes/no answer or a ward list after a bare space is too easily a sentence.
_SPACED_FIELDS = {"committee", "report_of", "meeting_date", "report_date"}
_DATE_FIELDS = {"meeting_date", "report_date"}
# "Report for Information" / "Report for Decision" says why, not to whom.
_PURPOSE_RE = re.compile(
    r"^(?:information|decision|noting|note|approval|consideration|discussion|comment|"
    r"assurance|endorsement|scrutiny|action)\b",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(r"^the\s+", re.IGNORECASE)
_MAX_WORDS = 16

# "Oakridge City Council", "London Borough of Eastwick", "Royal Borough of ...", "Northshire
# County Council", "West Vale Combined Authority": the authority, not the report.
_AUTHORITY_RE = re.compile(
    r"^(?:the\s+)?(?:[\w.'&-]+\s+){0,5}(?:council|authority)$"
    r"|^(?:the\s+)?(?:london\s+|royal\s+)?borough\s+of\b"
    r"|^(?:the\s+)?(?:city|county|district)\s+of\s+[\w .'&-]+$",
    re.IGNORECASE,
)
# Lines that sit in title blocks but are not a title: agenda references, publication status,
# dates, the document type on its own.
_NOT_TITLE_RE = re.compile(
    r"^(?:agenda\s+item|item\s+(?:no\.?\s*)?\d|part\s+(?:[12ab]|ii?)\b|appendix|annex|"
    r"public\b|private\b|open\b|confidential|exempt|not\s+for\s+publication|"
    r"for\s+(?:general\s+release|publication|information|decision)|restricted|official\b|"
    r"(?:cabinet|committee|executive|council)\s+report$|report$|decision\s+report$)"
    # The meeting on a line of its own ("CABINET", "Planning Committee"): derive reads it
    # as the committee.
    r"|^(?:the\s+)?(?:cabinet|executive|full\s+council|council)$"
    r"|^[\w ,&'-]*\b(?:committee|sub-committee|board|panel)(?:\s+meeting)?$",
    re.IGNORECASE,
)


def is_authority_name(text: str) -> bool:
    """True for the council's own name on a line of its own."""
    text = " ".join(strip_markers(text).split())
    return 0 < len(text.split()) <= 8 and bool(_AUTHORITY_RE.match(text))


def label_line(text: str, spec: Spec) -> tuple[str, str, str] | None:
    """(field, label, value) when ``text`` is a front-sheet label with its value on the same
    line: "Report to: Cabinet", "REPORT TO<tab>CABINET", "Report to Cabinet", "Report of the
    Director of Place". None for anything else, including a line that is a section heading
    in its own right ("Report Detail", "Report Author and Contact")."""
    line = strip_markers(text).strip()
    if not line:
        return None
    found = _separated(line, spec)
    if found is None and not line.endswith((".", ";", ",", ":")):
        found = _spaced(line, spec)
    if found is None:
        return None
    field, label, value = found
    value = value.strip().rstrip(" ;,")
    if not value:
        return None
    if field in {"committee", "report_of"}:
        value = _ARTICLE_RE.sub("", value)
    return field, label, value


def _separated(line: str, spec: Spec) -> tuple[str, str, str] | None:
    """ "Label: value" or "Label<tab>value"."""
    for sep in ("\t", ":"):
        if sep in line:
            label, _, value = line.partition(sep)
            if len(label) > 60:
                return None
            label = " ".join(label.split())
            field = match_label(label, spec) if label else None
            if field is not None and value.strip():
                return field, label, " ".join(value.split())
    return None


def _spaced(line: str, spec: Spec) -> tuple[str, str, str] | None:
    """ "Report to Cabinet": a label of two or more words, a space, then the value."""
    words = line.split(None, _MAX_WORDS)
    if not 3 <= len(words) <= _MAX_WORDS or Vocabulary.from_spec(spec).exact(line) is not None:
        return None
    for k in range(min(len(words) - 1, 6), 1, -1):
        label = " ".join(words[:k])
        if not is_exact_label(label, spec):
            continue
        field = match_label(label, spec)
        value = " ".join(words[k:])
        if field not in _SPACED_FIELDS or not value[:1].isalnum():
            return None
        if field in _DATE_FIELDS:
            return (field, label, value) if parse_date(value) else None
        named = _ARTICLE_RE.sub("", value)
        if _PURPOSE_RE.match(named) or not named[:1].isupper():
            return None  # "Report for information", "Report of progress so far"
        return field, label, value
    return None


def is_title(text: str, spec: Spec) -> bool:
    """Could this title-block line be the report's title? Not the council's name, not a
    label, not a known section heading, not a status or reference line."""
    text = " ".join(strip_markers(text).split())
    words = text.split()
    if not words or len(words) > 20 or text.endswith((".", ",", ";", ":")):
        return False
    if sum(c.isalpha() for c in text) < 4 or is_authority_name(text) or _NOT_TITLE_RE.match(text):
        return False
    if label_line(text, spec) is not None or match_label(text, spec) is not None:
        return False
    if len(words) <= 6 and parse_date(text) is not None:
        return False  # "Thursday 4 March 2025"
    match = Vocabulary.from_spec(spec).match(text, heading_like=False)
    return match is None or match.id == OTHER
