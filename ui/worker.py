"""Long work off the GUI thread: one small helper on QThreadPool with success/failure callbacks."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from shiboken6 import isValid

from ui.labels import message_text

T = TypeVar("T")

#: How long an answer is held after it was delivered (milliseconds), see _Postbox._deliver.
KEPT_AFTER_ANSWER_MS = 200


class _Postbox(QObject):
    """The one object the pool's jobs answer through, on the GUI thread where it lives, for as long as
    the application: no job ever emits on a deleted object. (A relay per job, owned by the widget that
    asked, died with it — a case window closed while its read was on its way — and the job's emit
    then failed on the pool thread.)

    Signals:
        answered(int, object): a job's number and (True, its return value) or (False, the exception
        it raised); emitted on the pool thread.
    """

    answered = Signal(int, object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._asked = 0
        # By job number: what to call with the answer (None once the asker is gone: nothing keeps a
        # closed window's objects alive), the watch on the asker's end, and the work itself. Whatever
        # the work and its answer hold (a widget, a frame of its traceback) is let go here, on the GUI
        # thread: an object of Qt freed on a pool thread crashes the app.
        self._waiting: dict[int, list[Any]] = {}
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
        QThreadPool.globalInstance().start(_Job(number, work, self.answered))

    def _forget(self, number: int) -> None:
        if (waiting := self._waiting.get(number)) is not None:
            waiting[0] = waiting[1] = None

    @Slot(int, object)
    def _deliver(self, number: int, outcome: tuple[bool, Any]) -> None:
        on_success, on_failure, watch, work = self._waiting.pop(number)
        # Kept a moment: the pool thread lets go of its own reference to the answer just after sending.
        QTimer.singleShot(KEPT_AFTER_ANSWER_MS, lambda kept=(work, outcome): None)
        if on_success is None:  # the asker is gone
            return
        QObject.disconnect(watch)
        succeeded, value = outcome
        if succeeded:
            on_success(value)
        else:
            on_failure(value)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], answered: SignalInstance) -> None:
        super().__init__()
        self._number, self._answered = number, answered
        self._work: Callable[[], Any] | None = work

    def run(self) -> None:
        try:
            # Boxed: PySide6 6.12 over-releases a None sent through an object signal.
            assert self._work is not None  # run once
            outcome = (True, self._work())
        except Exception as error:  # handed to the GUI thread, which shows it
            outcome = (False, error)
        self._work = None  # the postbox holds it too, and lets it go on the GUI thread
        self._answered.emit(self._number, outcome)


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
