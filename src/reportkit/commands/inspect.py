"""``reportkit inspect FILE``: what the reader understood, to debug a spec or a reader."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reportkit.parse import ReadResult

HELP = "Show what reportkit read from a report: metadata, sections, recommendations."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--spec", help="spec name or path")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--config", help="config file (pyproject.toml or reportkit.toml)")


def document(result: ReadResult) -> dict[str, Any]:
    """The ``inspect --format json`` shape (docs/json.md)."""
    report = result.report
    meta = report.metadata.model_dump(mode="json", exclude={"fields"})
    meta["fields"] = {
        key: {
            "label": f.label,
            "value": f.value,
            "line": f.location.line,
            "paragraph": f.location.paragraph,
        }
        for key, f in report.metadata.fields.items()
    }
    return {
        "version": 1,
        "path": report.path,
        "format": report.format,
        "metadata": meta,
        "sections": [
            {
                "id": s.id,
                "heading": s.heading,
                "number": s.number,
                "level": s.level,
                "line": s.location.line,
                "paragraph": s.location.paragraph,
                "matched_by": s.matched_by,
                "covers": list(s.covers),
            }
            for s in report.sections
        ],
        "recommendations": [
            {
                "number": r.number,
                "text": r.text,
                "line": r.location.line,
                "paragraph": r.location.paragraph,
            }
            for r in report.recommendations
        ],
        "appendices": [
            {"label": a.label, "title": a.title, "exempt": a.exempt} for a in report.appendices
        ],
        "contact_officer": (
            report.contact_officer.model_dump(mode="json", exclude={"location"})
            if report.contact_officer
            else None
        ),
        "messages": [
            {
                "level": m.level,
                "text": m.text,
                "line": m.location.line if m.location else None,
                "paragraph": m.location.paragraph if m.location else None,
            }
            for m in result.messages
        ],
    }


def _text(doc: dict[str, Any]) -> str:
    lines = [f"{doc['path']} ({doc['format']})", "", "Metadata:"]
    for key, value in doc["metadata"].items():
        if key != "fields" and value not in (None, [], ""):
            lines.append(f"  {key}: {value}")
    lines += ["", "Sections:"]
    for s in doc["sections"]:
        where = f"line {s['line']}" if s["line"] else f"¶{s['paragraph']}"
        number = f"{s['number']} " if s["number"] else ""
        covers = f" (+ {', '.join(s['covers'])})" if s["covers"] else ""
        indent = "  " * s["level"]
        lines.append(
            f"{indent}{s['id']}{covers}: {number}{s['heading']!r} at {where} [{s['matched_by']}]"
        )
    if doc["recommendations"]:
        lines += ["", "Recommendations:"]
        lines += [f"  {r['number'] or '-'} {r['text']}" for r in doc["recommendations"]]
    if doc["appendices"]:
        lines += ["", "Appendices:"]
        lines += [
            f"  {a['label']}: {a['title']}{' (exempt)' if a['exempt'] else ''}"
            for a in doc["appendices"]
        ]
    if doc["contact_officer"]:
        officer = ", ".join(v for v in doc["contact_officer"].values() if v)
        lines += ["", f"Contact officer: {officer}"]
    if doc["messages"]:
        lines += ["", "Messages:"]
        for m in doc["messages"]:
            where = f"line {m['line']}: " if m["line"] else ""
            lines.append(f"  {m['level']}: {where}{m['text']}")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from reportkit.commands import fail
    from reportkit.config import ConfigError, config_for
    from reportkit.parse import InputError, read_report
    from reportkit.spec import SpecError, load_spec

    path = Path(args.file)
    try:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        config = config_for(path, Path(args.config) if args.config else None)
        spec = load_spec(args.spec or config.spec or "default", config.spec_paths())
        result = read_report(path, spec, config.limits)
    except (InputError, SpecError, ConfigError) as exc:
        return fail(exc)
    except Exception as exc:
        return fail(f"{path}: could not be read ({type(exc).__name__}: {exc})")
    doc = document(result)
    if args.format == "json":
        sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(_text(doc))
    return 0
