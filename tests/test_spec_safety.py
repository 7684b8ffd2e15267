"""Specs can come from a council's own repository: YAML is loaded safely."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportkit.spec import SpecError, load_spec


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch PWNED']",
        "!!python/object:reportkit.spec.Spec {name: x}",
        "!!python/name:os.system",
    ],
)
def test_a_spec_with_python_tags_is_rejected_without_running_anything(
    tmp_path: Path, payload: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "evil.yaml"
    path.write_text(f"name: evil\ndescription: {payload}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_spec(str(path))
    message = str(caught.value)
    assert str(path) in message and "not valid YAML" in message
    assert "\n" not in message
    assert not (tmp_path / "PWNED").exists()


def test_a_spec_expanding_aliases_exponentially_is_rejected(tmp_path: Path) -> None:
    lines = ["name: bomb", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 30)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SpecError, match="aliases"):
        load_spec(str(path))


def test_a_spec_with_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("name: broken\nsections: [summary,\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"broken\.yaml: not valid YAML: line 3"):
        load_spec(str(path))
