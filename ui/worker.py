"""Long work off the GUI thread: one small helper on QThreadPool with success/failure callbacks."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)
from shiboken6 import isValid

from ui.labels import message_text

T = TypeVar("T")


class _Postbox(QObject):
    """The one object the pool's jobs answer through, on the GUI thread where it lives, for as long as
    the application: no job ever emits on a deleted object. (A relay per job, owned by the widget that
    asked, died with it — a case window closed while its read was on its way — and the job's emit
    then failed on the pool thread.)

    A job leaves its outcome here and signals only its number: no Python object crosses threads in a
    signal, and once a job has signalled its thread holds nothing of its work or its answer, so all of
    it (a page the work named, a frame of a traceback) is let go here, on the GUI thread — an object of
    Qt freed on a pool thread crashes the app.

    Signals:
        answered(int): a job's number, emitted on the pool thread once its outcome is left here.
    """

    answered = Signal(int)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._asked = 0
        # By job number: what to call with the answer (None once the asker is gone: nothing keeps a
        # closed window's objects alive), the watch on the asker's end, and the work itself.
        self._waiting: dict[int, list[Any]] = {}
        # By job number: (True, its return value) or (False, the exception it raised), each written by
        # its job's thread (a dict's item is set and taken whole under the interpreter's lock).
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self.answered.connect(self._deliver)

    def send(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        asker: QObject,
    ) -> None:
        self._asked += 1
        number = self._asked
        watch = asker.destroyed.connect(lambda: self._forget(number))
        self._waiting[number] = [on_success, on_failure, watch, work]
        QThreadPool.globalInstance().start(_Job(number, work, self._outcomes, self.answered))

    def _forget(self, number: int) -> None:
        if (waiting := self._waiting.get(number)) is not None:
            waiting[0] = waiting[1] = None

    @Slot(int)
    def _deliver(self, number: int) -> None:
        on_success, on_failure, watch, _work = self._waiting.pop(number)
        succeeded, value = self._outcomes.pop(number)
        if on_success is None:  # the asker is gone
            return
        QObject.disconnect(watch)
        if succeeded:
            on_success(value)
        else:
            on_failure(value)


def _outcome(work: Callable[[], Any]) -> tuple[bool, Any]:
    try:
        return True, work()
    except Exception as error:  # handed to the GUI thread, which shows it
        return False, error


class _Job(QRunnable):
    def __init__(
        self,
        number: int,
        work: Callable[[], Any],
        outcomes: dict[int, tuple[bool, Any]],
        answered: SignalInstance,
    ) -> None:
        super().__init__()
        self._number, self._outcomes, self._answered = number, outcomes, answered
        self._work: Callable[[], Any] | None = work

    def run(self) -> None:
        assert self._work is not None  # run once
        self._outcomes[self._number] = _outcome(self._work)
        self._work = None  # the postbox holds it too, until its answer is delivered
        self._answered.emit(self._number)


_postbox: _Postbox | None = None


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    parent: QObject,
) -> None:
    """Run ``work`` on the global thread pool; call back on the GUI thread with its outcome, unless
    ``parent`` has been deleted by then. Called on the GUI thread."""
    global _postbox
    if _postbox is None or not isValid(_postbox):  # the first job, or of a new application (tests)
        _postbox = _Postbox()
    _postbox.send(work, on_success, on_failure, parent)


class LatestRead(QObject):
    """A page's data read on the thread pool (when it is first shown, after a change here or at
    another desk): the GUI thread only shows it. A read overtaken by a newer one of the same ``key``
    (or by a read on the GUI thread, see :meth:`overtake`) is not shown; a failed read is raised on
    the GUI thread, as one there would be, after :attr:`failed` has given the page words to show where
    it said it was reading."""

    # A read failed: "读取失败：…", for the label that said 正在读取… (the error itself is raised too).
    failed = Signal(str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._asked = self._outstanding = 0
        self._newest: dict[Hashable, int] = {}  # by key, the read whose answer is to be shown

    def read(self, work: Callable[[], T], show: Callable[[T], object], key: Hashable = None) -> None:
        self._asked += 1
        self._outstanding += 1
        asked = self._newest[key] = self._asked

        def shown(result: T) -> None:
            self._outstanding -= 1
            if self._newest.get(key) == asked:
                show(result)

        def went_wrong(error: Exception) -> None:
            self._outstanding -= 1
            if self._newest.get(key) == asked:  # an overtaken read's failure is not the page's state
                self.failed.emit(self.tr("读取失败：{error}").format(error=message_text(error)))
            raise error

        run_in_background(work, shown, went_wrong, self)

    def overtake(self) -> None:
        """The page reads at once: what is on its way is older, and not shown."""
        self._newest.clear()

    @property
    def pending(self) -> bool:
        """A read is on its way."""
        return self._outstanding > 0
