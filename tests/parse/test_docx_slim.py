"""Cutting the elements the Word reader never reads out of ``word/document.xml`` before the
parse changes nothing the reader sees: the same report from a document with Word's markup,
the same tree (less those elements) for any well-formed XML, and the same error for any
damaged one."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from docx_build import build_docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from reportkit.parse import Limits, docx_slim, read_report
from reportkit.parse.docx_slim import NAMES, parse_document, slim
from reportkit.parse.guard_docx import safe_xml_parser
from reportkit.spec import load_spec

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROOT = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
END = "</w:body></w:document>"
PARSER = safe_xml_parser(remove_comments=True)


def _doc(body: str) -> bytes:
    return (ROOT + body + END).encode()


def _wordify(path: Path, seed: int) -> None:
    """Word's own markup on every run: fonts, complex-script size and language in the run
    properties, proofing marks and bookmarks between runs."""
    w = f"{{{W}}}"
    rng = random.Random(seed)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for r in list(root.iter(f"{w}r")):
        rpr = r.find(f"{w}rPr")
        if rpr is None:
            rpr = etree.Element(f"{w}rPr")
            r.insert(0, rpr)
        fonts = etree.Element(f"{w}rFonts")
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(f"{w}{attr}", "Arial")
        rpr.insert(0, fonts)
        etree.SubElement(rpr, f"{w}szCs").set(f"{w}val", "24")
        etree.SubElement(rpr, f"{w}lang").set(f"{w}val", "en-GB")
        mark = etree.Element(f"{w}proofErr" if rng.random() < 0.5 else f"{w}bookmarkStart")
        mark.set(f"{w}type" if mark.tag.endswith("proofErr") else f"{w}id", "1")
        r.addprevious(mark)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


REPORT = {
    "properties": {"title": "Library review"},
    "header": "NOT FOR PUBLICATION",
    "body": [
        {"table": [["Report to:", "Cabinet"], ["Date of Meeting:", "4 March 2025"]]},
        {"heading": "Summary", "level": 1},
        {"text": "The review closes two branches.", "number": 1},
        {"text": "RECOMMENDATIONS", "bold": True, "number": 0},
        {"text": "Cabinet approves the review.", "number": 1, "comment": "Check wording"},
        {
            "runs": [
                {"text": "Costs "},
                {"text": "fall ", "insert": True},
                {"text": "rise", "delete": True},
            ]
        },
        {"text": "Kept from the public", "hidden": True},
        {"text": "Blacked out name", "highlight": "black"},
        {"table": [["Item", "2025/26"], ["Books", "£4k"]], "header": True},
        {"image": True},
        {"heading": "Legal Implications", "level": 1},
        {"text": "None.", "size": 1},
    ],
}


def test_a_report_with_word_s_markup_reads_the_same_with_and_without_the_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_docx(REPORT, tmp_path / "report.docx")
    _wordify(path, 1)
    data = zipfile.ZipFile(path).read("word/document.xml")
    assert len(slim(data)) < len(data) * 0.8
    spec = load_spec("default")
    cut = read_report(path, spec, Limits(max_seconds=0))
    monkeypatch.setattr(docx_slim, "slim", lambda data: data)
    whole = read_report(path, spec, Limits(max_seconds=0))
    assert cut.model_dump() == whole.model_dump()
    word = cut.report.word
    assert word is not None
    assert {m.kind for m in word.tracked_changes} == {"insertion", "deletion"}
    assert [m.text for m in word.hidden_text] == ["Kept from the public"]
    assert [m.text for m in word.weak_redactions] == ["Blacked out name", "None."]
    assert len(word.comments) == 1 and len(word.images_without_alt) == 1


def test_the_unread_elements_go_and_everything_else_stays() -> None:
    body = (
        '<w:p><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:rFonts w:ascii="Arial" '
        'w:hAnsi="Arial"/><w:b/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/>'
        '</w:rPr><w:t xml:space="preserve">Text </w:t></w:r><w:bookmarkStart w:id="0" '
        'w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>'
    )
    cut = slim(_doc(body * 40))
    assert cut.count(b"<w:") == _doc(body * 40).count(b"<w:") - 40 * 6
    assert b'<w:b/><w:sz w:val="24"/>' in cut and b"<w:t xml:space" in cut


@pytest.mark.parametrize(
    "element",
    [
        '<w:lang w:val="x" w:val="y"/>',  # the same attribute twice: ill-formed
        '<w:lang w:val="a&amp;b"/>',  # an entity in a value
        "<w:lang w:val='x'/>",  # single quotes
        '<w:lang w:val="x">',  # not empty
        '<w:lang xmlns:w="urn:other" w:val="x"/>',  # declares a namespace
        '<w:lang x:val="y"/>',  # an attribute in another namespace
        '<w:lang w:val="\u00e9"/>',  # beyond ASCII
    ],
)
def test_elements_that_could_be_ill_formed_or_different_are_left_alone(element: str) -> None:
    data = _doc(f"<w:p>{element * 200}</w:p>")
    assert slim(data).count(b"<w:lang") == 200


def test_elements_next_to_text_or_in_a_document_with_cdata_are_left_alone() -> None:
    beside_text = _doc('<w:p><w:t>a<w:proofErr w:type="x"/>b</w:t></w:p>' * 100)
    assert slim(beside_text).count(b"proofErr") == 100
    cdata = _doc('<w:p><w:proofErr w:type="x"/><w:t><![CDATA[x]]></w:t></w:p>' * 100)
    assert slim(cdata) is cdata
    other_prefix = (ROOT.replace("xmlns:w=", "xmlns:x=") + "<w:proofErr/>" * 100 + END).encode()
    assert slim(other_prefix) is other_prefix


def test_what_repeats_and_bookmarks_are_cut_and_comments_or_instructions_stop_the_cut() -> None:
    # A language of its own on each run does not repeat, so it stays; bookmarks each have
    # their own id too, but a pattern of their own finds them.
    body = "".join(
        f'<w:p><w:bookmarkStart w:id="{i}" w:name="b{i}"/><w:r><w:rPr><w:noProof/><w:b/>'
        f'<w:lang w:val="x{i}"/></w:rPr><w:t>x</w:t></w:r><w:bookmarkEnd w:id="{i}"/></w:p>'
        for i in range(50)
    )
    cut = slim(_doc(body))
    assert b"bookmark" not in cut and b"noProof" not in cut
    assert cut.count(b"<w:lang") == 50
    for stop in ("<!-- note -->", "<?pi x?>"):
        data = _doc(body.replace("</w:p>", f"{stop}</w:p>", 1))
        assert slim(data) is data


def test_a_damaged_document_gives_the_parser_s_own_error_about_the_file() -> None:
    data = _doc('<w:p><w:proofErr w:type="x"/><w:lang w:val="y"/>' * 100 + "<w:r></w:p>")
    assert slim(data) != data
    with pytest.raises(etree.XMLSyntaxError) as expected:
        etree.fromstring(data, PARSER)
    with pytest.raises(etree.XMLSyntaxError) as got:
        parse_document(data, PARSER)
    assert str(got.value) == str(expected.value)


# -- any XML ----------------------------------------------------------------------------------

_REMOVABLE = [name.decode() for name in NAMES]
_ATTRIBUTES = ['w:val="24"', 'w:val="x"', 'w:id="1"', 'w:name="_GoBack"', "w:val='q'",
               'w:val="a&amp;b"', 'x:y="1"', 'w:val="<"', 'w:val="&bad;"']  # fmt: skip
_TEXT = ["", "a", " ", "x y", "&amp;", "<", "]]>", "<![CDATA[z]]>", "<!-- c -->"]


@st.composite
def _element(draw: st.DrawFn, depth: int = 0) -> str:
    name = draw(st.sampled_from([*_REMOVABLE, "p", "r", "t", "sz", "rPr"]))
    attributes = draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3))
    space = draw(st.sampled_from([" ", "\n", "\x0c", "  "]))
    start = f"<w:{name}" + "".join(space + a for a in attributes)
    if depth >= 3 or draw(st.booleans()):
        return start + draw(st.sampled_from(["/>", " />", ">"]))
    children = draw(st.lists(st.one_of(st.sampled_from(_TEXT), _element(depth + 1)), max_size=4))
    return start + ">" + "".join(children) + f"</w:{name}>"


def _without_unread(root: etree._Element) -> bytes:
    """The tree less the unread elements that carry nothing: no children, text or tail
    (innermost first, so an unread element holding only unread ones goes too)."""
    for el in reversed(list(root.iter())):
        tag = el.tag if isinstance(el.tag, str) else ""
        if (
            tag.startswith(f"{{{W}}}")
            and tag.split("}")[1] in _REMOVABLE
            and not len(el)
            and not el.text
            and not el.tail
        ):
            el.getparent().remove(el)
    return etree.tostring(root)


@settings(max_examples=300, deadline=None)
@given(st.lists(_element(), min_size=1, max_size=6))
def test_any_xml_parses_to_the_same_tree_or_fails_with_the_same_error(
    elements: list[str],
) -> None:
    data = _doc("".join(elements) * 3)
    repeats = docx_slim._MIN_REPEATS
    try:
        docx_slim._MIN_REPEATS = 1  # cut whatever the sample holds, however rare
        try:
            expected = etree.fromstring(data, PARSER)
        except etree.XMLSyntaxError as exc:
            with pytest.raises(etree.XMLSyntaxError) as got:
                parse_document(data, PARSER)
            assert str(got.value) == str(exc)
            return
        assert _without_unread(parse_document(data, PARSER)) == _without_unread(expected)
    finally:
        docx_slim._MIN_REPEATS = repeats


def test_no_element_the_word_reader_reads_is_cut() -> None:
    """Reading one of the cut elements one day means taking it off ``NAMES`` first."""
    import ast

    parse_dir = Path(docx_slim.__file__).parent
    readers = [p for p in parse_dir.glob("*.py") if p.name.startswith(("docx", "header"))]
    readers += [parse_dir.parent / name for name in ("headings.py", "frontsheet.py", "derive.py")]
    literals = {
        node.value
        for path in readers
        if path.name != "docx_slim.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    # w:lang is read from styles.xml (the document's language); a run's own is never used.
    assert {name.decode() for name in NAMES} & literals == {"lang"}
