"""How long ``reportkit lint`` takes over a folder of reports, with one process and with the
pool ``reportkit.parallel`` uses for more than a few files, and what one file costs (the
pre-commit case: start-up included). Builds its folder of Markdown and Word reports in a
temporary directory. Run:

    PYTHONPATH=src:tests/integration python bench/folder.py [number-of-files]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "integration"))

from integration_reports import CLEAN_REPORT, defective


def _build(folder: Path, count: int) -> list[Path]:
    import docx

    paths = []
    for i in range(count):
        text = CLEAN_REPORT if i % 2 else defective(CLEAN_REPORT)
        if i % 5 == 4:
            document = docx.Document()
            for line in text.split("---", 2)[2].splitlines():
                if line.startswith("# "):
                    document.add_heading(line[2:], level=1)
                elif line.strip():
                    document.add_paragraph(line)
            path = folder / f"report-{i:04}.docx"
            document.save(str(path))
        else:
            path = folder / f"report-{i:04}.md"
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _time(args: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, env=env, capture_output=True, check=False)
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    env = dict(os.environ, CI="1")
    cli = [sys.executable, "-m", "reportkit", "lint", "--format", "json"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = _build(folder, count)
        one = min(_time([*cli, str(paths[1])], env) for _ in range(3))
        print(f"one Markdown file (start-up included): {one * 1000:.0f} ms")
        serial = _time([*cli, "--jobs", "1", str(folder)], env)
        pooled = _time([*cli, str(folder)], env)
        print(f"{count} files, one process: {serial:.2f} s ({count / serial:.0f} files/s)")
        print(
            f"{count} files, all cores ({os.cpu_count()}): {pooled:.2f} s "
            f"({count / pooled:.0f} files/s)"
        )


if __name__ == "__main__":
    main()
