"""The Gantt chart of a 1,000-task case: built and first painted, and a drag edit.

Usage: python -m tests.benchmarks.gantt [--cases 20000] [--runs 11] [--json FILE]

Offscreen, on a copy of the cached 20,000-case office with one more case whose plan is the
scheduling benchmark's random network. Medians after a warm-up:
- built and first painted: the case's Gantt loaded, scheduled, laid out and painted (≤ 100 ms);
- drag edit: a task moved later through the page, stored, the case rescheduled, the chart
  reloaded and repainted (≤ 30 ms, the Gantt issue's own target). Moves alternate between two starts.
"""

from __future__ import annotations

import gc
import os
from datetime import datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select, update  # noqa: E402

from app.db.models import Case, Client, Task, TaskDependency  # noqa: E402
from app.domain.vocabulary import CaseStatus, ServiceType  # noqa: E402
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms  # noqa: E402
from tests.benchmarks.office import open_office  # noqa: E402
from tests.benchmarks.scheduling import random_plan  # noqa: E402
from ui.gantt.gantt_page import GanttPage  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402

TASKS = 1000


def add_big_case(database, size: int, now: datetime) -> int:
    plan = random_plan(size)
    with database.unit_of_work() as session:
        client_id = session.scalar(select(Client.id).limit(1))
        case = Case(number="JJ2026-99999", client_id=client_id, service_type=ServiceType.LICENCE,
                    title="大型资质升级（基准测试）", status=CaseStatus.ACTIVE,
                    requested_deadline=now + timedelta(days=120))  # fmt: skip
        session.add(case)
        session.flush()
        # Ids drawn from the database (its sequence on PostgreSQL), in the plan's order.
        added = session.scalars(insert(Task).returning(Task.id, sort_by_parameter_order=True), [
            {"case_id": case.id, "name": t.name, "duration_minutes": t.duration_minutes, "position": n,
             "board_rank": 0.0} for n, t in enumerate(plan)
        ])  # fmt: skip
        ids = dict(zip((task.key for task in plan), added, strict=True))
        session.execute(update(Task).where(Task.case_id == case.id).values(board_rank=Task.id))
        session.execute(insert(TaskDependency), [
            {"predecessor_id": ids[link.predecessor], "successor_id": ids[t.key], "kind": link.kind,
             "lag_minutes": link.lag_minutes} for t in plan for link in t.predecessors
        ])  # fmt: skip
        return case.id


def measure(args) -> list[Figure]:
    with open_office(args.cases) as database:
        now = datetime.now().replace(microsecond=0)
        case_id = add_big_case(database, TASKS, now)
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        page = GanttPage(database)
        page.resize(1600, 900)

        def painted() -> None:
            while page.reader.pending:  # what the page shows is read on the thread pool
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            page.chart.viewport().repaint()
            app.processEvents()

        page.show()
        painted()
        trips = RoundTrips(database)
        gc.freeze()  # as the app does once its window is shown

        built, built_trips = trips.timed_runs(lambda: (page.show_case(case_id), painted()), args.runs)
        task = next(row for row in page.chart.rows if row.movable)
        starts = iter([task.start + timedelta(days=2), task.start + timedelta(days=3)] * (args.runs + 1))
        edits, edit_trips = trips.timed_runs(
            lambda: (page.move_task(task.key, next(starts)), painted()), args.runs
        )
    sample = f"{TASKS:,} 个任务的案件，{args.runs} 次中位数"
    return [
        Figure(
            "gantt_built_painted",
            f"{TASKS:,} 个任务的甘特图：建图并绘制",
            median_ms(built),
            "ms",
            100,
            sample,
            built_trips,
        ),
        Figure("gantt_drag_edit", "甘特图拖动修改：保存、重排程、重绘", median_ms(edits), "ms", 30, sample,
               edit_trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=11)
