"""Fresh-process timings of the commands a pre-commit hook or an officer runs on one file.

Builds, in a temporary folder, a ~3,000-word Markdown report (the ``build_bench`` generator)
and a ~3,000-6,000-word Word report with Word-like markup (the ``docx_bench`` generator),
then times each command in a new Python process, median of N runs, beside the baselines
``python -c pass`` and ``python -c "import pydantic"``.

Bytecode: an installed package has ``.pyc`` files, so by default every command runs once
to fill a bytecode cache in a temporary folder (``PYTHONPYCACHEPREFIX``), and the timed
runs use it, whatever ``PYTHONDONTWRITEBYTECODE`` says. ``--no-bytecode`` times the
compile-every-time case instead (a source checkout with bytecode writing turned off).

Targets: lint of one .md or .docx under 0.3 s; ``build`` of one report at most 3x pandoc.

    PYTHONPATH=src python bench/startup.py [--runs 11] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))


def run_times(
    cmd: list[str], env: dict[str, str], runs: int, cwd: Path
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU (user + system) seconds of each run. On a busy machine the CPU
    time is the steadier figure: it leaves out time spent waiting for a core."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, check=False)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per command (median)")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile sources on every run (no .pyc)"
    )
    args = parser.parse_args()

    import build_bench
    import docx_bench
    from docx_build import build_docx

    with tempfile.TemporaryDirectory(prefix="reportkit-startup-") as tmp:
        folder = Path(tmp)
        md = folder / "report.md"
        md.write_text(build_bench.make_report(random.Random(1), 3000), "utf-8")
        docx_path = build_docx(docx_bench.description(1), folder / "report.docx")
        docx_bench.wordify(docx_path, 1)
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        py = sys.executable
        rk = [py, "-m", "reportkit"]
        cases: list[tuple[str, list[str], str]] = [
            ("python -c pass", [py, "-c", "pass"], "baseline"),
            ("python -c 'import pydantic'", [py, "-c", "import pydantic"], "baseline"),
            ("reportkit lint report.md", [*rk, "lint", md.name], "< 300 ms"),
            ("reportkit lint report.docx", [*rk, "lint", docx_path.name], "< 300 ms"),
            ("reportkit inspect report.docx", [*rk, "inspect", docx_path.name], ""),
            ("reportkit build report.md", [*rk, "build", md.name, "-o", "out.docx", "--force"],
             "<= 3x pandoc"),
        ]  # fmt: skip
        pandoc = shutil.which("pandoc")
        if pandoc:
            cases.append(("pandoc report.md -o p.docx", [pandoc, md.name, "-o", "p.docx"], ""))
        for _, cmd, _ in cases:  # warm the bytecode cache and the file system cache
            subprocess.run(cmd, env=env, cwd=folder, capture_output=True, check=False)
        load = os.getloadavg()
        words_md = len(md.read_text("utf-8").split())
        print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
        print(f"inputs: report.md ~{words_md} words; report.docx ~3,000-6,000 words (Word-like)")
        print(f"bytecode: {'none (compiled every run)' if args.no_bytecode else 'cached .pyc'}")
        print(f"{args.runs} fresh processes each; milliseconds:")
        print(f"  {'command':31} median (+pass)  min   cpu   target")
        results: dict[str, float] = {}
        for label, cmd, target in cases:
            wall, cpu = run_times(cmd, env, args.runs, folder)
            t = statistics.median(wall)
            base = results.get("python -c pass")
            extra = f" +{(t - base) * 1000:3.0f}" if base else " " * 4
            results[label] = t
            print(
                f"  {label:31} {t * 1000:4.0f}{extra} {min(wall) * 1000:5.0f} "
                f"{statistics.median(cpu) * 1000:5.0f}   {target}"
            )
        if pandoc:
            ratio = results["reportkit build report.md"] / results["pandoc report.md -o p.docx"]
            print(f"build / pandoc: {ratio:.2f} (target <= 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
