"""The whole corpus, plus a 50 MB text file, is refused within bounded memory and time: a
child process under a 1 GiB address-space limit reads every file and reports what happened."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import build_corpus

SRC = Path(__file__).resolve().parents[2] / "src"
HERE = Path(__file__).resolve().parent
ADDRESS_SPACE = 1024**3

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from reportkit.parse import InputError, read_report
from reportkit.parse.guard import ReaderBug
from reportkit.spec import Spec

out = []
for name in sys.argv[1:]:
    started = time.monotonic()
    try:
        read_report(Path(name), Spec(name="test"))
        outcome = "read"
    except ReaderBug as exc:
        outcome = "bug: " + str(exc)
    except InputError as exc:
        outcome = "refused: " + str(exc)
    out.append({"file": name, "outcome": outcome, "seconds": time.monotonic() - started})
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"files": out, "peak_bytes": peak}))
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="no RLIMIT_AS on this system")
def test_the_corpus_is_refused_in_bounded_memory_and_time(tmp_path: Path) -> None:
    corpus = build_corpus(tmp_path)
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.write(b"Council agrees the budget.\n" * (2 * 1024 * 1024))
    files = [str(tmp_path / name) for name in corpus] + [str(huge)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *files],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=_limit_memory,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    report = json.loads(done.stdout)
    for entry in report["files"]:
        assert entry["outcome"].startswith("refused: "), entry
        assert entry["seconds"] < 5, entry
    assert report["peak_bytes"] < 512 * 1024**2
