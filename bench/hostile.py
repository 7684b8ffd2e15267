"""How fast reportkit refuses hostile input: builds the test corpus in a temporary folder and
prints, for each file, the time to refuse it and the message. Run:

    PYTHONPATH=src:tests/hostile python bench/hostile.py
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "hostile"))

from hostile_corpus import build_corpus

from reportkit.parse import InputError, read_report
from reportkit.spec import Spec


def main() -> None:
    spec = Spec(name="bench")
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        corpus = build_corpus(Path(folder))
        print(f"built {len(corpus)} hostile files in {time.perf_counter() - started:.2f} s")
        total = 0.0
        for name in corpus:
            started = time.perf_counter()
            try:
                read_report(Path(folder) / name, spec)
                outcome = "READ (unexpected)"
            except InputError as exc:
                outcome = str(exc).replace(folder + "/", "")
            elapsed = time.perf_counter() - started
            total += elapsed
            print(f"{elapsed * 1000:8.1f} ms  {outcome}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"total {total * 1000:.1f} ms; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
