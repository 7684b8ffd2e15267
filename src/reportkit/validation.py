"""One line from a pydantic ``ValidationError``, for every file reportkit validates (specs,
config, house styles, rule options): the user sees where and what, not pydantic's report."""

from __future__ import annotations

from pydantic import ValidationError


def first_error(exc: ValidationError) -> str:
    """``"sections.3.id: String should match pattern ..."``: the first problem only, since
    one fix usually reveals the next and a wall of errors helps no one."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    message = " ".join(str(err["msg"]).split())
    return f"{where}: {message}" if where else message
