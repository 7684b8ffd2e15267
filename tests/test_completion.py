import argparse
import shutil
import subprocess

import pytest

from reportkit.completion import describe, script


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportkit")
    parser.add_argument("--version", action="version", version="1")
    sub = parser.add_subparsers(dest="command")
    lint = sub.add_parser("lint", help="check reports")
    lint.add_argument("paths", nargs="*")
    lint.add_argument("--format", choices=["text", "json", "sarif"])
    lint.add_argument("--quiet", action="store_true", help="only errors")
    comp = sub.add_parser("completion", help="print a completion script")
    comp.add_argument("shell", choices=["bash", "zsh", "fish"])
    return parser


def test_the_parser_is_described_with_its_subcommands_options_and_choices():
    top, commands = describe(_parser())
    assert ["-h", "--help"] in [o.flags for o in top]
    assert [c.name for c in commands] == ["lint", "completion"]
    fmt = next(o for o in commands[0].options if o.flags == ["--format"])
    assert fmt.choices == ["text", "json", "sarif"]
    assert commands[1].choices == ["bash", "zsh", "fish"]


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash not installed")
def test_bash_completes_subcommands_and_option_values():
    text = script(_parser(), "bash")

    def complete(*words: str) -> list[str]:
        line = " ".join(("reportkit", *words))
        program = (
            f"{text}\nCOMP_WORDS=({line}); COMP_CWORD={len(words)}; "
            "_reportkit; printf '%s\\n' \"${COMPREPLY[@]}\""
        )
        out = subprocess.run(["bash", "-c", program], capture_output=True, text=True, check=True)
        return out.stdout.split()

    assert complete("li") == ["lint"]
    assert complete("lint", "--fo") == ["--format"]
    assert complete("lint", "--format", "sa") == ["sarif"]
    assert complete("completion", "f") == ["fish"]


def test_zsh_reuses_the_bash_function_through_bashcompinit():
    text = script(_parser(), "zsh")
    assert text.startswith("#compdef reportkit\nautoload -U +X bashcompinit")
    assert "complete -o filenames -F _reportkit reportkit" in text


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish not installed")
def test_fish_accepts_the_script():
    subprocess.run(["fish", "-n", "-c", script(_parser(), "fish")], check=True)


def test_fish_completes_each_subcommand_and_its_option_values():
    text = script(_parser(), "fish")
    assert "complete -c reportkit -n __fish_use_subcommand -a lint -d 'check reports'" in text
    assert "-l format -xa 'text json sarif'" in text
    assert "-n '__fish_seen_subcommand_from completion' -a 'bash zsh fish'" in text
