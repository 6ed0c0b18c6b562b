"""The Qt binding keeps Python's reference counts: emitting signals must not release True or None.

PySide6 6.12.0 does (every ``emit()`` gives back a reference it never took), which crashes the
app on Python 3.11 after enough emits; pyproject.toml keeps that release out.
"""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    number = Signal(int)
    anything = Signal(object)


def test_emitting_keeps_the_reference_counts_of_true_and_none():
    emitter = _Emitter()
    received = []
    emitter.number.connect(received.append)
    emitter.anything.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.number.emit(0)
        emitter.anything.emit(None)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert len(received) == 1000
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5
