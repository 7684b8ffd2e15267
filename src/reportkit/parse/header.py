"""The front sheet of a PDF-extracted report: "Label: value" lines, label and value on
separate lines, and two- or four-column header tables read row by row (tab-separated),
including a label wrapped over two rows ("Is this a Key | Yes" / "Decision: |").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reportkit.frontsheet import (
    TITLE_HEADING,
    apply_field,
    is_exact_label,
    label_prefix_length,
    match_label,
)
from reportkit.model import Location, Metadata
from reportkit.spec import Spec
from reportkit.titleblock import label_line

_CONNECTORS = ("and", "of", "for", "with", "to", "the", "in", "on", "a", "-", "\u2013", ",", "&")


# A front-sheet line that is itself the publication status, with no label.
_PUBLICATION_LINE_RE = re.compile(
    r"^(?:for general release|not for (?:general )?publication|(?:public|open) report"
    r"|part (?:1|i|a) \(?(?:public|open)\)?)\.?$",
    re.IGNORECASE,
)


@dataclass
class _Entry:
    field: str | None
    label: str
    value: str
    location: Location
    whole: bool = False
    """The value followed the label on its line with no separator ("Report to Cabinet"): the
    line is complete, and the next one is not its continuation."""


@dataclass
class FrontSheet:
    spec: Spec
    path: str
    entries: list[_Entry] = field(default_factory=list)
    pending: list[_Entry] = field(default_factory=list)
    """Labels seen on their own lines, waiting for values on the lines that follow (one
    label, one value; or a column of labels, then a column of values)."""
    is_heading: Callable[[str], bool] | None = None
    """Known section headings are never taken as values."""
    title: _Entry | None = None
    """A title-block line offered as the title (``offer_title``)."""
    partials: list[_Entry] = field(default_factory=list)
    """Beginnings of labels whose ends come later: a table extracted column by column gives
    "Is this a Key" / "Yes" / "Included in Yes" / "Decision:" / "Forward Plan:"."""

    def row_cells(self, text: str) -> list[str]:
        cells = [c.strip() for c in text.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        return cells

    def feed_rows(self, rows: list[tuple[int, str]]) -> bool:
        """A run of tab-separated rows. True when it held metadata labels."""
        tables = [(n, self.row_cells(t)) for n, t in rows]
        used_next = False
        found = False
        for idx, (line_no, cells) in enumerate(tables):
            if used_next:
                used_next = False
                continue
            nxt = tables[idx + 1][1] if idx + 1 < len(tables) else None
            ok, used_next = self._pairs(cells, nxt, Location(path=self.path, line=line_no))
            found = found or ok
        return found

    def _pairs(
        self, cells: list[str], nxt: list[str] | None, location: Location
    ) -> tuple[bool, bool]:
        found = False
        # Labels wrapped onto the next row ("Is this a Key" / "Decision:"): that row holds
        # only label ends, matched to the unmatched labels above in order.
        tails = [c for c in (nxt or []) if c]
        wrapped = bool(tails) and all(c.endswith(":") for c in tails)
        used = 0
        i = 0
        while i < len(cells):
            label = cells[i]
            value = cells[i + 1] if i + 1 < len(cells) else ""
            fld = match_label(label, self.spec) if label else None
            if fld is None and label and wrapped and used < len(tails):
                joined = f"{label} {tails[used]}"
                fld = match_label(joined, self.spec)
                if fld is not None:
                    label = joined
                    used += 1
            if fld is not None:
                self.entries.append(_Entry(fld, label.rstrip(":").strip(), value, location))
                found = True
                i += 2
            elif label.endswith(":") and value and len(label.split()) <= 6:
                self.entries.append(_Entry(None, label.rstrip(":").strip(), value, location))
                i += 2
            else:
                i += 1
        return found, wrapped and used == len(tails)

    def feed_other(self, label: str, value: str, line_no: int) -> None:
        """A labelled entry that is no metadata field (kept under the label's slug)."""
        self.entries.append(_Entry(None, label, value, Location(path=self.path, line=line_no)))

    def feed_label(self, text: str, line_no: int) -> bool:
        """A line of the front sheet with a known label (or the value of one). True when it
        was metadata."""
        location = Location(path=self.path, line=line_no)
        stripped = text.strip()
        if _PUBLICATION_LINE_RE.match(stripped) and not self._has("exempt"):
            # "For general release" / "NOT FOR PUBLICATION" on a line of its own.
            self.entries.append(_Entry("exempt", "Publication", stripped, location))
            return True
        if not self.pending and ":" not in stripped and "\t" not in stripped:
            found = label_line(stripped, self.spec)
            if found is not None:
                # "Report to Cabinet", "Report of the Director of Place".
                self.entries.append(_Entry(*found, location, whole=True))
                return True
        m = re.match(r"^([^:]{2,60}):\s*(.*)$", stripped)
        asked = re.match(r"^([^:?]{2,60}\?)\s*(.*)$", stripped)
        if asked and match_label(asked[1], self.spec) is not None:
            m = asked  # "Is this a key decision? Yes (Ref: KD/2026/14)"
        label_field = match_label(m[1], self.spec) if m else None
        bare_field = match_label(stripped, self.spec) if len(stripped.split()) <= 6 else None
        if self.pending and bare_field is not None and not is_exact_label(stripped, self.spec):
            bare_field = None  # "Cabinet Member for Finance": a value that starts like a label
        if self.pending and label_field is None and bare_field is None:
            if self.is_heading is not None and self.is_heading(stripped):
                return False
            # Labels wait for their values: "Head of Finance" after a column of labels is
            # the value of "Report author", not the start of a label like "Head of Service".
            entry = self.pending.pop(0)
            entry.value = stripped
            self.entries.append(entry)
            return True
        if self._partial(stripped, location):
            return True
        if m and label_field is not None:
            entry = _Entry(label_field, m[1].strip(), m[2].strip(), location)
            if m[2].strip():
                self.entries.append(entry)
            else:
                self.pending.append(entry)
            return True
        if bare_field is not None:
            self.pending.append(_Entry(bare_field, stripped, "", location))
            return True
        return False

    def _has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.entries + self.pending)

    def _partial(self, stripped: str, location: Location) -> bool:
        if stripped.endswith(":") and self.partials:
            for partial in self.partials:
                joined = f"{partial.label} {stripped.rstrip(':').strip()}"
                fld = match_label(joined, self.spec)
                if fld is not None:
                    self.partials.remove(partial)
                    self.entries.append(_Entry(fld, joined, partial.value, partial.location))
                    return True
        short = ":" not in stripped and len(stripped.split()) <= 3
        if self.partials and not self.partials[-1].value and short:
            self.partials[-1].value = stripped
            return True
        words = stripped.split()
        if ":" in stripped or match_label(stripped, self.spec) is not None:
            return False
        if self.is_heading is not None and self.is_heading(stripped):
            return False  # "Reason for Lateness and Urgency" is a heading, not "Reason for ..."
        k = label_prefix_length(words, self.spec)
        if k >= 2 and len(words) - k <= 3:
            self.partials.append(_Entry(None, " ".join(words[:k]), " ".join(words[k:]), location))
            return True
        return False

    def feed_continuation(self, text: str, *, blank_before: bool) -> bool:
        stripped = text.strip()
        if (
            self.entries
            and not self.entries[-1].whole
            and self._continues(stripped, blank_before=blank_before)
        ):
            self.entries[-1].value = f"{self.entries[-1].value} {stripped}"
            return True
        return False

    def _continues(self, text: str, *, blank_before: bool) -> bool:
        """A value wrapped onto the next line (the Halton seed's two-line SUBJECT)."""
        last = self.entries[-1].value.rstrip()
        if "\t" in text or len(text.split()) > 60:
            return False
        if not last:
            return True
        if text[:1].islower():
            return True
        if blank_before:
            return False
        # Wrapped straight onto the next line: a few words with no label of their own.
        # A value in capitals wraps in capitals ("ADOPTION OF THE HOUSING" / "STRATEGY").
        caps_ok = not text.isupper() or (last.isupper() and not last.endswith((".", ";")))
        short_tail = len(text.split()) <= 6 and ":" not in text and caps_ok
        return short_tail or last.lower().endswith(_CONNECTORS)

    def offer_title(self, text: str, line_no: int) -> None:
        """A title-block line that could be the report's title (the first one offered); used
        only when no "Subject:"/"Title:" entry names the title."""
        if self.title is None:
            self.title = _Entry(
                "title", TITLE_HEADING, text, Location(path=self.path, line=line_no)
            )

    def apply(self, metadata: Metadata) -> None:
        self.entries.extend(self.pending)
        self.pending = []
        if self.title is not None and metadata.title is None:
            # First, so that a "Subject:" entry (applied after) replaces it.
            self.entries.insert(0, self.title)
            self.title = None
        for entry in self.entries:
            apply_field(metadata, entry.field, entry.label, entry.value, entry.location)
        self.entries = []
