"""Paragraph and heading numbers: "3.1", "3.1.", "4.", "6.0", "5. 0".

Numbers in brackets ("(1)", "1)"), letters ("a.", "(A)") and roman numerals label lists and
recommendations, not paragraphs, and are not numbers for these purposes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportkit.model import Block

_NUMBER = re.compile(r"^\d{1,3}(?:\.\s?\d{1,3})*\.?$")
# A number at the start of a paragraph's text, when the reader left it there. A bare integer
# without a dot ("18 new services") is a quantity, not a paragraph number, so a dot is needed,
# and the text after it must start like a sentence ("1.5 million" is a quantity).
_LEADING = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)[ \t]+(?=[A-Z\"'\u2018\u201c(£])")


@lru_cache(maxsize=4096)  # reports number their paragraphs alike: "1.1", "1.2" ...
def parse_number(raw: str | None) -> tuple[int, ...] | None:
    """``"3.1."`` -> (3, 1); ``"5. 0"`` -> (5, 0); ``"(1)"`` / ``"a."`` -> None."""
    if not raw:
        return None
    raw = raw.strip()
    if not _NUMBER.match(raw):
        return None
    return tuple(int(p) for p in re.split(r"\.\s?", raw.rstrip(".")) if p)


_DIGITS = re.compile(r"[1-9]\d*|0(?=\d)")


@lru_cache(maxsize=1024)  # a report's headings are numbered in one or two styles
def number_style(raw: str) -> str:
    """The shape of a heading number, digits replaced: "6.0" -> "N.0", "5. 0" -> "N. 0",
    "4." -> "N.", "2" -> "N"."""
    return _DIGITS.sub("N", raw.strip()).replace("NN", "N")


def block_number(block: Block) -> str | None:
    """The paragraph number of a block as written, from the reader or the start of its text."""
    if block.kind in ("table", "code"):
        return None
    if block.number:
        return block.number.strip()
    match = _LEADING.match(block.text)
    return match.group(1) if match else None


def show(parts: tuple[int, ...]) -> str:
    return ".".join(str(p) for p in parts)
