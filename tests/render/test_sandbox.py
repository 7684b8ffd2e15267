"""Templates from a council's repository cannot reach Python internals or files outside the
template folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.cli import main
from reportkit.render import scaffold
from reportkit.render.sandbox import TemplateRenderError, make_environment, render
from reportkit.spec import Spec


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "ok.md.j2").write_text("# {{ title }}\n{% include 'part.md.j2' %}", encoding="utf-8")
    (root / "part.md.j2").write_text("Report of {{ officer }}\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    return root


def test_an_ordinary_template_renders(folder: Path) -> None:
    out = render(make_environment(folder), "ok.md.j2", {"title": "Libraries", "officer": "Ann"})
    assert out == "# Libraries\nReport of Ann\n"


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        ("{{ ''.__class__.__mro__ }}", "unsafe"),
        ("{{ cycler.__init__.__globals__ }}", "unsafe"),
        ("{% include '/etc/passwd' %}", "not a file inside the template folder"),
        ("{% include '../secret.txt' %}", "not a file inside the template folder"),
        ("{% include 'link.j2' %}", "not a file inside the template folder"),
        ("{{ missing_name }}", "could not be rendered"),
        ("{% for x in %}", "line 1"),
        ("{{ [1].append(2) }}", "unsafe"),
    ],
)
def test_unsafe_or_broken_templates_raise_one_clear_line(
    folder: Path, source: str, phrase: str
) -> None:
    (folder / "link.j2").symlink_to(folder.parent / "secret.txt")
    (folder / "bad.j2").write_text(source, encoding="utf-8")
    with pytest.raises(TemplateRenderError) as caught:
        render(make_environment(folder), "bad.j2", {})
    message = str(caught.value)
    assert phrase in message and "\n" not in message
    assert "SECRET" not in message and "root:" not in message


@pytest.mark.parametrize(
    "source",
    ["{{ ''.__class__.__mro__ }}", "{% include '/etc/passwd' %}", "{{ cycler.__init__ }}"],
)
def test_the_scaffold_writer_refuses_unsafe_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    evil = tmp_path / "evil.md.j2"
    evil.write_text(source, encoding="utf-8")
    monkeypatch.setattr(scaffold, "scaffold_template", lambda spec: evil)
    with pytest.raises(scaffold.ScaffoldError) as caught:
        scaffold.render_scaffold(Spec(name="test"))
    message = str(caught.value)
    assert "\n" not in message and "root:" not in message and "<class" not in message
    assert message.startswith(f"{evil}: template evil.md.j2 ")
    assert "unsafe" in message or "not a file inside the template folder" in message


@pytest.mark.parametrize(
    "name", ["../../../etc/passwd", "/etc/passwd", "scaffold/default", "..", "C:\\evil", ".hidden"]
)
def test_a_spec_naming_a_template_by_path_is_refused_with_one_line(name: str) -> None:
    with pytest.raises(scaffold.ScaffoldError) as caught:
        scaffold.render_scaffold(Spec(name="council", template=name))
    message = str(caught.value)
    assert "\n" not in message and repr(name) in message and "plain name" in message


def test_a_spec_naming_a_missing_template_falls_back_to_the_default() -> None:
    text = scaffold.render_scaffold(Spec(name="council", template="no-such-template"))
    assert text.startswith("---\n")


def _council_spec(folder: Path, template: str) -> Path:
    spec = folder / "council.yaml"
    spec.write_text(f"name: council\nextends: default\ntemplate: {template!r}\n", encoding="utf-8")
    return spec


@pytest.mark.parametrize("template", ["../../../../etc/passwd", "/etc/passwd"])
def test_new_exits_2_with_one_line_for_a_template_path_in_a_spec(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str
) -> None:
    spec = _council_spec(tmp_path, template)
    out = tmp_path / "draft.md"
    assert main(["new", "--spec", str(spec), "-o", str(out)]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "is not allowed" in line and template in line
    assert not out.exists()


@pytest.mark.parametrize(
    ("source", "phrase"),
    [
        ("{{ ''.__class__.__mro__ }}", "unsafe"),
        ("{% include '/etc/passwd' %}", "not a file inside the template folder"),
        ("{% include '../../secret.txt' %}", "not a file inside the template folder"),
    ],
)
def test_new_exits_2_with_one_line_for_an_unsafe_template(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    source: str,
    phrase: str,
) -> None:
    templates = tmp_path / "templates"
    (templates / "scaffold").mkdir(parents=True)
    (templates / "scaffold" / "evil.md.j2").write_text(source, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("SECRET", encoding="utf-8")
    monkeypatch.setattr(scaffold, "builtin_dirs", lambda kind: [templates])
    spec = _council_spec(tmp_path, "evil")
    out = tmp_path / "draft.md"
    assert main(["new", "--spec", str(spec), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert "evil.md.j2" in line and phrase in line
    assert "SECRET" not in captured.out + line and "<class" not in line
    assert not out.exists()
