"""Parse ``word/document.xml`` without the markup the reader never looks at.

Word writes fonts, complex-script sizes and languages on every run, and proofing marks and
bookmarks between runs: in a typical report they are four in ten of the elements, and both
lxml's parse and the reader's walk pay for each one. They are cut from the bytes before the
parse. The cut is exact, so the tree holds everything else as Word wrote it:

* only empty elements in the WordprocessingML namespace whose local names nothing in the
  reader reads (``NAMES``) and only when the root element binds ``w`` to that namespace;
* only between two tags (``><w:lang .../><``), so no text node is changed or joined;
* only with attributes that cannot make the XML ill-formed: ``w:`` names, each name once,
  values of printable ASCII without ``"``, ``<`` or ``&``;
* never in a document with comments, CDATA sections or processing instructions after the
  XML declaration, the places where such bytes would not be an element;
* only runs of such elements that repeat, byte for byte, in the start of the document
  (Word's fonts and languages on every run): each is one fast ``bytes.replace``.

A document the cut version of which does not parse is parsed as it is, so a damaged file
is reported in the parser's own words about the bytes in the file.
"""

from __future__ import annotations

import re
from typing import Any

W_DECLARED = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>)?\s*<w:document\b[^>]*?[ \t\r\n]"
    rb'xmlns:w="http://schemas\.openxmlformats\.org/wordprocessingml/2006/main"'
)
NAMES = (
    b"rFonts",  # fonts: the reader reads sizes, weights and colours, not faces
    b"szCs",  # complex-script size (the reader reads w:sz)
    b"lang",  # a run's language (the document's comes from styles.xml)
    b"proofErr",  # spelling and grammar marks
    b"bookmarkStart",
    b"bookmarkEnd",
    b"noProof",
    b"lastRenderedPageBreak",
)
_MAX_ATTRIBUTES = 6
_VALUE = rb'="[ !#-%\'-;=-~]*"'


def _attributes(count: int) -> bytes:
    """Up to ``count`` attributes, each name different from the ones before it."""
    pattern = b""
    for i in range(count, 0, -1):
        distinct = b"".join(rb"(?!\%d=)" % j for j in range(1, i))
        pattern = rb"(?:[ \t\r\n]+" + distinct + rb"(w:[A-Za-z]+)" + _VALUE + pattern + rb")?"
    return pattern


_ONE = rb"<w:(?:" + b"|".join(NAMES) + rb")" + _attributes(_MAX_ATTRIBUTES) + rb"[ \t\r\n]*/>"
# A run of such elements straight after a tag and before the next one.
_UNREAD = re.compile(rb">(?:" + _ONE + rb")+(?=<)")


def slim(data: bytes) -> bytes:
    """``data`` without the unread elements, or ``data`` itself when the cut would not be
    exact (another prefix for the namespace, comments, CDATA, processing instructions,
    another encoding) or not worth it.

    Word writes the same few of these elements thousands of times, byte for byte (the
    same fonts and language on every run): the runs of them that repeat in the first
    ``_SAMPLE`` bytes are cut wherever they stand between two tags, by ``bytes.replace``,
    which is several times faster than a regular expression over the whole document.
    Bookmarks, each with its own id, go by a pattern that starts with a literal (quick to
    search for); anything else that does not repeat is left in, at the cost of parsing it."""
    root = W_DECLARED.match(data)
    if root is None:
        return data
    needles = _repeated(data[:_SAMPLE])
    if not needles or not _only_elements(data, root.end()):
        return data
    for needle in needles:
        data = data.replace(b">" + needle + b"<", b"><")
    if data.count(b"<w:bookmarkStart ", 0, _SAMPLE) >= _MIN_REPEATS:
        # Each bookmark has its own id, so none repeats byte for byte; a pattern that
        # starts with a literal is quick to search for.
        data = _BOOKMARKS.sub(b">", data)
    return data


def _repeated(sample: bytes) -> list[bytes]:
    counts: dict[bytes, int] = {}
    for match in _UNREAD.finditer(sample):
        run = match[0][1:]
        counts[run] = counts.get(run, 0) + 1
    return [needle for needle, count in counts.items() if count >= _MIN_REPEATS]


def _only_elements(data: bytes, start: int) -> bool:
    """No comment, CDATA section or processing instruction from ``start`` (inside the root
    element's start tag) on: places where the bytes of an element would not be one. ``!``
    and ``?`` are rare in a document, so looking for them (by ``memchr``) and then at the
    byte before is quicker than looking for ``<!`` and ``<?``."""
    for mark in (b"!", b"?"):
        at = data.find(mark, start)
        while at >= 0:
            if data[at - 1] == 0x3C:  # "<"
                return False
            at = data.find(mark, at + 1)
    return True


_BOOKMARKS = re.compile(
    rb'>(?:<w:bookmark(?:Start|End) w:id="[0-9]{1,10}"(?: w:name="[ !#-%\'-;=-~]*")?/>)+(?=<)'
)
# Each cut saves about 1.5 us of parsing and walking, each pass over a document costs some
# 0.6 us a kilobyte: a needle is worth its pass when it repeats every few kilobytes.
_SAMPLE = 16 * 1024
_MIN_REPEATS = 6


def parse_document(data: bytes, parser: Any) -> Any:
    """The tree of ``data`` without the unread elements. Raises ``XMLSyntaxError`` as
    parsing ``data`` itself does."""
    from lxml import etree

    cut = slim(data)
    if cut is data:
        return etree.fromstring(data, parser)
    try:
        return etree.fromstring(cut, parser)
    except etree.XMLSyntaxError:
        # Cutting keeps a well-formed document well-formed, so the file itself is damaged:
        # parse it as it is, for the parser's words (and positions) about it.
        return etree.fromstring(data, parser)
