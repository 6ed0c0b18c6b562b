"""The office board on a large sample office: first shown, a filter keystroke, a card move.

Usage: python -m tests.benchmarks.board [--cases 20000] [--runs 15] [--json FILE]

Offscreen, in one process on a copy of the cached office. Each figure is the median of the runs
after a warm-up:
- first shown: a new board page built, its cards loaded and the window painted (target ≤ 150 ms);
- filter keystroke: one character typed into the search box, the board filtered and painted
  (target ≤ 50 ms);
- card move: a card moved to the next column through the page, persisted, its case rescheduled
  and the board painted (target ≤ 30 ms). Moves alternate forward and back.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.database import open_database  # noqa: E402
from app.domain.permissions import SYSTEM  # noqa: E402
from app.domain.vocabulary import TaskStatus  # noqa: E402
from tests.benchmarks.figures import Figure, benchmark_main, median_ms, timed_runs  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
from ui.board.board_page import BoardPage  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402


def painted(app: QApplication, page: BoardPage) -> None:
    page.view.viewport().repaint()
    app.processEvents()


def shown_board(app: QApplication, database) -> BoardPage:
    page = BoardPage(database)
    page.resize(1500, 900)
    page.show()
    painted(app, page)
    return page


def measure(args) -> list[Figure]:
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        gc.freeze()  # as the app does once its window is shown

        def first_shown() -> None:
            page = shown_board(app, database)
            page.close()
            page.deleteLater()

        shown = timed_runs(first_shown, args.runs)
        page = shown_board(app, database)
        cards = page.model.shown_count()

        keystrokes = iter(range(10**6))

        def keystroke() -> None:
            page.search.setText("JJ2026"[: 1 + next(keystrokes) % 6])
            painted(app, page)

        typed = timed_runs(keystroke, args.runs)
        page.search.clear()

        page.confirm = lambda _question: True
        page.ask_blocked_reason = lambda _name: "基准测试"
        card = next(c for c in page.model._cards.values() if c.status is TaskStatus.IN_PROGRESS)
        targets = iter([TaskStatus.REVIEW, TaskStatus.IN_PROGRESS] * args.runs * 2)

        def move() -> None:
            assert page.request_move(card.task_id, next(targets), None), page.message.text()
            painted(app, page)

        moves = timed_runs(move, args.runs)
        database.dispose()
    sample = f"{cards} 张卡片，{args.runs} 次中位数"
    return [
        Figure("board_first_shown", "全所看板首次显示", median_ms(shown), "ms", 150, sample),
        Figure("board_filter_keystroke", "看板筛选：输入一个字符到重绘", median_ms(typed), "ms", 50, sample),
        Figure("board_card_move", "看板移动卡片：保存、重排程、重绘", median_ms(moves), "ms", 30, sample),
    ]


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=15)
