"""The body walk of the Word reader on hand-written ``w:body`` XML: text as printed, the
run formats a paragraph is judged by, and automatic numbers."""

from __future__ import annotations

from xml.sax.saxutils import escape

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reportkit.parse.docx_body import BodyWalker, Para
from reportkit.parse.docx_numbering import Numbering
from reportkit.parse.docx_styles import StyleSheet

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def walk(body: str, numbering: str | None = None) -> list[Para]:
    root = etree.fromstring(f'<w:body xmlns:w="{W}">{body}</w:body>')
    nums = etree.fromstring(f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>')
    walker = BodyWalker("x.docx", StyleSheet(None), Numbering(nums if numbering else None), 3)
    items = walker.walk(root)
    assert all(isinstance(item, Para) for item in items)
    return [item for item in items if isinstance(item, Para)]


def run(text: str, rpr: str = "") -> str:
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'{props}<w:t xml:space="preserve">{escape(text)}</w:t>'.join(("<w:r>", "</w:r>"))


# Ordinary characters and the white space Word documents hold: spaces, no-break and em
# spaces, a line separator, tabs (a paragraph with a tab keeps its inner spacing).
_TEXT = st.lists(st.text(alphabet="ab .\u00a0\u2003\u2028\t", max_size=8), min_size=1, max_size=5)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_paragraph_text_has_its_white_space_normalised_as_printed(texts: list[str]) -> None:
    (para,) = walk("<w:p>" + "".join(run(t) for t in texts) + "</w:p>")
    raw = "".join(texts).replace("\u00a0", " ")
    assert para.raw == raw
    assert para.text == (raw.strip() if "\t" in raw else " ".join(raw.split()))


def test_text_already_normal_is_kept_as_it_is() -> None:
    (para,) = walk("<w:p>" + run("Cabinet ") + run("approves the budget.") + "</w:p>")
    assert para.text == para.raw == "Cabinet approves the budget."


def test_one_format_throughout_gives_the_paragraph_that_format() -> None:
    bold = '<w:b/><w:sz w:val="28"/><w:caps/>'
    (para,) = walk("<w:p>" + run("FINANCIAL ", bold) + run("IMPLICATIONS", bold) + "</w:p>")
    assert (para.bold, para.caps, para.size, para.has_text_runs) == (True, True, 28, True)


def test_mixed_formats_are_bold_only_when_all_runs_are_and_take_the_largest_size() -> None:
    (para,) = walk(
        "<w:p>"
        + run("Legal ", '<w:b/><w:sz w:val="24"/>')
        + run("   ", '<w:sz w:val="40"/>')  # white space alone does not count
        + run("Implications", '<w:b/><w:sz w:val="32"/>')
        + "</w:p>"
    )
    assert (para.bold, para.caps, para.size) == (True, False, 32)
    (para,) = walk("<w:p>" + run("Legal ", "<w:b/>") + run("Implications") + "</w:p>")
    assert (para.bold, para.size) == (False, None)


def test_a_paragraph_of_white_space_has_no_text_runs_or_format() -> None:
    (para,) = walk("<w:p>" + run("  ", "<w:b/>") + "</w:p>")
    assert (para.text, para.has_text_runs, para.bold, para.size) == ("", False, False, None)


NUMBERING = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
    <w:lvlText w:val="*"/></w:lvl>
</w:abstractNum>
<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>
"""


def numbered(text: str, ilvl: int, num_id: str = "4") -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/>'
        f"</w:numPr></w:pPr>{run(text)}</w:p>"
    )


def test_numbered_paragraphs_get_word_s_numbers_and_bullets_are_list_items() -> None:
    paras = walk(
        numbered("First", 0)
        + numbered("a point", 1)
        + numbered("Second", 0)
        # A list the numbering part does not define: a list item without a number.
        + numbered("Lost", 0, num_id="9"),
        NUMBERING,
    )
    shown = [(p.text, p.number, p.list_item) for p in paras]
    assert shown == [
        ("First", "1.", False),
        ("a point", None, True),
        ("Second", "2.", False),
        ("Lost", None, True),
    ]
