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


def test_a_page_whose_read_fails_says_so_where_it_said_it_was_reading(qtbot, sample_database, monkeypatch):
    """Seen: a read that failed left the cases list and the board saying 正在读取… until F5."""
    from ui.board import board_page
    from ui.pages import cases_view

    def lost(*args, **kwargs):
        raise RuntimeError("数据库连接已断开")

    monkeypatch.setattr(cases_view, "list_case_rows", lost)
    monkeypatch.setattr(board_page, "leading_cases", lost)
    cases = cases_view.CasesView(sample_database)
    board = board_page.BoardPage(sample_database)
    for page in (cases, board):
        qtbot.addWidget(page)
    with qtbot.captureExceptions() as raised:  # raised on the GUI thread too, as the app shows an error
        cases.show()
        board.show()
        qtbot.waitUntil(lambda: len(raised) == 2)
    assert cases.count_label.text() == board.status.text() == "读取失败：数据库连接已断开"
    assert all(isinstance(error, RuntimeError) for _type, error, _trace in raised)


def test_a_failed_read_that_was_overtaken_says_nothing(qtbot):
    """Seen in review: a read overtaken by a newer one, failing later, put 读取失败 over a page that
    showed the newer read."""
    reader = LatestRead(None)
    said: list[str] = []
    reader.failed.connect(said.append)

    def slow_failure() -> str:
        time.sleep(0.2)
        raise RuntimeError("连接已断开")

    with qtbot.captureExceptions() as raised:
        reader.read(slow_failure, lambda _read: None)
        reader.read(lambda: "newer", lambda _read: None)
        qtbot.waitUntil(lambda: not reader.pending)
    assert len(raised) == 1 and said == []
    with qtbot.captureExceptions() as raised:
        reader.read(slow_failure, lambda _read: None)
        qtbot.waitUntil(lambda: not reader.pending)
    assert said == ["读取失败：连接已断开"]
