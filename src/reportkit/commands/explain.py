"""``reportkit explain CODE_OR_NAME``"""

from __future__ import annotations

import argparse

from reportkit.commands import fail

HELP = "Explain a rule: why it matters, a bad and a good example, its options."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("rule", metavar="CODE_OR_NAME")


def run(args: argparse.Namespace) -> int:
    from reportkit.rules import UnknownRuleError, get_rule

    try:
        rule = get_rule(args.rule)
    except UnknownRuleError as exc:
        return fail(exc)
    print(rule.explain())
    return 0
