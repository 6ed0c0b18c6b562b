"""Other desks' changes shown here within a second or two: a timer polls the change feed
(app.usecases.desk_sync); on PostgreSQL a NOTIFY from the listener thread wakes it at once. The main
window hands them to its pages and case windows, as it does its own operations' changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.db.database import Database
from app.usecases.desk_sync import ChangeWatcher

#: How often the feed is polled (ms): changes show within 2 seconds, per the issue.
POLL_MS = 1000


class DeskSync(QObject):
    """Signals:
    changed(Changes): another desk changed something (on the GUI thread).
    """

    changed = Signal(object)
    _woken = Signal()  # emitted by the listener thread; queued to this object's (the GUI) thread

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(database)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._woken.connect(self.check)
        self._stop_listening: Callable[[], None] | None = None

    def start(self) -> None:
        self.timer.start()
        self._stop_listening = self.watcher.listen(self._woken.emit)

    def stop(self) -> None:
        self.timer.stop()
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None

    def check(self) -> None:
        if changes := self.watcher.poll():
            self.changed.emit(changes)
