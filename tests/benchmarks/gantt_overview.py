"""The Gantt overview of every open case, first shown (reported, not judged).

Usage: python -m tests.benchmarks.gantt_overview [--cases 20000] [--runs 11] [--json FILE]

Offscreen, on a scratch copy of the cached office (tests.benchmarks.office.open_office): a new Gantt
page built on its overview (every open case scheduled as of now, the cases at risk listed, the rows
laid out: read on the thread pool, then shown) and painted, as when 甘特图 is first opened. Median
after a warm-up.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms  # noqa: E402
from tests.benchmarks.office import open_office  # noqa: E402
from ui.gantt.gantt_page import GanttPage  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402


def measure(args) -> list[Figure]:
    with open_office(args.cases) as database:
        trips = RoundTrips(database)
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        gc.freeze()  # as the app does once its window is shown
        rows = []

        def first_shown() -> None:
            page = GanttPage(database)
            page.resize(1600, 900)
            page.show()
            while page.reader.pending:  # the overview is read on the thread pool
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            page.chart.viewport().repaint()
            app.processEvents()
            rows.append(len(page.chart.rows))
            page.close()
            page.deleteLater()

        shown, shown_trips = trips.timed_runs(first_shown, args.runs)
    return [
        Figure("gantt_overview_shown", "全所甘特图概览首次显示", median_ms(shown), "ms", None,
               f"{rows[-1]:,} 行，{args.runs} 次中位数", shown_trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=11)
