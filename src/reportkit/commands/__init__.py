"""One module per ``reportkit`` subcommand (see ``reportkit.cli.COMMANDS``)."""

from __future__ import annotations

import sys


def fail(message: object) -> int:
    """Report a problem that stops the command, as one line on standard error
    (``reportkit: error: ...``, like argparse's own errors), and return exit status 2."""
    print(f"reportkit: error: {message}", file=sys.stderr)
    return 2
