"""Reads after a change run on the thread pool; only the newest is shown (ui/worker.LatestRead), and
the reminders' minute look computes every running clock there too (ui/notifier)."""

import threading
import time

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

import ui.notifier as notifier_module
from ui.notifier import Notifier
from ui.worker import LatestRead


def test_an_overtaken_read_is_not_shown(qtbot):
    reader = LatestRead(None)
    shown: list[str] = []

    def slow() -> str:
        time.sleep(0.2)
        return "older"

    reader.read(slow, shown.append)
    reader.read(lambda: "newer", shown.append)
    qtbot.waitUntil(lambda: not reader.pending)
    assert shown == ["newer"]

    reader.read(slow, shown.append)
    reader.overtake()  # the page read at once on the GUI thread
    qtbot.waitUntil(lambda: not reader.pending)
    assert shown == ["newer"]


def test_the_reminders_look_off_the_gui_thread_and_announce_each_line_once(
    qtbot, sample_database, monkeypatch
):
    threads: list[threading.Thread] = []

    def due(*args):
        threads.append(threading.current_thread())
        return ["案件 A 的承诺 10 分钟后到期"]

    monkeypatch.setattr(notifier_module, "due_within", due)
    notifier = Notifier(sample_database)
    alerts: list[str] = []
    notifier.alert.connect(alerts.append)
    for _ in range(2):
        notifier.timer.timeout.emit()
        qtbot.waitUntil(lambda: not notifier.reader.pending)
    assert alerts == ["案件 A 的承诺 10 分钟后到期"]
    assert threads and threading.main_thread() not in threads


def test_a_read_for_a_window_closed_meanwhile_answers_nobody_and_fails_nowhere(qtbot, capfd):
    # A case window closed while its header was read: the job's answer went to an object deleted with
    # the window, and failed on the pool thread ("Signal source has been deleted").
    window = QWidget()
    reader = LatestRead(window)
    shown: list[str] = []
    release = threading.Event()
    reader.read(lambda: "read" if release.wait(5) else "timed out", shown.append)
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # the answer, had it been sent, would have arrived
    assert shown == [] and "Error" not in capfd.readouterr().err
