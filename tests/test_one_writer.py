"""Every command that writes a file (``new``, ``build``, ``annotate``, ``lint
--output-file``) goes through ``safe_write.write_atomically``: an input is never
overwritten (even with ``--force``), an existing output is refused without ``--force``, and
a write that fails half-way leaves neither the output nor a temporary file behind."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from reportkit import safe_write
from reportkit.cli import main

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Writer:
    name: str
    make_input: Callable[[Path], Path]
    """Create the command's input in the folder; return its path."""
    args: Callable[[Path, Path], list[str]]
    """The command line writing ``output`` from ``source``."""
    force_flag: bool = True
    """Whether the command takes --force (lint's --output-file always replaces its file)."""


def _spec_file(folder: Path) -> Path:
    return Path(shutil.copy(REPO / "schemas" / "default.yaml", folder / "council.yaml"))


def _draft(folder: Path) -> Path:
    out = folder / "draft.md"
    assert main(["new", "--title", "Library Opening Hours", "-o", str(out)]) == 0
    return out


def _word(folder: Path) -> Path:
    source = _draft(folder)
    out = folder / "report.docx"
    assert main(["build", str(source), "-o", str(out)]) == 0
    source.unlink()
    return out


WRITERS = [
    Writer("new", _spec_file, lambda src, out: ["new", "--spec", str(src), "-o", str(out)]),
    Writer("build", _draft, lambda src, out: ["build", str(src), "-o", str(out)]),
    Writer("annotate", _word, lambda src, out: ["annotate", str(src), "-o", str(out)]),
    Writer(
        "lint",
        _draft,
        lambda src, out: ["lint", "--format", "json", "--output-file", str(out), str(src)],
        force_flag=False,
    ),
]


def _run(writer: Writer, source: Path, out: Path, *, force: bool = False) -> int:
    args = writer.args(source, out)
    if force and writer.force_flag:
        args.append("--force")
    return main(args)


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    (line,) = capsys.readouterr().err.strip().splitlines()
    return line


@pytest.fixture(params=WRITERS, ids=lambda w: w.name)
def writer(request: pytest.FixtureRequest) -> Writer:
    result: Writer = request.param
    return result


def test_the_input_is_never_overwritten_even_with_force(
    writer: Writer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = writer.make_input(tmp_path)
    before = source.read_bytes()
    capsys.readouterr()
    assert _run(writer, source, source, force=True) == 2
    assert source.read_bytes() == before
    line = _one_line(capsys)
    assert str(source) in line and "never overwrites an input" in line
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]


# lint --output-file is the run's own report, replaced on every run (tested below).
@pytest.mark.parametrize("writer", [w for w in WRITERS if w.force_flag], ids=lambda w: w.name)
def test_an_existing_output_is_refused_without_force(
    writer: Writer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = writer.make_input(tmp_path)
    out = tmp_path / f"out{source.suffix if writer.name != 'new' else '.md'}"
    out.write_bytes(b"keep me")
    capsys.readouterr()
    assert _run(writer, source, out) == 2
    assert out.read_bytes() == b"keep me"
    line = _one_line(capsys)
    assert str(out) in line and "already exists; use --force" in line
    assert _run(writer, source, out, force=True) in (0, 1)
    assert out.read_bytes() != b"keep me"


def test_lint_replaces_its_own_output_file_but_never_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _draft(tmp_path)
    out = tmp_path / "findings.json"
    out.write_text("last run", encoding="utf-8")
    assert main(["lint", "--format", "json", "--output-file", str(out), str(source)]) == 1
    assert out.read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("existing", [False, True], ids=["new output", "with --force"])
def test_a_failed_write_leaves_no_half_written_file(
    writer: Writer,
    existing: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = writer.make_input(tmp_path)
    out = tmp_path / "out.result"
    if existing:
        out.write_bytes(b"previous")
    real = safe_write.write_atomically

    def failing(path: Path | str, data: object, **kwargs: object) -> Path:
        def half_then_fail(temp: Path) -> None:
            temp.write_bytes(b"PK half")
            raise OSError(28, "No space left on device")

        return real(path, half_then_fail, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(safe_write, "write_atomically", failing)
    capsys.readouterr()
    assert _run(writer, source, out, force=existing) == 2
    expected = sorted([source.name, *(["out.result"] if existing else [])])
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    if existing:
        assert out.read_bytes() == b"previous"
    line = _one_line(capsys)
    assert str(out) in line and "No space left on device" in line


def test_lint_never_writes_its_output_over_the_config_or_the_spec_it_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _draft(tmp_path)
    config = tmp_path / "reportkit.toml"
    config.write_text('format = "text"\n', encoding="utf-8")
    spec = _spec_file(tmp_path)
    for target, extra in ((config, []), (spec, ["--spec", str(spec)])):
        before = target.read_bytes()
        capsys.readouterr()
        assert main(["lint", *extra, "--output-file", str(target), str(source)]) == 2
        assert target.read_bytes() == before
        assert "never overwrites an input" in _one_line(capsys)


def test_new_never_writes_over_its_scaffold_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reportkit.render import scaffold

    templates = tmp_path / "templates"
    (templates / "scaffold").mkdir(parents=True)
    template = templates / "scaffold" / "default.md.j2"
    template.write_text("# {{ title }}\n", encoding="utf-8")
    monkeypatch.setattr(scaffold, "builtin_dirs", lambda kind: [templates])
    assert main(["new", "--title", "Parks", "-o", str(template), "--force"]) == 2
    assert template.read_text(encoding="utf-8") == "# {{ title }}\n"
    assert "never overwrites an input" in _one_line(capsys)
