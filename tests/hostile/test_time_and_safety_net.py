"""A reader that loops forever is stopped by the time budget; a reader that crashes becomes
one line for the user (and a ``ReaderBug`` that tests can tell apart from bad input)."""

from __future__ import annotations

import signal
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from reportkit.parse import InputError, Limits, read_report
from reportkit.parse.guard import ReaderBug, check_time, time_budget, time_left
from reportkit.spec import Spec


def test_a_busy_loop_is_interrupted_by_the_time_budget() -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"took more than 0\.3 s"), time_budget("slow.docx", 0.3):
        while True:
            pass
    assert time.monotonic() - started < 2


def test_a_reader_catching_every_exception_cannot_swallow_the_budget() -> None:
    with pytest.raises(InputError, match="max_seconds"), time_budget("slow.docx", 0.2):
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # the kind of catch-all a careless reader might have
                continue


def test_the_previous_alarm_handler_is_restored() -> None:
    def mine(signum: int, frame: object) -> None:
        return None

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with time_budget("quick.md", 5):
            pass
        assert signal.getsignal(signal.SIGALRM) is mine
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    finally:
        signal.signal(signal.SIGALRM, previous)


def test_off_the_main_thread_the_budget_is_cooperative() -> None:
    outcome: list[str] = []

    def work() -> None:
        try:
            with time_budget("thread.docx", 0.1):
                assert time_left() is not None
                deadline = time.monotonic() + 5
                while time.monotonic() < deadline:
                    check_time()
                    time.sleep(0.01)
        except InputError as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(10)
    assert outcome and "took more than 0.1 s" in outcome[0]
    assert time_left() is None


@pytest.fixture
def fake_reader(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A stand-in Word reader module, so the safety net is tested without the real one."""
    module = types.ModuleType("reportkit.parse.docx")
    monkeypatch.setitem(sys.modules, "reportkit.parse.docx", module)
    return module


def _good_docx(tmp_path: Path) -> Path:
    from hostile_corpus import good_docx_bytes

    path = tmp_path / "report.docx"
    path.write_bytes(good_docx_bytes())
    return path


@pytest.mark.parametrize(
    ("raised", "cls", "phrase"),
    [
        (ValueError("bad\nthing"), ReaderBug, "error in reportkit (ValueError: bad thing)"),
        (MemoryError(), InputError, "more memory"),
        (RecursionError(), InputError, "nested too deeply"),
    ],
)
def test_a_crashing_reader_becomes_one_line(
    tmp_path: Path, fake_reader: types.ModuleType, raised: BaseException, cls: type, phrase: str
) -> None:
    def read(path: Path, spec: Spec, limits: Limits) -> None:
        raise raised

    fake_reader.read = read  # type: ignore[attr-defined]
    path = _good_docx(tmp_path)
    with pytest.raises(InputError) as caught:
        read_report(path, Spec(name="test"))
    assert type(caught.value) is cls
    assert phrase in str(caught.value) and "\n" not in str(caught.value)


def test_a_reader_that_hangs_is_stopped(tmp_path: Path, fake_reader: types.ModuleType) -> None:
    def read(path: Path, spec: Spec, limits: Limits) -> None:
        while True:
            pass

    fake_reader.read = read  # type: ignore[attr-defined]
    with pytest.raises(InputError, match=r"took more than 0\.5 s"):
        read_report(_good_docx(tmp_path), Spec(name="test"), Limits(max_seconds=0.5))
