"""Every write of the screens goes one way: the use case runs, what it changed is recorded by the
units of work it committed (app.db.changes), and the main window hands that to its pages and case
windows (``MainWindow.changed``), as it does other desks' changes. The widget that wrote has shown
its own result already: it is not told again.

:func:`perform` writes at once (a form waiting for its answer); :func:`run_operation` writes off the
GUI thread and calls back there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from app.db.changes import Changes, recording_changes
from ui.main_window import MainWindow
from ui.worker import run_in_background

T = TypeVar("T")


def perform(origin: QWidget, work: Callable[[], T]) -> T:
    """``work()``'s result; what it committed, even if it then failed, is announced from ``origin``."""
    with recording_changes() as changes:
        try:
            return work()
        finally:
            announce(origin, changes())


def run_operation(
    origin: QWidget,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
) -> None:
    """``work()`` on the thread pool; back on the GUI thread, what it changed is announced, then
    ``on_done`` (or ``on_error``) is called."""

    def operate() -> tuple[Any, Changes]:
        with recording_changes() as changes:
            try:
                return work(), changes()
            except Exception as error:  # what it committed before failing is still announced
                raise _Failed(error, changes()) from error

    def done(outcome: tuple[T, Changes]) -> None:
        announce(origin, outcome[1])
        on_done(outcome[0])

    def failed(error: Exception) -> None:
        if isinstance(error, _Failed):
            announce(origin, error.changes)
            error = error.error
        on_error(error)

    run_in_background(operate, done, failed, origin)


class _Failed(Exception):
    """An operation's error, carried with what it had committed to the GUI thread."""

    def __init__(self, error: Exception, changes: Changes) -> None:
        super().__init__(error)
        self.error, self.changes = error, changes


def announce(origin: QWidget, changes: Changes) -> None:
    """``changes`` made by ``origin`` go to the main window it belongs to (none outside one)."""
    widget: QWidget | None = origin
    while widget is not None and not isinstance(widget, MainWindow):
        widget = widget.parentWidget()
    if changes and widget is not None:
        widget.changed.emit(changes, origin)
