"""Every write of the screens goes one way: the use case runs, what it changed is recorded by the
units of work it committed (app.db.changes), and the main window hands that to its pages and case
windows (``MainWindow.changed``), as it does other desks' changes. The widget that wrote has shown
its own result already: it is not told again.

:func:`perform` answers a form waiting for its result; :func:`run_operation` calls back with it. Both
run the use case on the thread pool: the window keeps painting and its timers firing while a save waits
on the disk or the office's server, and no save freezes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from app.db.changes import Changes, recording_changes
from ui.main_window import MainWindow
from ui.worker import run_in_background

T = TypeVar("T")

#: A save waiting longer than this shows the busy cursor.
BUSY_AFTER_MS = 300


def perform(origin: QWidget, work: Callable[[], T]) -> T:
    """``work()``'s result (or its error, raised here); what it committed, even if it then failed, is
    announced from ``origin``. ``work`` runs on the thread pool and must not touch widgets; meanwhile
    the event loop turns here without user input, which waits for the answer: a click during a save
    acts on what the save left, never on what it is changing."""
    outcome: list[Any] = []
    waiting = QEventLoop()

    def finish(result: Any) -> None:
        outcome.append(result)
        waiting.quit()

    run_operation(origin, work, finish, finish, keeper=waiting)  # answered even if origin is deleted
    busy = QTimer(singleShot=True, interval=BUSY_AFTER_MS)
    busy.timeout.connect(lambda: QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor))
    busy.start()
    if not outcome:
        with _input_held():
            waiting.exec()
    if not busy.isActive():
        QApplication.restoreOverrideCursor()
    busy.stop()
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]


def run_operation(
    origin: QWidget,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    keeper: QObject | None = None,
) -> None:
    """``work()`` on the thread pool; back on the GUI thread, what it changed is announced, then
    ``on_done`` (or ``on_error``) is called — unless ``keeper`` (by default ``origin``) is gone."""

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

    run_in_background(operate, done, failed, keeper or origin)


#: What a person does with keys, mouse, wheel, touch and a window's close button: held while a save
#: is waited for.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.Close,
    }
)


class _InputHolder(QObject):
    """Keeps the input events the application receives, to deliver them again when the wait is over
    (hover moves are dropped: the pointer is read again when it moves)."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[QObject, QEvent]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.held.append((watched, event.clone()))
            return True
        return event.type() == QEvent.Type.MouseMove


@contextmanager
def _input_held() -> Iterator[None]:
    application = QCoreApplication.instance()
    assert application is not None  # widgets exist, so the application does
    holder = _InputHolder()
    application.installEventFilter(holder)
    try:
        yield
    finally:
        application.removeEventFilter(holder)
        for receiver, event in holder.held:
            if isValid(receiver):
                QCoreApplication.postEvent(receiver, event)


class _Failed(Exception):
    """An operation's error, carried with what it had committed to the GUI thread."""

    def __init__(self, error: Exception, changes: Changes) -> None:
        super().__init__(error)
        self.error, self.changes = error, changes


def announce(origin: QWidget, changes: Changes) -> None:
    """``changes`` made by ``origin`` go to the main window it belongs to (none outside one)."""
    widget: QWidget | None = origin if isValid(origin) else None
    while widget is not None and not isinstance(widget, MainWindow):
        widget = widget.parentWidget()
    if changes and widget is not None:
        widget.changed.emit(changes, origin)
