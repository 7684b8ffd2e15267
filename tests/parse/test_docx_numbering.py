"""Word's automatic numbering: the number shown, as Word computes it."""

from __future__ import annotations

from lxml import etree

from reportkit.parse.docx_numbering import Numbering, format_number

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbering(body: str) -> Numbering:
    return Numbering(etree.fromstring(f'<w:numbering xmlns:w="{W}">{body}</w:numbering>'))


ABSTRACT = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.0"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/>
    <w:lvlText w:val="%4."/></w:lvl>
</w:abstractNum>
"""


def test_multi_level_numbers_follow_the_level_templates_and_restart_lower_levels() -> None:
    n = numbering(ABSTRACT + '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>')
    shown = [n.next("5", lvl) for lvl in (0, 1, 1, 2, 2, 0, 1, 2)]
    assert shown == ["1.0", "1.1", "1.2", "(a)", "(b)", "2.0", "2.1", "(a)"]


def test_start_values_and_roman_formats_are_honoured() -> None:
    n = numbering(ABSTRACT + '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>')
    n.next("5", 0)
    assert [n.next("5", 3) for _ in range(3)] == ["IV.", "V.", "VI."]


def test_instances_of_one_abstract_share_counters_unless_a_start_override_restarts() -> None:
    n = numbering(
        ABSTRACT
        + '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="7"><w:abstractNumId w:val="1"/>'
        + '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>'
    )
    assert n.next("5", 0) == "1.0"
    assert n.next("6", 0) == "2.0"
    assert n.next("7", 0) == "7.0"
    assert n.next("7", 1) == "7.1"


def test_bullets_and_num_id_zero_have_no_number() -> None:
    n = numbering(
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="*"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    )
    assert n.next("3", 0) is None
    assert n.next("0", 0) is None
    assert n.next("99", 0) is None


def test_number_formats_cover_letters_beyond_z_and_romans() -> None:
    assert format_number(27, "lowerLetter") == "aa"
    assert format_number(14, "lowerRoman") == "xiv"
    assert format_number(3, "decimalZero") == "03"
