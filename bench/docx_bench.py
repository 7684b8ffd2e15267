"""How fast reportkit reads and lints Word reports.

Builds a corpus of realistic reports (3,000-6,000 words, a header table, body tables,
multi-level automatic numbering) in a temporary folder and prints:

* one-file lint in a fresh process (``python -m reportkit lint x.docx``), as a pre-commit
  hook runs it;
* folder throughput in reports/second over 500 files on all cores (multiprocessing);
* the floor: unzip and parse ``word/document.xml`` with lxml alone, same parallelism;
* for comparison, python-docx opening each file and reading every paragraph's style.

Targets: folder throughput within 3x of the lxml floor; one-file lint under 0.3 s.

    PYTHONPATH=src python bench/docx_bench.py [--files 500] [--procs 2]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

WORDS = (  # noqa: SIM905
    "the council will review service delivery budget residents ward capital revenue "
    "programme contract cabinet officer approve proposal library highways housing "
    "consultation funding partnership strategy risk assessment community school care "
    "support transport planning investment report members decision savings year"
).split()
SECTIONS = [
    "SUMMARY", "RECOMMENDATIONS", "REASONS FOR THE RECOMMENDATIONS",
    "ALTERNATIVE OPTIONS CONSIDERED", "BACKGROUND", "FINANCIAL IMPLICATIONS",
    "LEGAL IMPLICATIONS", "EQUALITY IMPLICATIONS", "CLIMATE EMERGENCY IMPLICATIONS",
    "RISK MANAGEMENT", "CONSULTATION", "CONTACT OFFICER", "BACKGROUND PAPERS",
]  # fmt: skip


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def description(seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    body: list[Any] = [
        {"table": [["Report to:", "Cabinet", "Date of Meeting:", "4 January 2024"],
                   ["Subject:", f"Service review {seed}", "Report of:", "Director of Place"],
                   ["Key Decision:", "Yes", "Included in Forward Plan:", "Yes"],
                   ["Exempt / Confidential Report:", "No", "Wards Affected:", "All"]]},
    ]  # fmt: skip
    target = rng.randint(3000, 6000)
    words = 0
    while words < target:
        for title in SECTIONS:
            body.append({"text": title, "number": 0, "bold": True})
            for _ in range(rng.randint(2, 6)):
                text = " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
                words += len(text.split())
                body.append({"text": text, "number": 1})
                if rng.random() < 0.2:
                    body.append({"text": sentence(rng), "number": 2})
            if rng.random() < 0.3:
                body.append({
                    "table": [["Item", "2024/25", "2025/26"]]
                    + [[rng.choice(WORDS), f"£{rng.randint(1, 900)}k", f"£{rng.randint(1, 900)}k"]
                       for _ in range(rng.randint(3, 8))],
                    "header": rng.random() < 0.5,
                })  # fmt: skip
            if words >= target:
                break
    return {"properties": {"title": f"Service review {seed}"}, "language": "en-GB", "body": body}


def wordify(path: Path, seed: int) -> None:
    """Give document.xml the markup Word itself writes: revision ids on every paragraph and
    run, explicit fonts and sizes on every run, runs split where editing sessions and the
    spell checker split them, proofing marks and bookmarks. python-docx writes none of this,
    so without it the corpus is leaner than real reports."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    rng = random.Random(seed)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    for p in root.iter(f"{w}p"):
        for attr in ("rsidR", "rsidRDefault", "rsidP", "rsidRPr"):
            p.set(f"{w}{attr}", f"00{rng.randrange(16**6):06X}")
        for r in list(p.iter(f"{w}r")):
            t = r.find(f"{w}t")
            rpr = r.find(f"{w}rPr")
            if rpr is None:
                rpr = etree.SubElement(r, f"{w}rPr")
                r.remove(rpr)
                r.insert(0, rpr)
            fonts = etree.SubElement(rpr, f"{w}rFonts")
            for attr in ("ascii", "hAnsi", "cs"):
                fonts.set(f"{w}{attr}", "Arial")
            for tag in ("sz", "szCs"):
                etree.SubElement(rpr, f"{w}{tag}").set(f"{w}val", "24")
            etree.SubElement(rpr, f"{w}lang").set(f"{w}val", "en-GB")
            r.set(f"{w}rsidR", f"00{rng.randrange(16**6):06X}")
            if t is None or not t.text or len(t.text.split()) < 8:
                continue
            words = t.text.split(" ")
            parent, at = r.getparent(), r.getparent().index(r)
            chunks = [" ".join(words[i : i + 6]) for i in range(0, len(words), 6)]
            t.text = chunks[0] + " "
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            for n, chunk in enumerate(chunks[1:], 1):
                clone = etree.fromstring(etree.tostring(r))
                clone.find(f"{w}t").text = chunk + (" " if n < len(chunks) - 1 else "")
                clone.set(f"{w}rsidR", f"00{rng.randrange(16**6):06X}")
                if rng.random() < 0.1:
                    parent.insert(at + 2 * n - 1, etree.Element(f"{w}proofErr"))
                else:
                    mark = etree.Element(f"{w}bookmarkStart")
                    mark.set(f"{w}id", str(rng.randrange(10**6)))
                    mark.set(f"{w}name", "_GoBack")
                    parent.insert(at + 2 * n - 1, mark)
                parent.insert(at + 2 * n, clone)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def build_corpus(folder: Path, count: int, word_like: bool) -> list[Path]:
    from docx_build import build_docx

    bases = [build_docx(description(i), folder / f"base{i}.docx") for i in range(10)]
    if word_like:
        for i, base in enumerate(bases):
            wordify(base, i)
    paths = []
    for i in range(count):
        target = folder / f"report{i:04d}.docx"
        shutil.copyfile(bases[i % len(bases)], target)
        paths.append(target)
    return paths


# -- workers (top level so multiprocessing can pickle them) ---------------------------------


def lint_one(path: str) -> int:
    """What the CLI does for each file: find its config, read it, run the rules."""
    from reportkit.lint import lint_file

    result = lint_file(path)
    assert result.error is None, result.error
    return len(result.findings)


def lxml_floor(path: str) -> int:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"), parser)
    return len(root)


def python_docx_styles(path: str) -> int:
    import docx

    document = docx.Document(path)
    return sum(1 for p in document.paragraphs if p.style is not None and p.style.name)


def per_report_costs(paths: list[str]) -> None:
    """Where one process spends its time on a report: reading, and each rule (mean ms)."""
    from reportkit.lint import rule_options, selected_rules
    from reportkit.parse import read_report
    from reportkit.spec import load_spec
    from reportkit.text_utils import report_scope

    spec = load_spec("default")
    read_total = 0.0
    per_rule: dict[str, float] = {}
    for path in paths:
        start = time.perf_counter()
        report = read_report(Path(path), spec).report
        read_total += time.perf_counter() - start
        with report_scope(report):  # as lint_report runs them: sharing the report's text
            for rule in selected_rules():
                if rule.formats and report.format not in rule.formats:
                    continue
                options = rule_options(rule, spec, None)
                start = time.perf_counter()
                list(rule.check(report, spec, options))
                per_rule[rule.name] = per_rule.get(rule.name, 0.0) + time.perf_counter() - start
    n = len(paths)
    rules_ms = sum(per_rule.values()) / n * 1000
    print(f"one process, per report: read {read_total / n * 1000:.1f} ms, "
          f"all rules {rules_ms:.1f} ms; costliest rules:")  # fmt: skip
    for name, total in sorted(per_rule.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name:28} {total / n * 1000:5.2f} ms")


def throughput(fn: Any, paths: list[str], procs: int) -> float:
    start = time.perf_counter()
    with Pool(procs) as pool:
        list(pool.imap_unordered(fn, paths, chunksize=8))
    return len(paths) / (time.perf_counter() - start)


def fresh_process(path: Path, runs: int = 7) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "reportkit", "lint", str(path)]
    label = "python -m reportkit lint x.docx"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, cwd=path.parent)
        times.append(time.perf_counter() - start)
    return statistics.median(times), label


def cli_folder(folder: Path, count: int) -> float:
    """``reportkit lint <folder>`` as a user runs it (start-up, pool and output included)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reportkit", "lint", str(folder)], env=env,
                   capture_output=True, cwd=folder)  # fmt: skip
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--procs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    from reportkit.cli import tune_gc

    tune_gc()  # as `reportkit lint` does before it starts its workers
    for word_like in (False, True):
        print()
        run(args, word_like)


def run(args: argparse.Namespace, word_like: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = build_corpus(folder, args.files, word_like)
        size = zipfile.ZipFile(paths[0]).getinfo("word/document.xml").file_size
        kind = "Word-like markup" if word_like else "python-docx markup (lean)"
        print(f"== corpus with {kind}: document.xml {size // 1024} KB")
        words = [len(" ".join(str(b) for b in description(i)["body"]).split()) for i in range(3)]
        print(f"corpus: {args.files} .docx files (about {min(words)}-{max(words)} words each), "
              f"built in {time.perf_counter() - t0:.1f}s")  # fmt: skip
        names = [str(p) for p in paths]
        lint_one(names[0])  # warm caches in this process (spec, imports)
        one, label = fresh_process(paths[0])
        print(f"one file, fresh process ({label}): {one * 1000:.0f} ms (median of 7)")
        floor = throughput(lxml_floor, names, args.procs)
        ours = throughput(lint_one, names, args.procs)
        load = os.getloadavg()[0]
        print(f"lxml floor (unzip + parse document.xml), {args.procs} procs: {floor:.0f} reports/s"
              f" (load average {load:.1f})")  # fmt: skip
        print(f"reportkit read + lint, {args.procs} procs: {ours:.0f} reports/s "
              f"({floor / ours:.1f}x the floor; target <= 3x)")  # fmt: skip
        cli = cli_folder(folder, args.files + 10)  # the corpus's 10 base files are there too
        print(f"reportkit lint <folder> (the CLI, all cores, start-up and output included): "
              f"{cli:.0f} reports/s ({floor / cli:.1f}x the floor)")  # fmt: skip
        per_report_costs(names[:20])
        sample = names[:100]
        pd = throughput(python_docx_styles, sample, args.procs)
        print(f"python-docx open + paragraph style names, {args.procs} procs: {pd:.0f} reports/s")


if __name__ == "__main__":
    main()
