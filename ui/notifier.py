"""Reminders while the app runs: client notices coming due or overdue and SLA clocks breached are
announced once each, in the status bar and, where the desktop has one, the system tray."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.db.database import Database
from app.usecases.client_notices import notices_due
from app.usecases.dashboard import due_within
from app.usecases.sla_clocks import running_clocks
from ui.labels import message_text
from ui.worker import LatestRead

#: How often the reminders look again (ms): a 30-minute promise needs no finer watch.
INTERVAL_MS = 60_000


class Notifier(QObject):
    """Signals: alert(str) — one line per new reminder, for the status bar."""

    alert = Signal(str)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._announced: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("加急工作台"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._look)
        self.reader = LatestRead(self)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(3000, self._look)  # after the window is up, not during start-up

    def _look(self) -> None:
        """Every running clock of the office is computed off the GUI thread; what is new announced."""
        now = self._database.clock.now()
        self.reader.read(lambda: self._due(now), self._announce)

    def check(self, now: datetime | None = None) -> list[str]:
        """Announce what is newly due or breached; returns the new lines."""
        return self._announce(self._due(now or self._database.clock.now()))

    def _due(self, now: datetime) -> list[str]:
        return due_within(notices_due(self._database, now), running_clocks(self._database, now), now)

    def _announce(self, lines: list[str]) -> list[str]:
        fresh = [line for line in lines if line not in self._announced]
        self._announced.update(fresh)
        if fresh:
            text = "\n".join(map(message_text, fresh[:5])) + (
                self.tr("\n……共 {n} 条").format(n=len(fresh)) if len(fresh) > 5 else ""
            )
            self.alert.emit(text.replace("\n", "；"))
            if self.tray is not None:
                self.tray.showMessage(
                    self.tr("加急工作台提醒"), text, QSystemTrayIcon.MessageIcon.Warning, 10000
                )
        return fresh
