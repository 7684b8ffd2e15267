"""``reportkit rules``: the catalogue."""

from __future__ import annotations

import argparse

HELP = "List every rule: code, name, default severity and what it checks."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    from reportkit.rules import RULES

    if args.format == "json":
        import json

        print(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "severity": r.severity.value,
                        "summary": r.summary,
                    }
                    for r in RULES
                ],
                indent=2,
            )
        )
        return 0
    width = max(len(r.name) for r in RULES)
    for rule in RULES:
        print(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}")
    return 0
