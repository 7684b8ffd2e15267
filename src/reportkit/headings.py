"""Heading normalisation and classification against a spec.

Councils word, number and punctuate the same heading in many ways ("6. 0 FINANCIAL
IMPLICATIONS:", "**Finance**", "What will it cost and how will it be financed?"). Every
reader sends candidate heading lines here so that Markdown, PDF text and Word agree on what
a heading means. Matching goes from the most to the least certain: an exact alias, an alias
followed by more words, then spec keywords. Keywords are used only for lines the reader
already thinks are headings, because a keyword inside a sentence says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reportkit.spec import Spec

OTHER = "other"

# A heading number as councils write them: "6.0", "6.", "6. 0", "10.0", "3.1.", "A.", "(a)",
# "1)", "iv.", "Part 2". The number must be followed by white space (or end) so that a
# heading such as "A Healthy Halton" keeps its first word.
_NUMBER_RE = re.compile(
    r"""^\s*(?P<num>
        (?:part|section)\s+(?:\d+[a-z]?|[ivx]+)\b\.?
      | \d{1,3}(?:\ ?\.\ ?\d{1,3})*\.?(?=\s|$)
      | \d{1,3}\)
      | \([a-z0-9]{1,4}\)
      | [a-z][.)](?=\s|$)
      | [ivx]{1,5}[.)](?=\s)
    )\s*""",
    re.IGNORECASE | re.VERBOSE,
)
_MARKERS_RE = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|^#+\s*")
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_WORD_RE = re.compile(r"[a-z0-9]+")
_APOSTROPHES_RE = re.compile(r"['\u2019`]")
# Distinct candidate headings a vocabulary remembers before starting afresh (a folder of
# reports from one template repeats the same few hundred).
_MEMO_SIZE = 4096


@dataclass
class HeadingMatch:
    id: str
    """Canonical section id, or "other" for a heading-like line nothing recognises."""
    covers: list[str] = field(default_factory=list)
    matched_by: str = ""
    heading: str = ""
    """The heading as written, without its number, bold markers or inline text."""
    number: str | None = None
    rest: str = ""
    """Text after the heading on the same line ("None identified")."""


def strip_markers(line: str) -> str:
    """Drop Markdown emphasis and heading markers, keeping the words."""
    return _MARKERS_RE.sub("", line).strip()


def split_number(line: str) -> tuple[str | None, str]:
    """``"6. 0 FINANCIAL"`` -> ``("6. 0", "FINANCIAL")``; ``"Summary"`` -> ``(None, "Summary")``."""
    text = line.strip()
    m = _NUMBER_RE.match(text)
    if not m or m.end() == 0:
        return None, text
    rest = text[m.end() :].strip()
    if not rest:
        # A bare "6." is a number with nothing to name; "A." alone is not a heading either.
        return m.group("num"), ""
    return m.group("num"), rest


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "is", "us")):
        return word[:-1]
    return word


@lru_cache(maxsize=_MEMO_SIZE)
def normalise(text: str) -> str:
    """Lower case, "&" -> "and", "(s)" plurals and apostrophes dropped, punctuation to
    spaces, crude singular. Two headings that normalise equal say the same thing."""
    text = text.lower().replace("&", " and ").replace("(s)", "").replace("(es)", "")
    text = _APOSTROPHES_RE.sub("", text)
    return " ".join(_stem(w) for w in _WORD_RE.findall(text))


def _contains(haystack: str, needle: str) -> int:
    """Position of ``needle`` in ``haystack`` as whole words (both normalised), or -1."""
    # Both sides are normalised (single spaces), so padding with spaces finds whole words;
    # a string search, because this runs for every keyword on every candidate heading.
    return f" {haystack} ".find(f" {needle} ")


def _is_list(text: str) -> bool:
    return "," in text or " and " in f" {text.lower()} " or "&" in text


def _split_colon(body: str) -> tuple[str, str]:
    """Split at the first colon outside parentheses: heading, then the text after it."""
    depth = 0
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ":" and depth == 0:
            return body[:i].strip(), body[i + 1 :].strip()
    return body.strip(), ""


class Vocabulary:
    """The headings and keywords of one spec, normalised once."""

    _cache: dict[int, tuple[Spec, Vocabulary]] = {}  # noqa: RUF012 - class-level cache

    def __init__(self, spec: Spec) -> None:
        self.aliases: dict[str, tuple[str, str]] = {}
        self.keywords: list[tuple[str, str]] = []
        self._memo: dict[tuple[str, bool], HeadingMatch | None] = {}
        for section in spec.sections:
            for alias in [section.title, *section.headings]:
                key = normalise(alias)
                if key:
                    self.aliases.setdefault(key, (section.id, alias))
            for keyword in section.keywords:
                key = normalise(keyword)
                if key:
                    self.keywords.append((key, section.id))
        self._keyword_first = [(k.split(" ", 1)[0], k, sid) for k, sid in self.keywords]
        # Longest first so that "financial implications" beats "financial".
        self._by_length = sorted(self.aliases, key=len, reverse=True)
        # An alias that starts a heading shares its first word: look only at those.
        self._by_first: dict[str, list[str]] = {}
        for alias in self._by_length:
            self._by_first.setdefault(alias.split(" ", 1)[0], []).append(alias)

    @classmethod
    def from_spec(cls, spec: Spec) -> Vocabulary:
        hit = cls._cache.get(id(spec))
        if hit is not None and hit[0] is spec:
            return hit[1]
        vocab = cls(spec)
        if len(cls._cache) > 64:
            cls._cache.clear()
        cls._cache[id(spec)] = (spec, vocab)
        return vocab

    # -- matching ---------------------------------------------------------------------------

    def exact(self, text: str) -> tuple[str, str] | None:
        return self.aliases.get(normalise(text))

    def _prefix(self, key: str) -> tuple[str, str] | None:
        for alias in self._by_first.get(key.split(" ", 1)[0], ()):
            if key.startswith(alias + " "):
                return self.aliases[alias]
        return None

    def keyword_ids(self, text: str) -> list[tuple[str, str]]:
        """(id, keyword) for every keyword in ``text``, in the order they appear."""
        key = normalise(text)
        words = set(key.split())
        found: dict[str, tuple[int, str]] = {}
        for first, keyword, section_id in self._keyword_first:
            if first not in words:
                continue  # cheap test first: most keywords share no word with the text
            pos = _contains(key, keyword)
            if pos >= 0 and (section_id not in found or pos < found[section_id][0]):
                found[section_id] = (pos, keyword)
        return [(sid, kw) for sid, (_, kw) in sorted(found.items(), key=lambda kv: kv[1][0])]

    def match(self, line: str, *, heading_like: bool) -> HeadingMatch | None:
        """Classify ``line``. Returns None when it is not a heading this spec knows and the
        caller did not already think it looks like one."""
        # Readers ask about every short paragraph, and reports repeat their headings and
        # labels: classify each distinct line once (a copy out, so callers may change it).
        key = (line, heading_like)
        if key in self._memo:
            hit = self._memo[key]
        else:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            hit = self._memo[key] = self._match(line, heading_like=heading_like)
        if hit is None:
            return None
        # The constructor, not dataclasses.replace: this runs for every paragraph of a Word
        # report, and replace() costs several times as much.
        return HeadingMatch(
            hit.id, list(hit.covers), hit.matched_by, hit.heading, hit.number, hit.rest
        )

    def _match(self, line: str, *, heading_like: bool) -> HeadingMatch | None:
        number, body = split_number(strip_markers(line))
        body = body.strip().strip("*_").strip()
        if not body:
            return None
        head, rest = _split_colon(body)
        parens = _PAREN_RE.findall(head)
        if rest and _PAREN_RE.fullmatch(rest.rstrip(":").strip()):
            # "Alternative Options ...: (including any Risk Implications)" - still heading.
            parens.append(rest.rstrip(":").strip()[1:-1])
            rest = ""
        plain = _PAREN_RE.sub(" ", head).strip()
        heading = body[: len(body) - len(rest)].rstrip().rstrip(":").strip() if rest else body
        heading = heading.rstrip(":").strip()
        result = self._classify(head, plain, heading_like=heading_like)
        if result is None:
            if not heading_like:
                return None
            result = (OTHER, "unrecognised")
        section_id, how = result
        covers = self._covers(section_id, parens) if section_id != OTHER else []
        if section_id != OTHER and (
            how.startswith("keyword") or (how.startswith("alias prefix") and _is_list(plain))
        ):
            # "Financial, Legal and Risk Implications" answers for all three.
            covers = [c for c, _ in self.keyword_ids(plain) if c != section_id] + covers
        covers = list(dict.fromkeys(c for c in covers if c != section_id))
        return HeadingMatch(
            id=section_id, covers=covers, matched_by=how, heading=heading, number=number, rest=rest
        )

    def _classify(self, head: str, plain: str, *, heading_like: bool) -> tuple[str, str] | None:
        for candidate in (plain, head):
            hit = self.exact(candidate)
            if hit:
                return hit[0], f"alias {hit[1]!r}"
        # "Introduction/Background", "Next Steps / Recommendations": the first part that
        # names a section decides; the rest is how the author qualified it.
        if "/" in plain:
            for part in plain.split("/"):
                hit = self.exact(part)
                if hit:
                    return hit[0], f"alias {hit[1]!r} (part of a heading with '/')"
        if not heading_like:
            return None
        hit = self._prefix(normalise(plain))
        if hit:
            return hit[0], f"alias prefix {hit[1]!r}"
        found = self.keyword_ids(plain)
        if found:
            return found[0][0], f"keyword {found[0][1]!r}"
        return None

    def _covers(self, section_id: str, parens: list[str]) -> list[str]:
        """Ids named in a parenthetical that says "including ...": a heading "Alternative
        options (including any risk implications)" also answers for risk."""
        out: list[str] = []
        for paren in parens:
            if not normalise(paren).startswith("includ"):
                continue
            out.extend(sid for sid, _ in self.keyword_ids(paren) if sid != section_id)
        return out


def looks_like_heading_text(text: str, *, max_words: int = 14) -> bool:
    """A cheap test used by readers: short, no sentence-ending full stop."""
    if text.rstrip().endswith((".", ",", ";")):
        return False  # first: most paragraphs are sentences, and this splits nothing
    # At most max_words + 1 pieces: enough to know, without splitting a long paragraph.
    words = text.split(None, max_words)
    return 0 < len(words) <= max_words
