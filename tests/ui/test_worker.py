"""Jobs on the thread pool answer on the GUI thread, and what they held dies there (ui/worker.py)."""

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool

from ui.worker import run_in_background


class _Held:
    """Stands for a page a job's work names: where its last reference goes is where it is freed."""

    def __init__(self, freed_on: list[threading.Thread]) -> None:
        self._freed_on = freed_on

    def __del__(self) -> None:
        self._freed_on.append(threading.current_thread())


def _work_holding(held: _Held, fails: bool) -> Callable[[], str]:
    def work() -> str:
        if fails:
            raise RuntimeError(f"连接已断开 {held}")
        return "read"

    return work


def _answer_of(qtbot, work: Callable[[], str]) -> list[object]:
    asker = QObject()
    answered: list[object] = []
    run_in_background(work, answered.append, answered.append, asker)
    qtbot.waitUntil(lambda: bool(answered))
    assert QThreadPool.globalInstance().waitForDone(5000)
    return answered


def test_a_failed_job_leaves_no_cycle_for_a_collection_on_a_pool_thread(qtbot):
    """Seen in a fresh-clone CI run: a worker crashed in a job's emit after the knowledge page's export
    was cancelled. The job kept its outcome in its own frame, which the exception's traceback holds: a
    cycle through the page the work named, freed only by a cyclic collection — on whichever thread
    allocates next, a pool thread among them, where freeing a widget crashes the app."""
    freed_on: list[threading.Thread] = []
    was_enabled = gc.isenabled()
    gc.disable()  # as while the app's window runs: only reference counting frees anything
    try:
        answered = _answer_of(qtbot, _work_holding(_Held(freed_on), fails=True))
        assert isinstance(answered[0], RuntimeError)
        del answered
        qtbot.waitUntil(lambda: bool(freed_on), timeout=2000)
        assert freed_on == [threading.main_thread()]
    finally:
        if was_enabled:
            gc.enable()


def test_a_job_that_succeeds_lets_go_of_its_work_on_the_gui_thread(qtbot):
    freed_on: list[threading.Thread] = []
    assert _answer_of(qtbot, _work_holding(_Held(freed_on), fails=False)) == ["read"]
    qtbot.waitUntil(lambda: bool(freed_on), timeout=2000)
    assert freed_on == [threading.main_thread()]
