"""Markdown front matter is YAML from whoever committed the file: malformed YAML and tags
that would construct Python objects are refused with one line naming the file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reportkit.parse import InputError, read_report
from reportkit.parse.guard import ReaderBug
from reportkit.spec import Spec

BODY = "\n# Summary\n\nThe report proposes new library hours.\n"


@pytest.mark.parametrize(
    ("front", "phrase"),
    [
        ("committee: [Cabinet\n", "front matter"),
        ("committee: Cabinet\n  title: : :\n", "front matter"),
        ("committee: !!python/object/apply:os.system ['touch PWNED']\n", "front matter"),
        ("title: !!python/name:os.system\n", "front matter"),
        ("- just\n- a list\n", "front matter"),
    ],
)
def test_bad_front_matter_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, front: str, phrase: str
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "report.md"
    path.write_text(f"---\n{front}---\n{BODY}", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_report(path, Spec(name="test"))
    message = str(caught.value)
    assert not isinstance(caught.value, ReaderBug)
    assert str(path) in message and phrase in message and "\n" not in message
    assert not (tmp_path / "PWNED").exists()


def test_a_yaml_alias_bomb_in_front_matter_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    path = tmp_path / "report.md"
    path.write_text("---\n" + "\n".join([*lines, "title: *a11"]) + "\n---\n" + BODY)
    started = time.monotonic()
    with pytest.raises(InputError, match="aliases"):
        read_report(path, Spec(name="test"))
    assert time.monotonic() - started < 2
