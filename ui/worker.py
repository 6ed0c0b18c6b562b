"""Long work off the GUI thread: one small helper on QThreadPool with success/failure callbacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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
