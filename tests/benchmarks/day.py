"""No frozen window: a coordinator's scripted day on the large office, watched for event-loop stalls.

Usage: python -m tests.benchmarks.day [--cases 20000] [--runs 3] [--json FILE] [--profile]

Offscreen, the main window on a scratch copy of the cached office (tests.benchmarks.office_window:
SQLite, or PostgreSQL with ``--db postgres``), 王磊 (a coordinator) logged in. Through the widgets, as
the user works them (key clicks, the buttons' and the drags' own slots): the cases list opened, an
intake typed into the intake form and saved, the office board opened and cards moved with
Ctrl+→ / Ctrl+←, the Gantt overview opened, a case's Gantt opened and bars dragged, a case window
opened and a line posted in its feed, the new case's confirmation letter generated, and the knowledge
base exported to Excel. Meanwhile a watchdog ticks every 5 ms on the GUI thread
(tests.benchmarks.stall_watchdog): a tick late by more than that is a stall, when the window could not
paint nor take a key. Figures: the longest stall of the day (target ≤ 50 ms), how many were over
50 ms (target 0), and each step's longest (reported, with the database round trips the step made
from any thread). Each of the ``--runs`` days runs in a fresh process on a fresh copy, as the app
starts; the figures are the day's whose longest stall is the median. ``--profile`` prints, for each
step with a stall over 50 ms, where the GUI thread spent that step (cProfile, the GUI thread only; the
figures are then the profiled days').
"""

from __future__ import annotations

import cProfile
import gc
import io
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Case
from app.domain.vocabulary import CaseStatus, TaskStatus
from app.usecases.intake import SavedIntake, load_intake_context
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, read_json
from tests.benchmarks.intake import intake_form
from tests.benchmarks.office_window import office_window
from tests.benchmarks.stall_watchdog import StallWatchdog
from ui.board.board_page import BoardPage
from ui.case.activity_panel import ActivityPanel
from ui.case.case_window import CaseWindow
from ui.gantt.gantt_page import GanttPage
from ui.knowledge.knowledge_page import KnowledgePage
from ui.main_window import PAGE_KEYS, MainWindow
from ui.pages.cases_view import CasesView

#: Who works the day: a coordinator takes cases in, plans, moves cards and writes to clients.
COORDINATOR = "wanglei"
#: Stalls longer than this are the window frozen (the issue's bound).
FROZEN_MS = 50
#: The loop left to turn after each step, as between a user's actions (late paints, deferred updates).
SETTLE_MS = 150
#: (key, what the table calls the step), in the order of the day; each a method of Day but the
#: second parts, which the step before marks when it gets there (the form typed, then saved).
STEPS = (
    ("cases", "打开案件列表"),
    ("intake", "打开接待单（Ctrl+N）并填写"),
    ("intake_save", "保存接待单"),
    ("board", "打开全所看板"),
    ("moves", "看板上用键盘移动卡片 6 次"),
    ("gantt", "打开甘特图概览"),
    ("gantt_case", "打开一个案件的甘特图"),
    ("gantt_edits", "甘特图上拖动任务 3 次"),
    ("case_window", "打开案件窗口"),
    ("case_write", "在案件动态中发言"),
    ("letter", "打开新案件的确认书"),
    ("letter_generate", "生成确认书新版本"),
    ("knowledge", "打开知识库"),
    ("kb_export", "导出知识库到 Excel"),
)
SECOND_PARTS = {"intake_save", "letter_generate"}
STEP_NAMES = {"": "两步之间", **dict(STEPS)}
PageT = TypeVar("PageT", bound=QWidget)


def settle(ms: int = SETTLE_MS) -> None:
    """The event loop turned for ``ms`` as app.exec() turns it: QTest.qWait keeps Python's lock from
    the thread pool meanwhile (a background read or export then crawls, 6 s becoming 30)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(done: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the step did not finish")
        settle(20)


def while_modal(opens: Callable[[], object], works: Callable[[Any], None]) -> None:
    """``opens()`` shows a modal dialog (``exec()``), at once or once what it offers is read off the GUI
    thread: ``works`` is called with it from inside its loop."""
    looking = QTimer(interval=5)

    def look() -> None:
        if (dialog := QApplication.activeModalWidget()) is not None:
            looking.stop()
            works(dialog)

    looking.timeout.connect(look)
    looking.start()
    opens()
    wait_until(lambda: not looking.isActive(), timeout_s=30)


class Day:
    """The steps of one day in ``window``, each run by ``run(key)`` under ``watchdog``."""

    def __init__(
        self, window: MainWindow, database: Database, watchdog: StallWatchdog, folder: Path, profile: bool
    ) -> None:
        self.window, self.database, self.watchdog, self.folder = window, database, watchdog, folder
        self.profiles: dict[str, cProfile.Profile] = {}
        self._profile = profile
        self.trips = RoundTrips(database)
        self.marks: list[tuple[str, float, int]] = []  # (step, when it began, round trips sent by then)
        self.saved: SavedIntake | None = None
        self.case: CaseWindow | None = None
        # What the clerk will type, read before the day (the script's reading is not the window's).
        self.typed = intake_form(load_intake_context(database), 0, database.clock.now())
        with database.unit_of_work() as session:
            self.case_id, self.number = session.execute(
                select(Case.id, Case.number)
                .where(Case.status == CaseStatus.ACTIVE)
                .order_by(Case.id)
                .limit(1)
            ).one()

    def run(self, key: str) -> None:
        """The step ``key``, then the loop left to settle."""
        first = len(self.marks)
        self.mark(key)
        profiler = cProfile.Profile() if self._profile else None
        if profiler is not None:
            profiler.enable()  # this thread only: where the GUI thread spends the step
        getattr(self, key)()
        settle()
        if profiler is not None:
            profiler.disable()
            self.profiles.update((marked[0], profiler) for marked in self.marks[first:])
        self.mark("")

    def mark(self, key: str) -> None:
        self.watchdog.mark(key)
        self.marks.append((key, time.perf_counter(), self.trips.sent))

    def took(self) -> dict[str, tuple[float, int]]:
        """The seconds and the database round trips from each step's mark to the next."""
        spans = zip(self.marks, self.marks[1:], strict=False)
        return {key: (end - at, then - sent) for (key, at, sent), (_, end, then) in spans if key}

    def page(self, key: str, kind: type[PageT]) -> PageT:
        page = self.window.page(key)
        assert isinstance(page, kind)
        return page

    def front(self) -> None:
        """The main window active again (a dialog just closed), so that its shortcuts work."""
        self.window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is self.window, timeout_s=5)

    def go(self, key: str) -> None:
        """Ctrl+1…7: the page's shortcut."""
        self.front()
        number = Qt.Key(Qt.Key.Key_1 + PAGE_KEYS.index(key))
        QTest.keyClick(self.window, number, Qt.KeyboardModifier.ControlModifier)
        assert self.window.current_page_key() == key

    def cases(self) -> None:
        self.go("cases")
        page = self.page("cases", CasesView)
        wait_until(lambda: not page.reader.pending, timeout_s=60)  # read off the GUI thread

    def intake(self) -> None:
        def type_and_save(dialog) -> None:
            dialog.set_form(self.typed)
            settle()
            self.mark("intake_save")
            QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            self.saved = dialog.saved
            if dialog.isVisible():  # refused: say why rather than wait on the form
                text = dialog.summary.text()
                dialog.reject()
                raise AssertionError(f"intake not saved: {text}")

        self.front()
        while_modal(lambda: QTest.keyClick(self.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                    type_and_save)  # fmt: skip
        assert self.saved is not None

    def board(self) -> None:
        self.go("board")
        page = self.page("board", BoardPage)
        wait_until(lambda: not page.reading, timeout_s=60)  # read off the GUI thread, in two parts

    def moves(self) -> None:
        page = self.page("board", BoardPage)
        page.confirm = lambda _question: True  # 是, as the coordinator answers
        page.ask_unsigned_start = lambda _number, _person: True
        statuses = [setting.status for setting in page.model.columns]
        column = statuses.index(TaskStatus.IN_PROGRESS)
        card = next(
            card
            for row in range(page.model.rowCount())
            if not page.model.is_collapsed(row)
            for card in page.model.cards_at(row, column)
        )
        page.view.setFocus()
        page.view.select_card(card.task_id)
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left) * 3:
            QTest.keyClick(page.view, key, Qt.KeyboardModifier.ControlModifier)
            settle(50)
        moved = page.model.card(card.task_id)
        assert moved is not None and moved.status is TaskStatus.IN_PROGRESS, page.message.text()
        assert page.undo_stack.count() == 6, page.message.text()

    def gantt(self) -> None:
        self.go("gantt")
        page = self.page("gantt", GanttPage)
        wait_until(lambda: not page.reader.pending, timeout_s=60)  # read off the GUI thread

    def gantt_case(self) -> None:
        page = self.page("gantt", GanttPage)
        page.open_case(self.case_id, self.number)
        wait_until(lambda: not page.reader.pending, timeout_s=60)

    def gantt_edits(self) -> None:
        page = self.page("gantt", GanttPage)
        task, start = next((row, row.start) for row in page.chart.rows if row.movable and row.start)
        for days in (1, 2, 1):  # a bar dragged later and let go
            page.chart.move_requested.emit(task.key, start + timedelta(days=days))
            settle(50)
        assert page.undo_stack.count() == 3, page.message.text()

    def case_window(self) -> None:
        self.case = self.window.open_case_window(self.case_id)

    def case_write(self) -> None:
        assert self.case is not None
        self.case.show_tab("activity")
        panel = self.case.panel("activity")
        assert isinstance(panel, ActivityPanel)
        wait_until(lambda: not panel.reader.pending, timeout_s=30)  # the feed read off the GUI thread
        before = panel.model.rowCount()
        panel.text.setFocus()
        typed = QInputMethodEvent()  # Chinese arrives from the input method, a phrase at a time
        typed.setCommitString("已与客户确认材料齐全，明早递交")
        QApplication.sendEvent(panel.text, typed)
        QTest.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_until(lambda: not panel.reader.pending, timeout_s=30)  # the feed read again off the GUI thread
        assert panel.model.rowCount() == before + 1, panel.error.text()
        self.case.close()

    def letter(self) -> None:
        self.go("cases")
        cases = self.page("cases", CasesView)
        wait_until(lambda: not cases.reader.pending, timeout_s=60)
        assert self.saved is not None
        cases.select_case(self.saved.case_id)
        generated: list[str] = []

        def generate(dialog) -> None:
            settle()
            self.mark("letter_generate")
            QTest.mouseClick(dialog.findChild(QPushButton, "generate_letter"), Qt.MouseButton.LeftButton)
            generated.append(dialog.message.text())
            dialog.accept()

        while_modal(cases.open_letters, generate)
        assert generated and "已生成" in generated[0], generated

    def knowledge(self) -> None:
        self.go("knowledge")
        page = self.page("knowledge", KnowledgePage)
        wait_until(lambda: not page.reader.pending, timeout_s=60)  # read off the GUI thread

    def kb_export(self) -> None:
        page = self.page("knowledge", KnowledgePage)
        page.export(self.folder / "复盘知识库.xlsx")  # what 导出… does with the file chosen
        wait_until(lambda: "导出" in page.message.text(), timeout_s=120)
        assert "已导出" in page.message.text(), page.message.text()


def one_day(
    cases: int, profile: bool
) -> tuple[StallWatchdog, dict[str, tuple[float, int]], dict[str, cProfile.Profile]]:
    """The watchdog of one day, each step's seconds and round trips, and (``profile``) each step's profile."""
    with (
        office_window(cases, COORDINATOR) as (_app, window, database),
        tempfile.TemporaryDirectory() as folder,
    ):
        settle(300)  # the first paint and the dashboard, before the day begins
        gc.freeze()  # as the app does once its window is shown
        watchdog = StallWatchdog(interval_ms=5)
        day = Day(window, database, watchdog, Path(folder), profile)
        watchdog.start()
        settle(100)
        for key, _name in STEPS:
            if key not in SECOND_PARTS:
                day.run(key)
        watchdog.stop()
        return watchdog, day.took(), day.profiles


def print_profiles(watchdog: StallWatchdog, profiles: dict[str, cProfile.Profile]) -> None:
    for key in dict.fromkeys(stall.step for stall in watchdog.over(FROZEN_MS)):
        if key in profiles:
            out = io.StringIO()
            pstats.Stats(profiles[key], stream=out).sort_stats("cumulative").print_stats(30)
            print(f"\n== {STEP_NAMES[key]} ({key}): the GUI thread ==\n{out.getvalue()}", file=sys.stderr)


def day_figures(watchdog: StallWatchdog, took: dict[str, tuple[float, int]]) -> list[Figure]:
    longest = watchdog.longest()
    frozen = watchdog.over(FROZEN_MS)
    where = "，".join(f"{STEP_NAMES[s.step]} {s.ms:.0f} ms" for s in frozen) or "无"
    step = "—" if longest is None else STEP_NAMES[longest.step]
    sample = f"看门狗每 {watchdog.interval_ms} ms 一跳"
    figures = [
        Figure("day_longest_stall", "一天的操作中界面最长卡顿", 0 if longest is None else longest.ms, "ms",
               FROZEN_MS, f"在“{step}”；{sample}"),
        Figure("day_stalls_over_50ms", "一天中超过 50 ms 的卡顿", len(frozen), "次", 0, where),
    ]  # fmt: skip
    for key, name in STEPS:
        stall, (seconds, trips) = watchdog.longest(key), took[key]
        figures.append(
            Figure(f"day_stall_{key}", f"　{name}：最长卡顿", 0 if stall is None else stall.ms, "ms", None,
                   f"该步 {seconds * 1000:.0f} ms（含其后 {SETTLE_MS} ms 空闲）", trips)
        )  # fmt: skip
    return figures


def measure(args) -> list[Figure]:
    """One day here; or ``--runs`` days, each in a fresh process as the app starts, and the median day."""
    if args.runs == 1:
        watchdog, took, profiles = one_day(args.cases, args.profile)
        if args.profile:
            print_profiles(watchdog, profiles)
        return day_figures(watchdog, took)
    days = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.runs):
            out = Path(folder) / f"day{n}.json"
            command = [
                sys.executable,
                "-m",
                "tests.benchmarks.day",
                "--runs",
                "1",
                "--cases",
                str(args.cases),
            ]
            subprocess.run([*command, "--json", str(out), *(["--profile"] if args.profile else [])],
                           check=True, stdout=subprocess.DEVNULL)  # fmt: skip
            days.append(read_json(out))
    days.sort(key=lambda figures: figures[0].measured)  # by the day's longest stall
    median = days[len(days) // 2]
    every = "、".join(f"{figures[0].measured:.0f}" for figures in days)
    return [
        replace(median[0], detail=f"{median[0].detail}；{args.runs} 天（各 {every} ms）居中的一天"),
        *median[1:],
    ]


def main() -> None:
    profile = "--profile" in sys.argv  # where each step that froze the window spent it (cProfile)
    sys.argv = [arg for arg in sys.argv if arg != "--profile"]

    def measured(args) -> list[Figure]:
        args.profile = profile
        return measure(args)

    benchmark_main(__doc__, measured, runs=3)


if __name__ == "__main__":
    main()
