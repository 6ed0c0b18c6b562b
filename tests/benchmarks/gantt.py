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

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from app.db.database import open_database  # noqa: E402
from app.db.models import Case, Client, Task, TaskDependency  # noqa: E402
from app.domain.permissions import SYSTEM  # noqa: E402
from app.domain.vocabulary import CaseStatus, ServiceType  # noqa: E402
from tests.benchmarks.figures import Figure, benchmark_main, median_ms, timed_runs  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
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
        first = (session.scalar(select(Task.id).order_by(Task.id.desc()).limit(1)) or 0) + 1
        ids = {task.key: first + n for n, task in enumerate(plan)}
        session.execute(insert(Task), [
            {"id": ids[t.key], "case_id": case.id, "name": t.name, "duration_minutes": t.duration_minutes,
             "position": n, "board_rank": float(ids[t.key])} for n, t in enumerate(plan)
        ])  # fmt: skip
        session.execute(insert(TaskDependency), [
            {"predecessor_id": ids[link.predecessor], "successor_id": ids[t.key], "kind": link.kind,
             "lag_minutes": link.lag_minutes} for t in plan for link in t.predecessors
        ])  # fmt: skip
        return case.id


def measure(args) -> list[Figure]:
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        now = datetime.now().replace(microsecond=0)
        case_id = add_big_case(database, TASKS, now)
        app = QApplication.instance() or QApplication([])
        register_cjk_font(app)
        page = GanttPage(database)
        page.resize(1600, 900)
        page.show()
        app.processEvents()
        gc.freeze()  # as the app does once its window is shown

        def painted() -> None:
            page.chart.viewport().repaint()
            app.processEvents()

        built = timed_runs(lambda: (page.show_case(case_id), painted()), args.runs)
        task = next(row for row in page.chart.rows if row.movable)
        starts = iter([task.start + timedelta(days=2), task.start + timedelta(days=3)] * (args.runs + 1))
        edits = timed_runs(lambda: (page.move_task(task.key, next(starts)), painted()), args.runs)
        database.dispose()
    sample = f"{TASKS:,} 个任务的案件，{args.runs} 次中位数"
    return [
        Figure(
            "gantt_built_painted",
            f"{TASKS:,} 个任务的甘特图：建图并绘制",
            median_ms(built),
            "ms",
            100,
            sample,
        ),
        Figure("gantt_drag_edit", "甘特图拖动修改：保存、重排程、重绘", median_ms(edits), "ms", 30, sample),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=11)
