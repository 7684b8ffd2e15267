"""``reportkit completion bash|zsh|fish``"""

from __future__ import annotations

import argparse
import sys

HELP = "Print a shell completion script (bash, zsh or fish) made from reportkit's own parser."

SHELLS = ("bash", "zsh", "fish")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete in")


def run(args: argparse.Namespace) -> int:
    from reportkit.cli import build_parser
    from reportkit.completion import script

    parser = build_parser()
    sys.stdout.write(script(parser, args.shell, prog=parser.prog))
    return 0
