"""Templates from a council's repository cannot reach Python internals or files outside the
template folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.render.sandbox import RenderError, make_environment, render


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
    with pytest.raises(RenderError) as caught:
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
    scaffold = pytest.importorskip("reportkit.render.scaffold", reason="`new` has not landed")
    from reportkit.spec import Spec

    evil = tmp_path / "evil.md.j2"
    evil.write_text(source, encoding="utf-8")
    monkeypatch.setattr(scaffold, "scaffold_template", lambda spec: evil)
    with pytest.raises(scaffold.ScaffoldError) as caught:
        scaffold.render_scaffold(Spec(name="test"))
    message = str(caught.value)
    assert "\n" not in message and "root:" not in message and "<class" not in message
