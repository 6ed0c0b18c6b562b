"""Long work off the GUI thread: one small helper on QThreadPool with success/failure callbacks."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")


class _Relay(QObject):
    """Carries a job's outcome to the GUI thread, where it lives, and calls back there.

    It lives as long as its parent: deleting it from its own slot (deleteLater) races with the
    pool thread still dropping the job that points at it, and crashes.

    Signals:
        succeeded(object): a 1-tuple of the job's return value (emitted on the worker thread).
        failed(object): the exception the job raised (emitted on the worker thread).
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, on_success: Callable[[Any], None], on_failure: Callable[[Exception], None], parent: QObject
    ):
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        # Slots of an object on the GUI thread: the worker's emits arrive queued, on that thread.
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, boxed: tuple[Any]) -> None:
        self._on_success(boxed[0])

    @Slot(object)
    def _deliver_failure(self, error: Exception) -> None:
        self._on_failure(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which shows it
            self._relay.failed.emit(error)
        else:
            # Boxed: PySide6 6.12 over-releases a None sent through an object signal.
            self._relay.succeeded.emit((result,))


def run_in_background(
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    parent: QObject,
) -> None:
    """Run ``work`` on the global thread pool; call back on the GUI thread with its outcome."""
    QThreadPool.globalInstance().start(_Job(work, _Relay(on_success, on_failure, parent)))


class LatestRead(QObject):
    """A page's data read again on the thread pool, after another desk's or page's change: the GUI
    thread only shows it. A read overtaken by a newer one of the same ``key`` (or by a read on the GUI
    thread, see :meth:`overtake`) is not shown; a failed read is raised on the GUI thread, as one
    there would be."""

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

        def failed(error: Exception) -> None:
            self._outstanding -= 1
            raise error

        run_in_background(work, shown, failed, self)

    def overtake(self) -> None:
        """The page reads at once: what is on its way is older, and not shown."""
        self._newest.clear()

    @property
    def pending(self) -> bool:
        """A read is on its way."""
        return self._outstanding > 0
