"""The day's automatic backup, made off the GUI thread: once the window is up (a 200 MB office takes
a few seconds to copy and check), and again after midnight for a desk left running overnight."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.db.database import Database, DatabaseError
from app.usecases.backups import take_daily_backup
from ui.labels import message_text
from ui.worker import run_in_background

#: How often a running desk looks whether the day has changed (ms).
INTERVAL_MS = 10 * 60_000


class DailyBackupTimer(QObject):
    """Signals: message(str) — a line for the status bar when a backup was made or failed."""

    message = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._done_for: date | None = None
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def check(self, now: datetime | None = None) -> bool:
        """Start today's backup unless it was made or is under way; True when one was started."""
        now = now or self._database.clock.now()
        if self._running or self._done_for == now.date() or self._database.file is None:
            return False
        self._running = True
        run_in_background(
            lambda: take_daily_backup(self._database, now),
            lambda made: self._finished(now.date(), made),
            self._failed,
            self,
        )
        return True

    def _finished(self, day: date, made: Path | None) -> None:
        self._running = False
        self._done_for = day
        if made is not None:
            self.message.emit(self.tr("已完成今日自动备份：{name}").format(name=made.name))

    def _failed(self, error: Exception) -> None:
        self._running = False  # tried again at the next check
        if not isinstance(error, DatabaseError):
            raise error
        self.message.emit(self.tr("今日自动备份失败：{error}").format(error=message_text(error)))
