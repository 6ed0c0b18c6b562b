"""The dashboard and the case window on a large office (no figure in the issue; measured and reported).

Usage: python -m tests.benchmarks.dashboard [--cases 20000] [--runs 11] [--json FILE]

On a copy of the cached office, offscreen: the dashboard's data (figures, my tasks, cases at risk
with their reasons, notices due, clocks near breach, open incidents, reviews due, mentions) loaded,
then the page refreshed and painted; and a case window opened on an open case and painted once its
header, risks and first tab, read off the GUI thread, have arrived. Medians after a warm-up run.
"""

from __future__ import annotations

import os
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.db.models import Case  # noqa: E402
from app.domain.vocabulary import CaseStatus  # noqa: E402
from app.usecases.dashboard import load_dashboard  # noqa: E402
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms  # noqa: E402
from tests.benchmarks.office import open_office  # noqa: E402
from ui.case.case_window import CaseWindow  # noqa: E402
from ui.pages.dashboard_view import DashboardView  # noqa: E402


def measure(args) -> list[Figure]:
    app = QApplication.instance() or QApplication([])
    with open_office(args.cases) as database:
        trips = RoundTrips(database)
        board = load_dashboard(database, datetime.now(), None)
        data, data_trips = trips.timed_runs(lambda: load_dashboard(database, datetime.now(), None), args.runs)
        view = DashboardView(database)
        view.resize(1200, 760)
        view.show()
        page, page_trips = trips.timed_runs(lambda: (view.refresh(), view.repaint()), args.runs)
        with database.unit_of_work() as session:
            case_id = session.scalar(select(Case.id).where(Case.status == CaseStatus.ACTIVE).limit(1))

        def open_case() -> None:
            window = CaseWindow(database, case_id)
            window.show()
            first_tab = window.panel("team")
            while window.reader.pending or first_tab.reader.pending:  # read on the thread pool
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            window.repaint()
            app.processEvents()
            window.close()

        case_window, case_trips = trips.timed_runs(open_case, args.runs)
    sample = f"{args.runs} 次中位数"
    return [
        Figure("dashboard_data", "工作台数据", median_ms(data), "ms", None,
               f"风险案件 {len(board.at_risk)}，待发通知 {len(board.notices)}，{sample}", data_trips),
        Figure("dashboard_painted", "工作台刷新并绘制", median_ms(page), "ms", None, sample, page_trips),
        Figure("case_window_opened", "打开案件窗口并绘制", median_ms(case_window), "ms", None, sample,
               case_trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=11)
