"""Garbage is collected when the window can spare it (ui/garbage_collection.py): young objects every
tick, the whole heap once the app is quiet, or at the latest after a while."""

import gc
import weakref

from PySide6.QtCore import QObject, QTimer

from ui.garbage_collection import QUIET_ALLOCATIONS, IdleCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_automatic_collection_is_off_while_the_window_runs_and_back_after(qtbot):
    owner = QObject()
    collector = IdleCollector(owner, young_every_ms=10)
    try:
        assert not gc.isenabled()
    finally:
        collector.stop()
    assert gc.isenabled()


def test_young_garbage_goes_at_the_next_tick(qtbot):
    owner = QObject()
    collector = IdleCollector(owner, young_every_ms=10)
    try:
        node = _Node()
        gone = weakref.ref(node)
        del node
        qtbot.waitUntil(lambda: gone() is None, timeout=2000)
        assert collector.full_collections == 0
    finally:
        collector.stop()


def test_the_whole_heap_waits_for_a_quiet_app_but_not_forever(qtbot):
    owner = QObject()
    kept: list[list[object]] = []
    bursts = QTimer(interval=5)  # new objects between any two ticks: reads arriving, saves
    bursts.timeout.connect(lambda: kept.append([[] for _ in range(QUIET_ALLOCATIONS + 100)]))
    bursts.start()
    collector = IdleCollector(
        owner,
        young_every_ms=20,
        quiet_for_ms=150,
        full_at_least_every_ms=60_000,
        full_after_allocations=20_000,
    )
    try:
        qtbot.wait(400)
        assert collector.full_collections == 0  # never quiet
        bursts.stop()
        qtbot.waitUntil(lambda: collector.full_collections == 1, timeout=2000)  # quiet: the whole heap
    finally:
        collector.stop()

    bursts.start()
    busy_for_long = IdleCollector(owner, young_every_ms=20, quiet_for_ms=60_000, full_at_least_every_ms=200)
    try:
        qtbot.waitUntil(lambda: busy_for_long.full_collections >= 1, timeout=2000)  # at the latest
    finally:
        busy_for_long.stop()
        bursts.stop()
