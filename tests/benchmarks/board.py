"""The office board on a large sample office: first shown, a filter keystroke, a card move.

Usage: python -m tests.benchmarks.board [--cases 20000] [--runs 15]

Offscreen, in one process on a copy of the cached office. Each figure is the median of the runs
after a warm-up:
- first shown: a new board page built, its cards loaded and the window painted (target ≤ 150 ms);
- filter keystroke: one character typed into the search box, the board filtered and painted
  (target ≤ 50 ms);
- card move: a card moved to the next column through the page, persisted, its case rescheduled
  and the board painted (target ≤ 30 ms). Moves alternate forward and back.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.database import open_database  # noqa: E402
from app.domain.vocabulary import TaskStatus  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402
from ui.pages.board_page import BoardPage  # noqa: E402


def _painted(app: QApplication, page: BoardPage) -> None:
    page.view.viewport().repaint()
    app.processEvents()


def _median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        gc.freeze()  # as the app does once its window is shown

        shown = []
        for _ in range(args.runs + 1):
            began = time.perf_counter()
            page = BoardPage(database)
            page.resize(1500, 900)
            page.show()
            _painted(app, page)
            shown.append(time.perf_counter() - began)
            cards = page.model.shown_count()
            page.close()
            page.deleteLater()
        page = BoardPage(database)
        page.resize(1500, 900)
        page.show()
        _painted(app, page)

        typed = []
        for n in range(args.runs + 1):
            began = time.perf_counter()
            page.search.setText("JJ2026"[: 1 + n % 6])
            _painted(app, page)
            typed.append(time.perf_counter() - began)
        page.search.clear()

        page.confirm = lambda _question: True
        page.ask_blocked_reason = lambda _name: "基准测试"
        card = next(c for c in page.model._cards.values() if c.status is TaskStatus.IN_PROGRESS)
        moves = []
        for n in range(args.runs + 1):
            target = TaskStatus.REVIEW if n % 2 == 0 else TaskStatus.IN_PROGRESS
            began = time.perf_counter()
            assert page.request_move(card.task_id, target, None), page.message.text()
            _painted(app, page)
            moves.append(time.perf_counter() - began)
        database.dispose()

    print(f"office board, {args.cases} cases, {cards} cards on the board:")
    print(f"  first shown      median {_median_ms(shown[1:])} (target ≤ 150 ms)")
    print(f"  filter keystroke median {_median_ms(typed[1:])} (target ≤ 50 ms)")
    print(f"  card move        median {_median_ms(moves[1:])} (target ≤ 30 ms)")


if __name__ == "__main__":
    main()
