"""write_atomically never overwrites an input, never leaves half a file, and replaces an
existing output only with force."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from helpers import run_cli

from reportkit.safe_write import WriteRefused, write_atomically


def test_text_bytes_and_callbacks_are_written(tmp_path: Path) -> None:
    write_atomically(tmp_path / "a.txt", "£ text\n")
    write_atomically(tmp_path / "b.bin", b"\x00\x01")
    write_atomically(tmp_path / "c.docx", lambda temp: temp.write_bytes(b"from callback"))
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "£ text\n"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert (tmp_path / "c.docx").read_bytes() == b"from callback"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin", "c.docx"]


def test_an_input_is_never_overwritten_even_with_force(tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(b"original")
    for target in (source, tmp_path / "sub" / ".." / "report.docx"):
        (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(WriteRefused, match="is an input"):
            write_atomically(target, b"new", inputs=[source], force=True)
    assert source.read_bytes() == b"original"


def test_a_link_to_an_input_is_recognised(tmp_path: Path) -> None:
    source = tmp_path / "report.md"
    source.write_text("original", encoding="utf-8")
    hard = tmp_path / "hard.md"
    os.link(source, hard)
    soft = tmp_path / "soft.md"
    soft.symlink_to(source)
    for target in (hard, soft):
        with pytest.raises(WriteRefused, match="is an input"):
            write_atomically(target, "new", inputs=[source], force=True)
    assert source.read_text(encoding="utf-8") == "original"


def test_an_existing_output_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")
    out.chmod(0o640)
    with pytest.raises(WriteRefused, match="already exists; use --force"):
        write_atomically(out, b"new")
    assert out.read_bytes() == b"old"
    write_atomically(out, b"new", force=True)
    assert out.read_bytes() == b"new"
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_failing_writer_leaves_neither_output_nor_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"old")

    def explode(temp: Path) -> None:
        temp.write_bytes(b"half")
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        write_atomically(out, explode, force=True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "new.md", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("make", ["folder", "no_parent"])
def test_impossible_targets_are_refused_clearly(tmp_path: Path, make: str) -> None:
    target = tmp_path / "x"
    if make == "folder":
        target.mkdir()
        phrase = "is a folder"
    else:
        target = tmp_path / "missing" / "x.docx"
        phrase = "does not exist"
    with pytest.raises(WriteRefused, match=phrase):
        write_atomically(target, b"data", force=True)


def _reportkit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, cwd=cwd, timeout=120)


def test_the_schema_command_writes_atomically_and_refuses_a_file_as_its_folder(
    tmp_path: Path,
) -> None:
    done = _reportkit("schema", "-o", "out", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["findings.schema.json", "report.schema.json", "spec.schema.json"]
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    done = _reportkit("schema", "-o", "taken", cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "not a folder"


def test_build_never_overwrites_its_input_even_through_a_link_or_with_force(
    tmp_path: Path,
) -> None:
    source = tmp_path / "report.md"
    source.write_text("# Summary\n\nThe report proposes new library hours.\n", encoding="utf-8")
    (tmp_path / "link.docx").symlink_to(source)
    original = source.read_bytes()
    for target in ("report.md", "link.docx"):
        done = _reportkit("build", "report.md", "-o", target, "--force", cwd=tmp_path)
        assert done.returncode == 2, done.stdout
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert "input" in done.stderr
    assert source.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.docx", "report.md"]
