"""Whatever text arrives, the readers return a model (or, for Markdown front matter, an
InputError): never an unexpected exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportkit.parse import InputError
from reportkit.parse.markdown import read_text as read_markdown
from reportkit.parse.text import read_text as read_plain
from reportkit.spec import load_spec

SPEC = load_spec("default")
PIECES = st.sampled_from(
    [
        "Summary", "6. 0 FINANCIAL IMPLICATIONS:", "Report to:\tCabinet\tDate of Meeting:\t",
        "Is this a Key", "Decision:", "- (1) Note", "\f", "Page 3", "\t", "imple-", "mentation",
        "**", "## Legal", "---", "key_decision: [", "(including any Risk", ")", "Appendix A -",
        "Contact Officer:\t", "x@y.gov.uk", "01632 960 000", "", " ", "\n", "|a|b|\n|-|-|",
        "<!-- reportkit: disable=RK101 -->", "1.", "1.1", "A.", "(a)", "Exempt: Part II",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("\n".join)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_the_text_reader_reads_anything(text):
    result = read_plain(text, "x.txt", SPEC)
    for section in result.report.sections:
        assert section.location.line is not None
        assert section.level >= 1


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_the_markdown_reader_reads_anything_or_says_why_not(text):
    try:
        result = read_markdown(text, "x.md", SPEC)
    except InputError as err:
        assert str(err).startswith("x.md: ")
        assert "\n" not in str(err)
        return
    assert all(s.id for s in result.report.sections)
