"""The one guard between a file on disk and a reader, whatever the format.

A pre-commit hook and a CI job see whatever people commit, so before any reader runs this
module checks that the path is a readable, non-empty regular file of a sensible size whose
first bytes match its suffix (an old ``.doc`` renamed ``.docx``, a password-protected Word
file, a PDF that is not a PDF), decodes text files (UTF-8 with or without BOM, UTF-16/32 with
BOM, falling back to Windows-1252 with a message), vets Word packages before anything is
decompressed (``guard_docx``), and runs the reader inside a time budget. Anything a reader
still raises becomes an ``InputError``: one line naming the file, never a traceback.

Readers may use the helpers here directly: ``read_text_file``, ``decode_text``,
``check_time`` (cooperative deadline), and, for Word, ``guard_docx.safe_xml_parser`` and
``guard_docx.open_docx_zip``.
"""

from __future__ import annotations

import codecs
import contextvars
import importlib
import os
import signal
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from reportkit.parse import InputError, Limits, Message, ReadResult
from reportkit.spec import Spec

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
TEXT_MODULES = {"markdown", "text"}
LIMITS_HINT = "[tool.reportkit.limits]"
# Control characters that plain text legitimately holds: tab, newlines, form feed (pdftotext
# page breaks), vertical tab. Anything else in quantity means the file is not text.
_TEXT_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.02


class ReaderBug(InputError):
    """A reader raised something unexpected. Still one line and exit status 2 for the user;
    tests and fuzzers treat it as a failure of reportkit, not of the input."""


class OutOfTime(BaseException):
    """Raised inside a reader when its time budget is spent. A ``BaseException`` so that a
    reader's ``except Exception`` cannot swallow it."""


def size_text(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


# -- the whole pipeline for one file -----------------------------------------------------------


def read_guarded(path: Path, spec: Spec, limits: Limits, module_name: str) -> ReadResult:
    """Check ``path``, then run the reader ``reportkit.parse.<module_name>`` on it within the
    time budget. Raises ``InputError`` (one line) and nothing else."""
    check_file(path, limits, module_name)
    try:
        with time_budget(path, limits.max_seconds):
            if module_name in TEXT_MODULES:
                # Decoded here, once for both text formats, so that every encoding and
                # binary-data decision is made in one place.
                text, messages = read_text_file(path, limits)
                module = importlib.import_module(f"reportkit.parse.{module_name}")
                result: ReadResult = module.read_text(text, str(path), spec)
                result.messages[:0] = messages
            else:
                module = importlib.import_module(f"reportkit.parse.{module_name}")
                result = module.read(path, spec, limits)
            return result
    except InputError:
        raise
    except MemoryError:
        raise InputError(
            f"{path}: needs more memory to read than is available; it is too large or malformed"
        ) from None
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to read; it is malformed") from None
    except Exception as exc:
        raise ReaderBug(
            f"{path}: could not be read because of an error in reportkit "
            f"({type(exc).__name__}: {one_line(str(exc))}); please report it"
        ) from exc


def one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- checks that need no reader ------------------------------------------------------------------


def check_file(path: Path, limits: Limits, module_name: str) -> None:
    """Raise ``InputError`` unless ``path`` is a readable regular file whose size and first
    bytes suit ``module_name`` (``markdown``, ``text``, ``pdf``, ``docx``)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: a folder, not a report file")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file (it is a device, pipe or socket)")
    if info.st_size == 0:
        raise InputError(f"{path}: the file is empty")
    is_text = module_name in TEXT_MODULES
    limit, key = (
        (limits.max_text_bytes, "max_text_bytes")
        if is_text
        else (limits.max_file_bytes, "max_file_bytes")
    )
    if info.st_size > limit:
        raise InputError(
            f"{path}: too large to lint ({size_text(info.st_size)}, larger than the limit "
            f"of {size_text(limit)}; set {key} under {LIMITS_HINT} to change it)"
        )
    head = _read_head(path, 4096)
    if module_name == "docx":
        from reportkit.parse import guard_docx

        # The Word reader measures how deeply tables nest on the tree it parses.
        guard_docx.check_docx(path, head, limits, tables=False)
    elif module_name == "pdf":
        _check_pdf_head(path, head)  # passwords: the PDF reader asks pypdf to decrypt
    elif is_text:
        _check_text_head(path, head)


def _read_head(path: Path, size: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except PermissionError:
        raise InputError(f"{path}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _check_pdf_head(path: Path, head: bytes) -> None:
    if b"%PDF-" in head[:1024]:
        return
    if head.startswith(ZIP_MAGICS) or head.startswith(OLE_MAGIC):
        raise InputError(
            f"{path}: not a PDF (it looks like a Word or Office file with a .pdf name); "
            "export it as PDF again"
        )
    raise InputError(f"{path}: not a PDF, or damaged (it has no PDF header)")


def _check_text_head(path: Path, head: bytes) -> None:
    kind = None
    if head.startswith(ZIP_MAGICS):
        kind = "a zip package such as a Word .docx"
    elif head.startswith(OLE_MAGIC):
        kind = "an old Office file such as a Word .doc"
    elif head.startswith(b"%PDF-"):
        kind = "a PDF"
    if kind:
        raise InputError(f"{path}: {kind}, not text; give it its proper file extension")


# -- text decoding -------------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8", ""),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def read_text_file(path: Path, limits: Limits) -> tuple[str, list[Message]]:
    """Read and decode a Markdown or text file within ``limits.max_text_bytes``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limits.max_text_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limits.max_text_bytes:
        raise InputError(
            f"{path}: too large to lint (over {size_text(limits.max_text_bytes)}; set "
            f"max_text_bytes under {LIMITS_HINT} to change it)"
        )
    return decode_text(data, path)


def decode_text(data: bytes, path: Path | str) -> tuple[str, list[Message]]:
    """Decode a text file's bytes; raise ``InputError`` for binary data. Returns the text
    (no BOM, newlines as written) and info messages about unusual encodings."""
    messages: list[Message] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"{path}: starts with a {label or 'UTF-8'} byte-order mark but is not "
                    f"valid {label or 'UTF-8'}; save it again as UTF-8"
                ) from None
            if label:
                messages.append(_info(f"{path}: saved as {label}, and read as such"))
            return _reject_binary(text, path), messages
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            messages.append(
                _info(f"{path}: saved as UTF-16 without a byte-order mark, and read as such")
            )
            return _reject_binary(text, path), messages
    if b"\x00" in data:
        raise InputError(f"{path}: a binary file, not text (it contains NUL bytes)")
    try:
        return _reject_binary(data.decode("utf-8"), path), messages
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; map those through Latin-1 so that the
    # fallback never fails, then let the control-character test judge binary data.
    text = _decode_cp1252(data)
    messages.append(
        _info(
            f"{path}: not UTF-8, so it was read as Windows-1252 (save it as UTF-8 so that "
            "characters such as £ and curly quotes come out right)"
        )
    )
    return _reject_binary(text, path), messages


def _decode_cp1252(data: bytes) -> str:
    return data.decode("cp1252", errors="latin1-fallback")


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return bad.decode("latin-1"), exc.end


codecs.register_error("latin1-fallback", _latin1_fallback)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return odd.count(0) > 0.9 * len(odd) or even.count(0) > 0.9 * len(even)


def _reject_binary(text: str, path: Path | str) -> str:
    sample = text[:65536]
    controls = sum(
        1
        for ch in sample
        if (ch < " " and ch not in _TEXT_CONTROLS) or "\x7f" <= ch <= "\x9f" or ch == "\ufffd"
    )
    if controls > max(_MAX_CONTROL_SHARE * len(sample), 2):
        raise InputError(f"{path}: binary data, not text")
    return text


def _info(text: str) -> Message:
    return Message(level="info", text=text)


# -- time budget -----------------------------------------------------------------------------

# (deadline on the monotonic clock, the budget in seconds, the file, what is being done to
# it: "read" or "check") of the running budget
_budget: contextvars.ContextVar[tuple[float, float, str, str] | None] = contextvars.ContextVar(
    "reportkit_budget", default=None
)


@contextmanager
def time_budget(path: Path | str, seconds: float, doing: str = "read") -> Iterator[None]:
    """Run the body within ``seconds`` of wall-clock time, else raise ``InputError`` saying
    the file took too long to ``doing`` (reading it, or checking it with the rules).

    On the main thread of a POSIX process a ``SIGALRM`` interval timer interrupts the body
    even inside a loop that never checks the time; its handler raises ``OutOfTime``, which
    ``except Exception`` cannot catch. The previous handler and any outer timer are restored
    afterwards. Elsewhere (worker threads, Windows) only the cooperative ``check_time()``
    applies. Either way C code (lxml, zlib) is interrupted only when it returns to Python,
    which is why sizes are bounded before parsing.
    """
    if seconds <= 0:
        yield
        return
    start = time.monotonic()
    token = _budget.set((start + seconds, seconds, str(path), doing))
    use_alarm = hasattr(signal, "setitimer") and threading.current_thread() is (
        threading.main_thread()
    )
    old_handler: Any = None
    old_timer = (0.0, 0.0)
    if use_alarm:
        old_handler = signal.signal(signal.SIGALRM, _on_alarm)
        old_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except OutOfTime:
        raise InputError(_too_slow(path, seconds, doing)) from None
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
            if old_timer[0] > 0:
                remaining = max(old_timer[0] - (time.monotonic() - start), 0.001)
                signal.setitimer(signal.ITIMER_REAL, remaining, old_timer[1])
        _budget.reset(token)


def _on_alarm(signum: int, frame: Any) -> None:
    raise OutOfTime()


def _too_slow(path: Path | str, seconds: float, doing: str) -> str:
    return (
        f"{path}: took more than {seconds:g} s to {doing} and was skipped (set max_seconds "
        f"under {LIMITS_HINT} to allow longer)"
    )


def check_time() -> None:
    """For long loops in readers: raise ``InputError`` once the current budget is spent."""
    budget = _budget.get()
    if budget is not None and time.monotonic() > budget[0]:
        raise InputError(_too_slow(budget[2], budget[1], budget[3]))


def time_left() -> float | None:
    """Seconds left in the current budget, or None outside one (for subprocess timeouts)."""
    budget = _budget.get()
    return None if budget is None else max(budget[0] - time.monotonic(), 0.0)
