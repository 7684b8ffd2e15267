"""Facts worked out from sections once a reader has built them, the same for every format:
the numbered recommendations, the appendices listed, and the contact officer.

Readers call ``finish(report, spec)`` last. Anything a reader already filled (front matter
``contact:``, say) is left alone.
"""

from __future__ import annotations

import re

from reportkit.frontsheet import exempt_parts
from reportkit.model import (
    Appendix,
    Block,
    ContactOfficer,
    Location,
    MetaField,
    Recommendation,
    Report,
    Section,
)
from reportkit.spec import Spec

# "(1)", "1)", "1.", "(a)", "a)", "a.", "A.", "(iv)", "R1", "1.1" at the start of a paragraph.
_REC_NUMBER_RE = re.compile(
    r"^\s*(?P<num>\(\s*[0-9a-z]{1,4}\s*\)|[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?|[a-z][.)]|"
    r"[ivx]{1,4}[.)]|r[0-9]{1,2}[.:)]?)\s+(?=\S)",
    re.IGNORECASE,
)
_APPENDIX_RE = re.compile(
    r"\b(?P<kind>appendix|annexe?|enclosure)\s+(?P<label>[0-9]{1,2}[a-z]?|[a-z]{1,2}\b)"
    r"\s*(?:[-\u2013\u2014:.,]|\bis\b)?\s*(?P<title>[^\n]*)",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?:\+44\s?\(?0?\)?\s?|\b0)\d(?:[\s-]?\d){8,10}\b")


def _email(text: str) -> re.Match[str] | None:
    # The search is slow over long text (every word is a candidate local part); an address
    # needs an "@".
    return _EMAIL_RE.search(text) if "@" in text else None


def _phone(text: str) -> re.Match[str] | None:
    # A UK number starts "0" or "+44".
    return _PHONE_RE.search(text) if "0" in text or "+44" in text else None


_NOT_FOR_PUBLICATION = re.compile(r"not\s+for\s+publication|\bexempt\b|confidential", re.I)


def finish(report: Report, spec: Spec) -> None:
    if report.metadata.committee is None:
        committee_from_title_lines(report)
    if not report.recommendations:
        report.recommendations = recommendations_from(report)
    if not report.appendices:
        report.appendices = appendices_from(report)
    if report.contact_officer is None:
        report.contact_officer = contact_from(report)


# -- the meeting named by a title line --------------------------------------------------------

# "CABINET", "Planning Committee", "Audit and Governance Committee": a line of its own at the
# top naming the meeting body. "Ashcombe Borough Council" is the authority, not the meeting.
_BODY_RE = re.compile(
    r"^(?:the\s+)?(?:cabinet|executive|executive board|full council|council|"
    r"[a-z ,&'-]*\b(?:committee|sub-committee|board|panel|cabinet)(?: meeting)?)$",
    re.IGNORECASE,
)
_AUTHORITY_RE = re.compile(
    r"\b(?:borough|county|district|city|town|parish|metropolitan|london borough)\s+council$"
    r"|^london borough of",
    re.IGNORECASE,
)


def committee_from_title_lines(report: Report) -> None:
    """Many front sheets name the meeting in a title line with no label ("CABINET")."""
    for block in report.preamble[:8]:
        text = " ".join(block.text.split())
        if block.kind != "paragraph" or block.number or len(text.split()) > 8:
            continue
        if _BODY_RE.match(text) and not _AUTHORITY_RE.search(text):
            value = text if not text.isupper() else text.title().replace(" And ", " and ")
            report.metadata.committee = value
            report.metadata.fields.setdefault(
                "committee", MetaField(label="(title line)", value=text, location=block.location)
            )
            return


# -- recommendations -------------------------------------------------------------------------


def _first(report: Report, section_id: str) -> Section | None:
    found = [s for s in report.sections if s.id == section_id]
    if not found:
        found = report.find(section_id)
    return found[0] if found else None


def split_leading_number(text: str) -> tuple[str | None, str]:
    m = _REC_NUMBER_RE.match(text)
    if not m:
        return None, text.strip()
    if m["num"].isdigit() and _MONTH_NEXT_RE.match(text[m.end() :]):
        return None, text.strip()  # "31 August 2026 ...": a date a PDF wrapped to a new line
    return m["num"].replace(" ", ""), text[m.end() :].strip()


_MONTH_NEXT_RE = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:\s+\d{4}|,|\s*$)",
    re.IGNORECASE,
)


def recommendations_from(report: Report) -> list[Recommendation]:
    """The recommendations as a list: the numbered items of the first Recommendations
    section, or, if nothing is numbered, each paragraph that is not an introduction ending in
    a colon ("Cabinet is recommended to:")."""
    section = _first(report, "recommendations")
    if section is None:
        return []
    blocks = list(section.blocks)
    for child in report.children(section):
        if child.id == "other":
            blocks.extend(child.blocks)
    numbered: list[Recommendation] = []
    plain: list[Recommendation] = []
    for block in blocks:
        if block.kind == "table":
            continue
        number = block.number
        text = block.text.strip()
        if number is None:
            number, text = split_leading_number(text)
        if not text:
            continue
        if number is not None and text.rstrip().endswith(":") and _is_lead_in(text):
            continue  # "3. Cabinet is asked to:" numbers the paragraph that introduces them
        if number is not None:
            numbered.append(Recommendation(number=number, text=text, location=block.location))
        elif not _is_lead_in(text):
            plain.append(Recommendation(number=None, text=text, location=block.location))
    return numbered or plain


def _is_lead_in(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith((":", "\u2013", "-")):
        return True
    words = stripped.lower().split()
    return len(words) <= 8 and bool(words) and words[-1] in {"that", "to", "that:", "and"}


# -- appendices ------------------------------------------------------------------------------


def appendices_from(report: Report) -> list[Appendix]:
    """Appendices listed in the Appendices section ("Appendix A - Title"), then any exempt
    part named on the front sheet that the list missed."""
    out: list[Appendix] = []
    seen: set[str] = set()
    exempt_labels = {p.split(" ", 1)[1].upper() for p in report.metadata.exempt_parts if " " in p}
    for section in report.find("appendices"):
        for block in section.blocks:
            lines = [" ".join(row) for row in block.rows] if block.rows else block.text.splitlines()
            for line in lines:
                for m in _APPENDIX_RE.finditer(line):
                    label = m["label"].upper() if len(m["label"]) <= 2 else m["label"]
                    if label in seen or (
                        label.lower() in {"to", "of", "is", "a"} and not (m["title"].strip())
                    ):
                        continue
                    seen.add(label)
                    title = _clean_title(m["title"])
                    out.append(
                        Appendix(
                            label=label,
                            title=title,
                            exempt=label in exempt_labels
                            or bool(_NOT_FOR_PUBLICATION.search(m["title"])),
                            location=block.location,
                        )
                    )
    for part in exempt_parts(" ; ".join(report.metadata.exempt_parts)):
        label = part.split(" ", 1)[1].upper()
        if label not in seen:
            seen.add(label)
            where = report.metadata.fields.get("exempt")
            location = where.location if where else Location(path=report.path)
            out.append(Appendix(label=label, title="", exempt=True, location=location))
    return out


def _clean_title(title: str) -> str:
    title = re.sub(r"\s+", " ", title).strip(" \t-\u2013\u2014:;,")
    return title.rstrip(".").strip()


# -- contact officer -------------------------------------------------------------------------

_NAME_LABELS = ("contact officer", "contact", "officer", "name", "report author", "author")
_ROLE_LABELS = ("job title", "title", "position", "role", "designation", "post")
_PHONE_LABELS = ("telephone", "tel", "phone", "telephone number", "direct line", "mobile")
_EMAIL_LABELS = ("email", "e-mail", "email address", "e-mail address")


_GUIDANCE_RE = re.compile(r"\[[^\[\]]*\]")


def contact_from(report: Report) -> ContactOfficer | None:
    section = _first(report, "contact_officer")
    pairs: list[tuple[str, str, Location]] = []
    if section is not None:
        pairs.extend(_pairs(section.blocks))
    else:
        for key, meta in report.metadata.fields.items():
            reachable = key == "report_of" and (_email(meta.value) or _phone(meta.value))
            if reachable or key.startswith(("contact", "tel", "phone", "email", "e_mail")):
                # "Report Author: Jo Example, 01632 960000" names whom to contact too.
                label = "" if reachable else meta.label
                pairs.append((label, meta.value, meta.location))
    # "[Insert name, job title ...]": template guidance, reported by the placeholder rules.
    pairs = [p for p in pairs if not _GUIDANCE_RE.fullmatch(p[1].strip())]
    if not pairs:
        return None
    contact = ContactOfficer(location=pairs[0][2])
    for label, value, _ in pairs:
        low = label.lower().strip(" :")
        value = value.strip()
        if not value:
            continue
        email = _email(value)
        phone = _phone(value)
        if not low:
            _unlabelled(contact, value)
        elif any(low.startswith(k) for k in _EMAIL_LABELS):
            contact.email = contact.email or (email[0] if email else value)
        elif any(low.startswith(k) for k in _PHONE_LABELS):
            contact.phone = contact.phone or (phone[0].strip() if phone else _strip_tel(value))
        elif any(low.startswith(k) for k in _ROLE_LABELS):
            contact.role = contact.role or value
        elif any(low.startswith(k) for k in _NAME_LABELS):
            _unlabelled(contact, value)
    if not any([contact.name, contact.phone, contact.email, contact.role]):
        return None
    return contact


def _unlabelled(contact: ContactOfficer, value: str) -> None:
    """ "Alex Sample, Parking Manager, 01632 960555, alex@x.gov.uk" on one line."""
    email = _email(value)
    phone = _phone(value)
    if email and not contact.email:
        contact.email = email[0]
    if phone and not contact.phone:
        contact.phone = phone[0].strip()
    if contact.name:
        return  # what is left of the line only ever gives the name (and a role with it)
    rest = _PHONE_RE.sub("", value) if phone else value
    rest = _EMAIL_RE.sub("", rest) if "@" in rest else rest
    if _may_name_contact_kind(rest):
        rest = _CONTACT_WORD_RE.sub("", rest)
    # str methods, not re.split: this runs over whole paragraphs of a contact section.
    parts = [p.strip(" .;-\t") for p in rest.replace(";", ",").replace("\n", ",").split(",")]
    parts = [p for p in parts if p]
    if parts and len(parts[0].split()) <= 5:
        contact.name = parts.pop(0)
        if parts and not contact.role and len(parts[0].split()) <= 8:
            contact.role = parts[0]


_CONTACT_WORD_RE = re.compile(r"\b(?:tel(?:ephone)?|phone|e-?mail)\b[.:]?", re.IGNORECASE)


def _may_name_contact_kind(text: str) -> bool:
    """False when ``_CONTACT_WORD_RE`` cannot match, found without running it. Of the letters
    in its words only "i" has other case forms (U+0130 dotted capital I, U+0131 dotless i);
    lower() makes the first an "i" and a combining dot, and leaves the second alone."""
    low = text.lower()
    return "tel" in low or "phone" in low or "mai" in low or "ma\u0131" in low


def _strip_tel(value: str) -> str:
    return re.sub(r"^(?:tel(?:ephone)?|phone)[.:]?\s*", "", value, flags=re.I).strip()


def _pairs(blocks: list[Block]) -> list[tuple[str, str, Location]]:
    """(label, value) from table rows and "Label: value" lines; unlabelled lines get ""."""
    out: list[tuple[str, str, Location]] = []
    for block in blocks:
        if block.rows:
            for row in block.rows:
                cells = [c.strip() for c in row if c.strip()]
                if len(cells) >= 2:
                    out.append((cells[0], " ".join(cells[1:]), block.location))
                elif cells:
                    out.append(_split_label(cells[0], block.location))
            continue
        for line in block.text.splitlines():
            # "Tel: 01632 960207  Email: a@b.gov.uk": several labelled values on one line.
            # Every label the split looks for ends in a colon.
            pieces = _NEXT_LABEL_RE.split(line.strip()) if ":" in line else [line.strip()]
            for part in pieces:
                if part.strip():
                    out.append(_split_label(part.strip(), block.location))
    return out


_NEXT_LABEL_RE = re.compile(
    r"\s+(?=(?:e-?mail(?:\s+address)?|tel(?:ephone)?|phone|mobile|direct\s+line)\s*:)",
    re.IGNORECASE,
)


_LABEL_RE = re.compile(r"^([A-Za-z][A-Za-z /-]{1,30}):\s*(.*)$")


def _split_label(line: str, location: Location) -> tuple[str, str, Location]:
    m = _LABEL_RE.match(line)
    if m and not _EMAIL_RE.fullmatch(line):
        return m[1], m[2], location
    return "", line, location
