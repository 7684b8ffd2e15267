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
* never in a document with CDATA sections, the one place such bytes could be text.

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
    exact (another prefix for the namespace, CDATA, another encoding) or not worth it."""
    if not _worth_cutting(data) or b"<![CDATA[" in data or not W_DECLARED.match(data):
        return data
    return _UNREAD.sub(b">", data)


def _worth_cutting(data: bytes) -> bool:
    # The search costs about 5 us a kilobyte and each element cut saves about 0.8 us of
    # parsing and walking: worth it from some 6 a kilobyte (Word writes 10-15; python-docx
    # and pandoc none). Judged on a sample, as only speed depends on it.
    sample = data[:_SAMPLE]
    found = sum(sample.count(b"<w:" + name) for name in _COMMON)
    return found * 1024 >= 6 * len(sample)


_SAMPLE = 64 * 1024
_COMMON = (b"rFonts", b"szCs", b"lang", b"proofErr", b"bookmark")


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
