"""Round trip: Markdown -> Word -> model gives the same sections, metadata and findings as
the Markdown did (mdformat's ``is_md_equal`` idea, applied across formats)."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportkit.model import Report
from reportkit.parse import read_report
from reportkit.render.build import build_file, options_for
from reportkit.render.scaffold import render_scaffold
from reportkit.spec import available_specs, load_spec

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "examples").glob("**/*.md")) if (REPO / "examples").is_dir() else []


META_FIELDS = (
    "committee",
    "meeting_date",
    "title",
    "report_of",
    "wards",
    "portfolio",
    "key_decision",
    "forward_plan",
    "exempt",
    "exempt_parts",
    "exempt_paragraphs",
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def shape(report: Report) -> dict[str, Any]:
    """What must survive the trip: sections (id, heading, level, block texts), metadata,
    recommendations. Locations and layout-only differences (soft line breaks) are not."""
    # Levels relative to the top one: "##" sections with no "#" title are level 2 in the
    # Markdown reader but Heading 1 in Word.
    top = min((s.level for s in report.sections), default=1)
    return {
        "sections": [
            (
                s.id,
                _norm(s.heading),
                s.level - top + 1,
                [_norm(b.text) for b in s.blocks if b.text.strip()],
            )
            for s in report.sections
        ],
        "metadata": {f: getattr(report.metadata, f) for f in META_FIELDS},
        "recommendations": [_norm(r.text) for r in report.recommendations],
    }


def findings_key(path: Path, spec_name: str) -> list[tuple[str, str | None]]:
    """(code, section) of every finding: the engine's, plus those of rule modules the
    registry on this branch does not list yet (so the whole catalogue is held to the trip)."""
    import pkgutil

    import reportkit.rules as rules_pkg
    from reportkit.lint import lint_report
    from reportkit.rules import RULES

    spec = load_spec(spec_name)
    report = read_report(path, spec).report
    out = [(f.code, f.section) for f in lint_report(report, spec)]
    registered = {r.code for r in RULES}
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        rule = getattr(importlib.import_module(f"reportkit.rules.{info.name}"), "RULE", None)
        if rule is None or rule.code in registered:
            continue
        options = rule.options.model_validate(spec.rule_options(rule.name))
        out.extend((rule.code, hit.section) for hit in rule.check(report, spec, options))
    return sorted(out, key=str)


def build(src: Path, spec_name: str = "default") -> Path:
    out = src.with_suffix(".docx")
    build_file(src, out, options_for(load_spec(spec_name), force=True))
    return out


def assert_same(src: Path, spec_name: str = "default") -> None:
    out = build(src, spec_name)
    spec = load_spec(spec_name)
    md = read_report(src, spec).report
    word = read_report(out, spec).report
    assert shape(word) == shape(md)
    assert findings_key(out, spec_name) == findings_key(src, spec_name)


def test_the_sample_report_survives_the_trip_to_word(sample_md: Path) -> None:
    assert_same(sample_md)


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_survives_the_trip_to_word(example: Path, tmp_path: Path) -> None:
    src = tmp_path / example.name
    src.write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    assert_same(src)


@pytest.mark.parametrize("spec_name", sorted(available_specs()))
def test_a_new_draft_survives_the_trip_to_word(spec_name: str, tmp_path: Path) -> None:
    src = tmp_path / "draft.md"
    src.write_text(render_scaffold(load_spec(spec_name), "Parking Charges"), encoding="utf-8")
    assert_same(src, spec_name)


# -- generated reports --------------------------------------------------------------------------

_SECTIONS = [
    ("summary", "Summary"),
    ("recommendations", "Recommendations"),
    ("reasons", "Reasons for the Recommendations"),
    ("alternative_options", "Alternative Options Considered and Rejected"),
    ("financial", "Financial Implications"),
    ("legal", "Legal Implications"),
    ("equality", "Equality Implications"),
    ("climate", "Climate Emergency Implications"),
    ("risk", "Risk Implications"),
    ("consultation", "Consultation"),
    ("contact_officer", "Contact Officer"),
    ("background_papers", "Background Papers"),
    ("background", "Background"),
]
_WORDS = re.findall(
    r"\w+",
    "the council will review parking charges in the town centre and report the results to "
    "members after consultation with residents businesses and ward councillors",
)

sentence = st.lists(st.sampled_from(_WORDS), min_size=4, max_size=14).map(
    lambda words: " ".join(words).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
block = st.one_of(
    paragraph.map(lambda p: ("p", p)),
    st.lists(sentence, min_size=1, max_size=3).map(lambda items: ("ul", items)),
    st.lists(sentence, min_size=1, max_size=3).map(lambda items: ("ol", items)),
)
section = st.tuples(st.sampled_from(_SECTIONS), st.lists(block, min_size=1, max_size=3))
metadata = st.fixed_dictionaries(
    {
        "committee": st.sampled_from(["Cabinet", "Executive Board", "Planning Committee"]),
        "meeting_date": st.dates(
            min_value=__import__("datetime").date(2020, 1, 1),
            max_value=__import__("datetime").date(2030, 12, 31),
        ),
        "title": st.sampled_from(["Parking Charges", "Library Review", "Budget 2025/26"]),
        "report_of": st.sampled_from(["Executive Director of Place", "Chief Executive"]),
        "key_decision": st.booleans(),
        "forward_plan": st.booleans(),
        "exempt": st.sampled_from(["No", "whole", "part"]),
    }
)


def _markdown(meta: dict[str, Any], sections: list[Any]) -> str:
    lines = ["---"]
    for key, value in meta.items():
        if key == "exempt" and value != "No":
            lines += [f"exempt: {value}", "exempt_paragraphs: [3]"]
            if value == "part":
                lines.append("exempt_parts: [Appendix A]")
            continue
        shown = value.isoformat() if hasattr(value, "isoformat") else value
        lines.append(f"{key}: {str(shown).lower() if isinstance(value, bool) else shown!r}")
    lines += ["---", ""]
    seen = set()
    for (sid, title), blocks in sections:
        if sid in seen:
            continue
        seen.add(sid)
        lines += [f"## {title}", ""]
        for kind, content in blocks:
            if kind == "p":
                lines += [content, ""]
            else:
                marker = "-" if kind == "ul" else "1."
                lines += [f"{marker} {item}" for item in content] + [""]
    return "\n".join(lines)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(meta=metadata, sections=st.lists(section, min_size=1, max_size=6))
def test_generated_reports_survive_the_trip_to_word(
    meta: dict[str, Any], sections: list[Any], tmp_path: Path
) -> None:
    src = tmp_path / "generated.md"
    src.write_text(_markdown(meta, sections), encoding="utf-8")
    assert_same(src)
    assert re.search(r"\S", src.read_text(encoding="utf-8"))
