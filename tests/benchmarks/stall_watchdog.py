"""An event-loop stall watchdog: how long the GUI thread kept its event loop from turning.

A precise timer on the GUI thread ticks every few milliseconds; a tick that comes late by more than
its interval means the loop was held (a save, a reload, a paint) for that long: a stall. Each stall
is filed under the step marked when it ended, so a scripted day names which step froze the window.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass(frozen=True)
class Stall:
    step: str
    ms: float  # how much later than its interval the tick came


class StallWatchdog(QObject):
    """Ticks every ``interval_ms`` on the thread it lives on (the GUI thread) from ``start()`` to
    ``stop()``; ``stalls`` holds every lateness of ``noted_ms`` or more, in order."""

    def __init__(self, interval_ms: int = 5, noted_ms: float = 10, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms, self.noted_ms = interval_ms, noted_ms
        self.stalls: list[Stall] = []
        self.step = ""
        self._timer = QTimer(self, interval=interval_ms, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def mark(self, step: str) -> None:
        """The stalls from now on are ``step``'s."""
        self.step = step

    def _tick(self) -> None:
        now = time.perf_counter()
        late = (now - self._last) * 1000 - self.interval_ms
        self._last = now
        if late >= self.noted_ms:
            self.stalls.append(Stall(self.step, late))

    def longest(self, step: str | None = None) -> Stall | None:
        """The longest stall, of ``step`` if given; None when there was none to note."""
        return max(
            (s for s in self.stalls if step is None or s.step == step), key=lambda s: s.ms, default=None
        )

    def over(self, ms: float) -> list[Stall]:
        return [stall for stall in self.stalls if stall.ms > ms]
