"""RK204 paragraph-numbering: paragraph numbers run in sequence, match the heading they sit
under, are not repeated, and headings are numbered in one style.

Two schemes are recognised: dotted numbers that follow the headings ("3. Background", then
3.1, 3.2 ...) and one consecutive sequence through the whole report (1, 2, 3 ... 47). Numbers
in brackets, letters and roman numerals label lists and recommendations and are left alone;
so are plain integers in a report that otherwise uses dotted numbers (they are list items),
and a list that restarts at 1 inside the consecutive scheme.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from reportkit.findings import Hit, Severity
from reportkit.model import Location, Report, Section
from reportkit.numbering import block_number, number_style, parse_number, show
from reportkit.rules.base import NoOptions, Rule
from reportkit.spec import Spec

# A short line with no closing punctuation, numbered like a heading: a heading the reader
# took for a paragraph.
_HEADING_LIKE = re.compile(r"^\s*[A-Z][^.;!?]{1,70}:?\s*$")
_RESTART = re.compile(r"^\s*(?:appendix|annex|schedule|annexe)\b", re.IGNORECASE)


@dataclass
class _Item:
    kind: str
    """"top" (a section heading number such as 4 or 6.0), "para" (a dotted paragraph or
    sub-heading number), "single" (a plain integer on a paragraph), or "restart"."""
    parts: tuple[int, ...]
    raw: str
    location: Location
    section: Section | None
    title: str = ""
    """The heading text, for messages."""


def _items(report: Report) -> list[_Item]:
    items: list[_Item] = []
    for section in report.sections:
        loc = section.location
        if _RESTART.match(section.heading):
            items.append(_Item("restart", (), "", loc, section))
        title = section.heading
        parts = parse_number(section.number)
        if parts is None:
            items.append(_Item("unnumbered", (), "", loc, section, title))
        elif len(parts) == 1 or (len(parts) == 2 and parts[1] == 0):
            items.append(_Item("top", parts[:1], section.number or "", loc, section, title))
        else:
            items.append(_Item("para", parts, section.number or "", loc, section, title))
        for block in section.blocks:
            raw = block_number(block)
            bparts = parse_number(raw)
            if raw is None or bparts is None:
                continue
            if len(bparts) == 2 and bparts[1] == 0:
                continue  # "10.0 LIST OF ..." is a heading the reader did not recognise
            kind = "single" if len(bparts) == 1 else "para"
            if kind == "single" and _HEADING_LIKE.match(block.text):
                kind = "blockhead"  # "2. Key Elements of the Review": a heading read as text
            items.append(_Item(kind, bparts, raw, block.location, section, block.text.strip()))
    return items


def _title(item: _Item | None) -> str:
    return f"'{item.title}'" if item is not None and item.title else "the heading"


def _heading_checks(items: list[_Item]) -> Iterator[Hit]:
    groups: list[list[_Item]] = [[]]
    for item in items:
        if item.kind == "restart":
            groups.append([])
        elif item.kind in ("top", "para"):
            groups[-1].append(item)
    for group in groups:
        tops = [i for i in group if i.kind == "top"]
        if len(tops) < 3:
            continue
        yield from _style_checks(tops)
        for before, after in itertools.pairwise(tops):
            a, b = before.parts[0], after.parts[0]
            if b == a:
                yield Hit(
                    message=f"Two headings are numbered {a} ({_title(before)} and {_title(after)})",
                    location=after.location,
                    fix="Renumber the headings in sequence.",
                )
            elif b > a + 1:
                between = group[group.index(before) + 1 : group.index(after)]
                if any(i.parts[0] in range(a + 1, b) for i in between):
                    continue  # a paragraph numbered for the missing heading: reported there
                missing = show((a + 1,)) if b == a + 2 else f"{a + 1} to {b - 1}"
                yield Hit(
                    message=f"Heading {after.raw.strip()} {_title(after)} follows "
                    f"heading {a}; there is no heading {missing}",
                    location=after.location,
                    fix="Renumber the headings in sequence.",
                )
            elif b < a and b != 1:
                yield Hit(
                    message=f"Heading {after.raw.strip()} {_title(after)} comes after "
                    f"heading {a}; headings are out of order",
                    location=after.location,
                    fix="Renumber the headings in sequence.",
                )


def _style_checks(tops: list[_Item]) -> Iterator[Hit]:
    styles = Counter(number_style(i.raw) for i in tops)
    if len(styles) < 2:
        return
    ranked = styles.most_common()
    usual = ranked[0][0]
    if ranked[0][1] == ranked[1][1]:
        usual = number_style(tops[0].raw)
    example = next(i.raw.strip() for i in tops if number_style(i.raw) == usual)
    for item in tops:
        if number_style(item.raw) != usual:
            yield Hit(
                message=f"Heading {_title(item)} is numbered '{item.raw.strip()}', "
                f"unlike the other headings (e.g. '{example}')",
                location=item.location,
                fix=f"Number every heading in the same style as '{example}'.",
            )


def _dotted_checks(items: list[_Item]) -> Iterator[Hit]:
    major: int | None = None
    heading: _Item | None = None
    last: tuple[int, int] | None = None
    mismatched: set[int] = set()
    misplaced: tuple[int, int] | None = None
    for item in items:
        if item.kind == "restart":
            major, heading, last = None, None, None
            continue
        if item.kind == "unnumbered":
            # A recognised top-level section ("Financial Implications") ends the numbered
            # one; an unrecognised or lower heading ("Options") is a sub-heading inside it.
            if item.section is not None and item.section.level == 1 and item.section.id != "other":
                major = None
            continue
        if item.kind == "top":
            major, heading = item.parts[0], item
            continue
        if item.kind != "para":
            continue
        m, k = item.parts[0], item.parts[1]
        if major is not None and m != major:
            if id(heading) not in mismatched:
                mismatched.add(id(heading))
                yield Hit(
                    message=f"Paragraph {item.raw.strip()} sits under heading {major} "
                    f"{_title(heading)}; its number should start with {major}",
                    location=item.location,
                    fix=f"Renumber the paragraphs under this heading {major}.1, {major}.2 ...",
                )
            last, misplaced = (m, k), (m, k)
            continue
        if len(item.parts) > 2:
            continue  # 3.1.2 and deeper: only the leading number is checked
        if last is not None and last[0] == m:
            if k == last[1] and last == misplaced:
                pass  # the same number, put right under its own heading: reported above
            elif k == last[1]:
                yield Hit(
                    message=f"Paragraph number {show((m, k))} is used twice",
                    location=item.location,
                    fix="Renumber the paragraphs in sequence.",
                )
            elif k > last[1] + 1:
                gap = show((m, last[1] + 1))
                yield Hit(
                    message=f"Paragraph {show((m, k))} follows {show(last)}; {gap} is missing",
                    location=item.location,
                    fix="Renumber the paragraphs in sequence.",
                )
            elif k < last[1]:
                yield Hit(
                    message=f"Paragraph {show((m, k))} comes after {show(last)}; the "
                    "paragraphs are out of order",
                    location=item.location,
                    fix="Renumber the paragraphs in sequence.",
                )
        elif major is not None and m == major and k > 1 and (last is None or last[0] != m):
            yield Hit(
                message=f"The first numbered paragraph under heading {major} "
                f"{_title(heading)} is {show((m, k))}; {m}.1 is missing",
                location=item.location,
                fix="Renumber the paragraphs in sequence.",
            )
        last = (m, k)


def _consecutive_checks(items: list[_Item]) -> Iterator[Hit]:
    main: int | None = None
    sub: int | None = None
    for item in items:
        if item.kind == "restart":
            main, sub = None, None
        if item.kind != "single":
            continue
        n = item.parts[0]
        if main is None or n == main + 1:
            main, sub = n, None
        elif n == 1:
            sub = 1  # a list inside a paragraph, numbered from 1
        elif sub is not None and n == sub + 1:
            sub = n
        elif n == main and sub is None:
            yield Hit(
                message=f"Paragraph number {n} is used twice",
                location=item.location,
                fix="Renumber the paragraphs in sequence.",
            )
        elif n > main + 1:
            yield Hit(
                message=f"Paragraph {n} follows paragraph {main}; "
                + (
                    f"{main + 1} is missing" if n == main + 2 else f"{main + 1}-{n - 1} are missing"
                ),
                location=item.location,
                fix="Renumber the paragraphs in sequence.",
            )
            main, sub = n, None


def check(report: Report, spec: Spec, options: NoOptions) -> Iterator[Hit]:
    items = _items(report)
    dotted = sum(1 for i in items if i.kind == "para")
    singles = sum(1 for i in items if i.kind == "single")
    for item in items:
        if item.kind == "blockhead":
            # In dotted numbering a short "2. Title" line is a section heading; in
            # consecutive numbering it is just the next paragraph.
            item.kind = "top" if dotted >= 3 else "single"
    yield from _heading_checks(items)
    if dotted >= 3:
        yield from _dotted_checks(items)
    elif singles >= 4:
        yield from _consecutive_checks(items)


RULE = Rule(
    code="RK204",
    name="paragraph-numbering",
    summary="Paragraph numbers run in sequence and match their headings; headings are numbered "
    "in one style.",
    check=check,
    severity=Severity.WARNING,
    why="""\
Members, officers and the public refer to a report by paragraph number ("see paragraph
3.4"), in the meeting and in the minutes. A number that jumps, repeats or belongs to another
section sends them to the wrong place. Mixed heading styles ("4." beside "5.0") usually mean
text pasted from another report that was not checked.""",
    bad="""\
# 1. Background

1.1 The library service was reviewed in 2023.

1.2 The review made six recommendations.

# 2. Proposals

3.1 It is proposed to extend opening hours at the central library.
""",
    good="""\
# 1. Background

1.1 The library service was reviewed in 2023.

1.2 The review made six recommendations.

# 2. Proposals

2.1 It is proposed to extend opening hours at the central library.
""",
)
