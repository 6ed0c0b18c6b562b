"""The office board on a large sample office: first shown, a filter keystroke, a card move.

Usage: python -m tests.benchmarks.board [--cases 20000] [--runs 15] [--json FILE]

Offscreen, in one process on a copy of the cached office. Each figure is the median of the runs
after a warm-up:
- first shown: a new board page built, its leading lanes loaded and the window painted (target
  ≤ 150 ms); every lane: until the rest, read off the GUI thread, is shown too (reported);
- filter keystroke: one character typed into the search box, the board filtered and painted
  (target ≤ 50 ms);
- card move: a card moved to the next column through the page, persisted, its case rescheduled
  and the board painted (target ≤ 30 ms). Moves alternate forward and back.
"""

from __future__ import annotations

import gc
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.domain.vocabulary import TaskStatus  # noqa: E402
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms  # noqa: E402
from tests.benchmarks.office import open_office  # noqa: E402
from ui.board.board_page import BoardPage  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402


def painted(app: QApplication, page: BoardPage) -> None:
    page.view.viewport().repaint()
    app.processEvents()


def shown_board(app: QApplication, database) -> BoardPage:
    """A new page shown with its leading lanes painted (read off the GUI thread after the first paint)."""
    page = BoardPage(database)
    page.resize(1500, 900)
    page.show()
    while page.model.rowCount() == 0:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    painted(app, page)
    return page


def measure(args) -> list[Figure]:
    with open_office(args.cases) as database:
        trips = RoundTrips(database)
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        gc.freeze()  # as the app does once its window is shown

        first_paint: list[float] = []  # the lanes after the leading ones follow

        def first_shown() -> None:
            began = time.perf_counter()
            page = shown_board(app, database)
            first_paint.append(time.perf_counter() - began)
            while page.reading:  # every lane, before the next run (waiting: a spinning loop would
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # starve the read)
            page.close()
            page.deleteLater()

        complete, shown_trips = trips.timed_runs(first_shown, args.runs)
        shown = first_paint[1:]  # after the warm-up, as timed_runs keeps
        page = shown_board(app, database)
        while page.reading:  # the filter and the move on the whole board
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        cards = page.model.shown_count()

        keystrokes = iter(range(10**6))

        def keystroke() -> None:
            page.search.setText("JJ2026"[: 1 + next(keystrokes) % 6])
            painted(app, page)

        typed, typed_trips = trips.timed_runs(keystroke, args.runs)
        page.search.clear()

        page.confirm = lambda _question: True
        page.ask_blocked_reason = lambda _name: "基准测试"
        card = next(c for c in page.model._cards.values() if c.status is TaskStatus.IN_PROGRESS)
        targets = iter([TaskStatus.REVIEW, TaskStatus.IN_PROGRESS] * args.runs * 2)

        def move() -> None:
            assert page.request_move(card.task_id, next(targets), None), page.message.text()
            painted(app, page)

        moves, move_trips = trips.timed_runs(move, args.runs)
    sample = f"{cards} 张卡片，{args.runs} 次中位数"
    return [
        Figure("board_first_shown", "全所看板首次显示", median_ms(shown), "ms", 150, sample,
               shown_trips),
        Figure("board_every_lane", "全所看板：其余泳道读完并显示", median_ms(complete), "ms", None, sample),
        Figure("board_filter_keystroke", "看板筛选：输入一个字符到重绘", median_ms(typed), "ms", 50, sample,
               typed_trips),
        Figure("board_card_move", "看板移动卡片：保存、重排程、重绘", median_ms(moves), "ms", 30, sample,
               move_trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=15)
