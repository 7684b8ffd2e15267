"""Benchmark ``reportkit build`` against ``pandoc --reference-doc`` on the same Markdown.

Generates ~3,000-word reports in a temporary folder, then measures:
1. a folder of N reports built by ONE ``reportkit build`` call vs pandoc once per file
   (seconds per report, and the ratio);
2. one report built in a fresh process vs one pandoc call (best of several runs).
Targets: (1) reportkit per-report <= pandoc; (2) reportkit <= 3x pandoc.

    PYTHONPATH=src python bench/build_bench.py [--reports 100] [--words 3000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SECTIONS = [
    "Summary",
    "Recommendation(s)",
    "Reasons for the Recommendation(s)",
    "Alternative Options Considered and Rejected",
    "Financial Implications",
    "Legal Implications",
    "Equality Implications",
    "Climate Emergency Implications",
    "Risk Implications",
    "Consultation",
    "Contact Officer",
    "Background Papers",
    "Introduction and Background",
    "Proposals",
    "Next Steps",
]
_TEXT = (
    "the council will review services across the borough and consult residents businesses "
    "partners and ward members on proposals to improve outcomes within the agreed budget "
    "while meeting statutory duties and reporting progress to cabinet each quarter"
)
WORDS = re.findall(r"\w+", _TEXT)


def make_report(rng: random.Random, words: int) -> str:
    head = (
        "---\ncommittee: Cabinet\nmeeting_date: 2024-03-07\ntitle: Service Review\n"
        "report_of: Executive Director of Place\nwards: All Wards\nportfolio: Communities\n"
        'key_decision: true\nforward_plan: true\nexempt: "No"\n---\n'
    )
    parts, count = [head], 0
    per_section = words // len(SECTIONS)
    for title in SECTIONS:
        parts.append(f"\n## {title}\n")
        written = 0
        while written < per_section:
            n = rng.randint(40, 90)
            text = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()
            if rng.random() < 0.2:
                parts.append("\n" + "\n".join(f"- {text[:60]}" for _ in range(3)) + "\n")
            else:
                parts.append(f"\n{text}, with **emphasis** and a [link](https://example.org).\n")
            written += n
        count += written
    return "".join(parts)


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--words", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=5, help="runs for the single-report case")
    args = parser.parse_args()
    if shutil.which("pandoc") is None:
        print("pandoc is not installed; nothing to compare with")
        return 1
    src_dir = Path(__file__).resolve().parents[1] / "src"
    env = dict(os.environ, PYTHONPATH=str(src_dir))
    reportkit = [sys.executable, "-m", "reportkit", "build"]
    rng = random.Random(20240307)
    with tempfile.TemporaryDirectory(prefix="reportkit-bench-") as tmp:
        root = Path(tmp)
        folder = root / "reports"
        folder.mkdir()
        for i in range(args.reports):
            (folder / f"report-{i:03d}.md").write_text(make_report(rng, args.words), "utf-8")
        words = len((folder / "report-000.md").read_text("utf-8").split())
        reference = root / "reference.docx"
        subprocess.run(
            ["pandoc", "-o", str(reference), "--print-default-data-file", "reference.docx"],
            check=True,
            capture_output=True,
        )

        rk_folder = timed([*reportkit, str(folder), "-o", str(root / "rk-out")], env)
        pandoc_out = root / "pandoc-out"
        pandoc_out.mkdir()
        start = time.perf_counter()
        for md in sorted(folder.glob("*.md")):
            subprocess.run(
                [
                    "pandoc",
                    str(md),
                    "-o",
                    str(pandoc_out / f"{md.stem}.docx"),
                    f"--reference-doc={reference}",
                ],
                check=True,
                capture_output=True,
            )
        pandoc_folder = time.perf_counter() - start

        one = folder / "report-000.md"
        rk_single = min(
            timed([*reportkit, str(one), "-o", str(root / f"one-{i}.docx")], env)
            for i in range(args.repeat)
        )
        pandoc_single = min(
            timed(
                [
                    "pandoc",
                    str(one),
                    "-o",
                    str(root / f"p-{i}.docx"),
                    f"--reference-doc={reference}",
                ]
            )
            for i in range(args.repeat)
        )

    n = args.reports
    print(f"reports: {n} x ~{words} words (front matter included)")
    print(
        f"folder:  reportkit one call {rk_folder:.2f} s = {rk_folder / n * 1000:.1f} ms/report; "
        f"pandoc one call per file {pandoc_folder:.2f} s = "
        f"{pandoc_folder / n * 1000:.1f} ms/report; "
        f"ratio {rk_folder / pandoc_folder:.2f} (target <= 1)"
    )
    print(
        f"single:  reportkit fresh process {rk_single * 1000:.0f} ms; "
        f"pandoc {pandoc_single * 1000:.0f} ms; ratio {rk_single / pandoc_single:.2f} "
        f"(target <= 3; best of {args.repeat})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
