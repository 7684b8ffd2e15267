"""YAML from untrusted places (specs in a council's repository, Markdown front matter):
always ``yaml.safe_load``, and errors summarised in one line an officer can act on.

PyYAML's own messages span several lines with a caret diagram; a pre-commit hook must print
one line per bad file, so ``describe`` keeps the position and the problem only.
"""

from __future__ import annotations

from typing import Any

import yaml


class YamlProblem(ValueError):
    """Text that is not safe, valid YAML. ``str(exc)`` is one line without the file name."""


# Aliases let a few lines of YAML describe an exponentially large structure ("billion
# laughs" for YAML); PyYAML shares the nodes, but whoever walks the result pays in full.
MAX_ALIASES = 200


class _BoundedLoader(yaml.SafeLoader):
    aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise YamlProblem(f"it uses more than {MAX_ALIASES} YAML aliases (*name)")
        return super().compose_node(parent, index)


def load(text: str) -> Any:
    """``yaml.safe_load`` with a cap on aliases; raises ``YamlProblem`` (one line)."""
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise YamlProblem(describe(exc)) from None
    except RecursionError:
        raise YamlProblem("it is nested too deeply") from None


def describe(exc: yaml.YAMLError) -> str:
    """``line 2, column 14: could not determine a constructor for the tag ...``."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    text = f"{context}; {problem}" if context and problem and context not in problem else problem
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    text = " ".join(str(text).split())
    if "python/" in text and "constructor" in text:
        text += " (tags that build Python objects are not allowed)"
    return where + text
