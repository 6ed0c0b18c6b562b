"""The dashboard and the case window on a large office (no figure in the issue; measured and reported).

Usage: python -m tests.benchmarks.dashboard [--cases 20000] [--runs 11]

On a copy of the cached office, offscreen: the dashboard's data (figures, my tasks, cases at risk
with their reasons, notices due, clocks near breach, open incidents, reviews due, mentions) loaded,
then the page refreshed and painted; and a case window opened on an open case (header, risks, first
tab) and painted. Medians after a warm-up run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.db.database import open_database  # noqa: E402
from app.db.models import Case  # noqa: E402
from app.domain.vocabulary import CaseStatus  # noqa: E402
from app.usecases.dashboard import load_dashboard  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
from ui.case.case_window import CaseWindow  # noqa: E402
from ui.pages.dashboard_view import DashboardView  # noqa: E402


def _median(action, runs: int) -> float:
    samples = []
    for _ in range(runs + 1):
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples[1:]) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        now = datetime.now()
        board = load_dashboard(database, now, None)
        data = _median(lambda: load_dashboard(database, datetime.now(), None), args.runs)
        view = DashboardView(database)
        view.resize(1200, 760)
        view.show()

        def refresh() -> None:
            view.refresh()
            view.repaint()

        page = _median(refresh, args.runs)
        with database.unit_of_work() as session:
            case_id = session.scalar(select(Case.id).where(Case.status == CaseStatus.ACTIVE).limit(1))

        def open_case() -> None:
            window = CaseWindow(database, case_id)
            window.show()
            window.repaint()
            app.processEvents()
            window.close()

        case_window = _median(open_case, args.runs)
        database.dispose()
    print(
        f"dashboard data: median {data:.1f} ms ({len(board.at_risk)} cases at risk, "
        f"{len(board.notices)} notices due, {len(board.clocks)} clocks near breach, "
        f"{len(board.incidents)} open incidents)\n"
        f"dashboard refreshed and painted: median {page:.1f} ms\n"
        f"case window opened and painted: median {case_window:.1f} ms"
    )


if __name__ == "__main__":
    main()
