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
# laughs" for YAML); PyYAML shares the nodes, but whoever walks the result pays in full. So
# the composed node graph is measured as if expanded, before any Python object is built.
MAX_NODES = 100_000


# The C loader is ~10x faster; a pre-commit run on one file pays for spec loading on start-up.
_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _BoundedLoader(_BASE):
    def construct_document(self, node: Any) -> Any:
        # Measured on the composed nodes, before any Python object is built; the C loader
        # composes in C, so this is the first Python hook that sees the whole document.
        _expanded_size(node, {}, set())
        return super().construct_document(node)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        """``2025-02-30`` looks like a date to YAML but is none; keep it as the text
        written (PyYAML would raise ValueError) so the report's own date checks see it."""
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_BoundedLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _BoundedLoader.construct_yaml_timestamp
)


def _expanded_size(node: Any, sizes: dict[int, int], active: set[int]) -> int:
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in active:
        raise YamlProblem("an alias (*name) refers to the value that contains it")
    active.add(key)
    total = 1
    if isinstance(node, yaml.SequenceNode):
        total += sum(_expanded_size(child, sizes, active) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            total += _expanded_size(k, sizes, active) + _expanded_size(v, sizes, active)
    active.discard(key)
    if total > MAX_NODES:
        raise YamlProblem(
            f"its aliases (*name) expand to more than {MAX_NODES} values, which no report or "
            "spec needs"
        )
    sizes[key] = total
    return total


def load(text: str, first_line: int = 1) -> Any:
    """``yaml.safe_load`` with a cap on alias expansion; raises ``YamlProblem`` (one line).
    ``first_line`` is the file line the text starts on (2 for front matter after ``---``)."""
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # a SafeLoader subclass
    except YamlProblem:
        raise
    except yaml.YAMLError as exc:
        raise YamlProblem(describe(exc, first_line)) from None
    except RecursionError:
        raise YamlProblem("it is nested too deeply") from None
    except (ValueError, OverflowError) as exc:  # a scalar YAML recognises but cannot build
        raise YamlProblem(" ".join(str(exc).split())) from None


def describe(exc: yaml.YAMLError, first_line: int = 1) -> str:
    """``line 2, column 14: could not determine a constructor for the tag ...``."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    context = getattr(exc, "context", None)
    text = f"{context}; {problem}" if context and problem and context not in problem else problem
    where = f"line {mark.line + first_line}, column {mark.column + 1}: " if mark else ""
    text = " ".join(str(text).split())
    if "python/" in text and "constructor" in text:
        text += " (tags that build Python objects are not allowed)"
    return where + text
