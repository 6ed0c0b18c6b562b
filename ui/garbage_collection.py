"""Python's cyclic garbage collector, run when the window can spare it.

Left to itself, a full collection walks every object the app holds (the cases list's rows, the board's
cards: about a million on a 20,000-case office) with every thread stopped, 40–90 ms, whichever thread
happened to allocate: a stall in the middle of a save or a drag. While the window runs, automatic
collection is off (as Anki does); young objects are collected twice a second, which walks only what the
last half second left (a few milliseconds), and the whole heap once the app has been quiet for a while — or
at the latest every ten minutes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

#: How often the young generations are collected (milliseconds).
YOUNG_EVERY_MS = 500
#: A full collection waits for this long without an allocation burst (milliseconds)…
QUIET_FOR_MS = 20_000
#: …but comes at least this often.
FULL_AT_LEAST_EVERY_MS = 10 * 60_000
#: Fewer new container objects than this between two ticks is quiet (a clerk typing, the clocks ticking).
QUIET_ALLOCATIONS = 5_000
#: A quiet app walks the whole heap once this many objects were made since the last time (some of them
#: lived on into the oldest generation, where cycles wait for a full collection).
FULL_AFTER_ALLOCATIONS = 200_000


class IdleCollector(QObject):
    """Collects garbage on the GUI thread when it can spare the time; :meth:`stop` hands collection
    back to Python. Ticks with the given intervals (tests shorten them)."""

    def __init__(
        self,
        parent: QObject,
        young_every_ms: int = YOUNG_EVERY_MS,
        quiet_for_ms: int = QUIET_FOR_MS,
        full_at_least_every_ms: int = FULL_AT_LEAST_EVERY_MS,
        full_after_allocations: int = FULL_AFTER_ALLOCATIONS,
    ) -> None:
        super().__init__(parent)
        self._quiet_for_ms, self._full_every_ms = quiet_for_ms, full_at_least_every_ms
        self._full_after = full_after_allocations
        self._allocated = 0  # container objects made since the last full collection (about)
        self._quiet = QElapsedTimer()  # since the last allocation burst
        self._since_full = QElapsedTimer()
        self._quiet.start()
        self._since_full.start()
        self.full_collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(young_every_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        young = gc.get_count()[0]
        self._allocated += young
        if young >= QUIET_ALLOCATIONS:
            self._quiet.restart()
        quiet = self._quiet.hasExpired(self._quiet_for_ms) and self._allocated >= self._full_after
        if quiet or (self._since_full.hasExpired(self._full_every_ms) and self._allocated):
            gc.collect()
            self.full_collections += 1
            self._allocated = 0
            self._since_full.restart()
        else:
            gc.collect(1)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
