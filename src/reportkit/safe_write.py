"""Every file reportkit writes (``build``, ``annotate``, ``new``, ``schema``) goes through
``write_atomically``: it never overwrites an input, never leaves a half-written file, and
replaces an existing output only when asked to.

The data are written to a temporary file in the destination's own folder (so the final
``os.replace`` is a rename on one file system, atomic on POSIX and Windows) and renamed over
the destination only once complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

Data = bytes | str | Callable[[Path], None]


class WriteRefused(Exception):
    """reportkit would not write a file. ``str(exc)`` is one line naming the file and why;
    the CLI prints it and exits 2."""


def write_atomically(
    path: Path | str,
    data: Data,
    *,
    inputs: Iterable[Path | str] = (),
    force: bool = False,
    encoding: str = "utf-8",
) -> Path:
    """Write ``data`` to ``path``. ``data`` is bytes, text (written with ``encoding`` and
    ``\\n`` newlines) or a callback that writes the file at the temporary path it is given
    (for ``docx.Document.save``). Raises ``WriteRefused`` if ``path`` is one of ``inputs``,
    is a folder, or exists and ``force`` is false. Returns ``path``."""
    target = Path(path)
    folder = check_target(target, inputs=inputs, force=force)
    mode = _mode_for(target)
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise WriteRefused(f"{target} cannot be written ({exc.strerror or exc})") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            if isinstance(data, bytes):
                out.write(data)
            elif isinstance(data, str):
                out.write(data.encode(encoding))
        if callable(data):
            data(temp)
        os.chmod(temp, mode)
        _publish(temp, target, force)
    except WriteRefused:
        _remove(temp)
        raise
    except OSError as exc:
        _remove(temp)
        raise WriteRefused(f"{target} cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        _remove(temp)
        raise
    return target


def check_target(
    path: Path | str, *, inputs: Iterable[Path | str] = (), force: bool = False
) -> Path:
    """Raise ``WriteRefused`` if ``path`` may not be written (an input, a folder, an existing
    file without ``force``, or in a folder that does not exist); return its folder.
    ``write_atomically`` runs this itself; a command calls it first too when the work
    before the write is slow, so that a refusal costs nothing."""
    target = Path(path)
    _refuse_inputs(target, inputs)
    if target.is_dir():
        raise WriteRefused(f"{target} is a folder; give a file name to write to")
    if target.exists() and not force:
        raise WriteRefused(f"{target} already exists; use --force to replace it")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteRefused(f"{target} cannot be written: the folder {folder} does not exist")
    return folder


def _refuse_inputs(target: Path, inputs: Iterable[Path | str]) -> None:
    resolved = target.resolve()
    for source in inputs:
        source_path = Path(source)
        same = source_path.resolve() == resolved
        if not same and target.exists() and source_path.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(source_path, target)  # hard links, bind mounts
        if same:
            raise WriteRefused(
                f"{target} is an input of this command; reportkit never overwrites an input, "
                "so choose another output name"
            )


def _publish(temp: Path, target: Path, force: bool) -> None:
    if force:
        os.replace(temp, target)
        return
    # A hard link fails if the target appeared meanwhile, closing the gap between the
    # exists() check and the rename; file systems without hard links fall back to replace.
    try:
        os.link(temp, target)
    except FileExistsError:
        raise WriteRefused(f"{target} already exists; use --force to replace it") from None
    except OSError:
        if target.exists():
            raise WriteRefused(f"{target} already exists; use --force to replace it") from None
        os.replace(temp, target)
        return
    _remove(temp)


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; give a new one the usual umask-based mode
    (``mkstemp`` would leave it readable by its owner only)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
