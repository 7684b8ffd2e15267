"""Templates can come from a council's own repository, so they are rendered as untrusted:
in jinja2's ``SandboxedEnvironment`` (no ``__class__``/``__mro__`` walks to Python
internals), with a loader confined to the template folder (no absolute paths, no ``..``, no
symbolic links out of it), undefined names as errors, and errors turned into ``TemplateRenderError``
with one line naming the template.

Use ``make_environment(template_dir)`` and ``render(env, name, context)``; jinja2 is imported
only when a template is actually rendered.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class TemplateRenderError(Exception):
    """A template could not be rendered safely. ``str(exc)`` is one line."""


def make_environment(template_dir: Path | str) -> Any:
    """A sandboxed jinja2 environment loading templates only from inside ``template_dir``."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    root = Path(template_dir).resolve()
    return ImmutableSandboxedEnvironment(
        loader=_confined_loader(root),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
    )


def render(env: Any, name: str, context: dict[str, Any]) -> str:
    """Render template ``name`` with ``context``; raise ``TemplateRenderError`` on any failure."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError
    from jinja2.exceptions import SecurityError

    try:
        result: str = env.get_template(name).render(**context)
        return result
    except SecurityError as exc:
        raise TemplateRenderError(
            f"template {name} tried something unsafe and was stopped: {exc}"
        ) from None
    except TemplateNotFound as exc:
        raise TemplateRenderError(
            f"template {name} refers to {exc.name!r}, which is not a file inside the template "
            "folder"
        ) from None
    except TemplateSyntaxError as exc:
        where = exc.filename or exc.name or name
        raise TemplateRenderError(f"template {where}, line {exc.lineno}: {exc.message}") from None
    except TemplateError as exc:
        raise TemplateRenderError(f"template {name} could not be rendered: {exc}") from None
    except (OverflowError, MemoryError, RecursionError, ValueError, TypeError) as exc:
        raise TemplateRenderError(f"template {name} could not be rendered ({exc})") from None


def _confined_loader(root: Path) -> Any:
    from jinja2 import FileSystemLoader, TemplateNotFound

    class ConfinedLoader(FileSystemLoader):
        """``FileSystemLoader`` already rejects ``..`` pieces; this also rejects absolute
        names and any file whose real path (after links) is outside ``root``."""

        def get_source(self, environment: Any, template: str) -> Any:
            if Path(template).is_absolute() or template.startswith(("/", "\\")):
                raise TemplateNotFound(template)
            candidate = (root / template).resolve()
            if not candidate.is_relative_to(root) or not candidate.is_file():
                raise TemplateNotFound(template)
            return super().get_source(environment, template)

    return ConfinedLoader(str(root), followlinks=False)
