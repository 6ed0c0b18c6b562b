"""The Gantt chart's geometry and edits: bars against the calendar, moves, resizes, links, baseline."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, select

from app.db.models import Case, Task, TaskDependency
from app.domain.gantt_geometry import TimeScale, bar_span, clamp_pixels_per_hour, day_bands, snap, ticks
from app.domain.scheduling import PlanTask, schedule_plan
from app.domain.vocabulary import OPEN_CASE_STATUSES, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.usecases.errors import ValidationFailed
from app.usecases.gantt import (
    add_dependency,
    delete_dependency,
    load_case_gantt,
    load_office_gantt,
    move_task_start,
    resize_task,
    set_baseline,
)
from tests.helpers import NOW

CALENDAR = WorkingCalendar()


def test_instants_map_to_x_and_back_and_zoom_keeps_the_anchor():
    scale = TimeScale(datetime(2026, 9, 30), 2.0)
    assert scale.x(datetime(2026, 10, 1)) == 48.0
    assert scale.instant(48.0) == datetime(2026, 10, 1)
    assert clamp_pixels_per_hour(1e6) == 120.0 and clamp_pixels_per_hour(0) == 0.25
    assert [TimeScale(NOW, p).unit() for p in (40, 3, 0.5)] == ["hour", "day", "week"]
    assert snap(datetime(2026, 11, 23, 10, 44), 30) == datetime(2026, 11, 23, 10, 30)
    assert snap(datetime(2026, 11, 23, 10, 46), 30) == datetime(2026, 11, 23, 11, 0)


def test_a_bar_across_the_national_day_holiday_spans_the_days_off():
    # Two working days of work from 30 September 2026: the holiday (1–7 October) lies in between.
    tasks = [PlanTask("a", "提交材料", 2 * 7 * 60 + 30)]
    schedule = schedule_plan(tasks, CALENDAR, datetime(2026, 9, 30, 9, 0))
    start = schedule.instant(schedule.tasks["a"].earliest_start)
    finish = schedule.instant(schedule.tasks["a"].earliest_finish, finish=True)
    assert start == datetime(2026, 9, 30, 9, 0) and finish.date() > date(2026, 10, 7)
    scale = TimeScale(datetime(2026, 9, 28), 1.0)
    x, width = bar_span(scale, start, finish)
    assert x == 2 * 24 + 9 and width > 8 * 24  # the bar covers the holiday week
    bands = day_bands(CALENDAR, scale, date(2026, 9, 30), date(2026, 10, 11))
    holiday = [b for b in bands if b.holiday and not b.working]
    assert {b.day for b in holiday} >= {date(2026, 10, d) for d in range(1, 8)}
    assert holiday[0].tooltip() == "10月1日 星期四：国庆节放假"
    assert any(b.makeup for b in bands)  # 10 October 2026 is a make-up working Saturday
    marks = ticks(TimeScale(scale.origin, 3.0), datetime(2026, 9, 30), datetime(2026, 10, 1))
    assert marks[0][1] == ("09-30 三", "09-30", "30")  # longest first: the chart takes what fits
    assert ticks(TimeScale(scale.origin, 40.0), datetime(2026, 9, 30, 9), datetime(2026, 9, 30, 9))[0][1] == (
        "09:00",
        "09",
    )


def _case_with_links(database):
    with database.unit_of_work() as session:
        return session.scalar(
            select(Task.case_id)
            .join(Case, Case.id == Task.case_id)
            .join(TaskDependency, TaskDependency.successor_id == Task.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Task.status == TaskStatus.TODO)
            .limit(1)
        )


def test_a_case_gantt_has_bars_links_and_a_critical_chain(sample_database):
    gantt = load_case_gantt(sample_database, _case_with_links(sample_database), NOW)
    assert gantt.tasks and gantt.links and gantt.critical_chain
    by_id = {t.task_id: t for t in gantt.tasks}
    assert all(by_id[t].critical for t in gantt.critical_chain)
    for link in gantt.links:
        if link.kind.value == "fs" and by_id[link.successor_id].status is TaskStatus.TODO:
            assert by_id[link.successor_id].start >= by_id[link.predecessor_id].finish
    assert gantt.summary.startswith("预计")


def test_moving_a_task_later_reschedules_and_before_its_predecessors_is_refused(sample_database):
    case_id = _case_with_links(sample_database)
    gantt = load_case_gantt(sample_database, case_id, NOW)
    waiting = next(t for t in gantt.tasks if t.status is TaskStatus.TODO and any(
        link.successor_id == t.task_id for link in gantt.links))  # fmt: skip
    later = waiting.start + timedelta(days=3)
    assert move_task_start(sample_database, waiting.task_id, later, NOW).undo is None
    moved = {t.task_id: t for t in load_case_gantt(sample_database, case_id, NOW).tasks}[waiting.task_id]
    assert moved.start >= later and moved.moved
    with pytest.raises(ValidationFailed, match="最早只能在"):
        move_task_start(sample_database, waiting.task_id, NOW - timedelta(days=1), NOW)
    # The refused move was stored and rescheduled before it was checked: both are rolled back.
    with sample_database.unit_of_work() as session:
        assert session.get(Task, waiting.task_id).not_before == later
        assert session.get(Task, waiting.task_id).planned_start == moved.start
    assert move_task_start(sample_database, waiting.task_id, None, NOW).undo == later  # undo


def test_resize_and_links_reschedule_and_a_cycle_is_refused(sample_database):
    case_id = _case_with_links(sample_database)
    gantt = load_case_gantt(sample_database, case_id, NOW)
    link = gantt.links[0]
    todo = next(t for t in gantt.tasks if t.status is TaskStatus.TODO)
    with sample_database.unit_of_work() as session:
        duration = session.get(Task, todo.task_id).duration_minutes
    assert resize_task(sample_database, todo.task_id, duration + 600, NOW).undo == duration
    resized = {t.task_id: t for t in load_case_gantt(sample_database, case_id, NOW).tasks}[todo.task_id]
    assert CALENDAR.working_minutes_between(resized.start, resized.finish) == duration + 600
    with pytest.raises(ValidationFailed, match="循环|环"):
        add_dependency(sample_database, link.successor_id, link.predecessor_id, NOW)
    assert len(load_case_gantt(sample_database, case_id, NOW).links) == len(gantt.links)  # rolled back
    gone = delete_dependency(sample_database, link.dependency_id, NOW).undo
    assert len(load_case_gantt(sample_database, case_id, NOW).links) == len(gantt.links) - 1
    again = add_dependency(
        sample_database, gone.predecessor_id, gone.successor_id, NOW, gone.kind, gone.lag_minutes
    )
    assert again.undo and len(load_case_gantt(sample_database, case_id, NOW).links) == len(gantt.links)
    with pytest.raises(ValidationFailed, match="已是"):
        add_dependency(sample_database, gone.predecessor_id, gone.successor_id, NOW)


def test_the_baseline_keeps_the_plan_and_the_overview_flags_cases_at_risk(sample_database):
    case_id = _case_with_links(sample_database)
    set_baseline(sample_database, case_id, NOW)
    gantt = load_case_gantt(sample_database, case_id, NOW)
    assert all(t.baseline_start is not None for t in gantt.tasks)
    bars = load_office_gantt(sample_database)
    assert bars and all(b.start <= b.projected_finish for b in bars)
    at_risk = [b for b in bars if b.at_risk]
    assert at_risk and all(b.projected_finish > b.deadline and b.critical_tasks for b in at_risk)


def test_a_make_up_working_saturday_says_so_in_its_tooltip():
    scale = TimeScale(datetime(2026, 10, 10), 1.0)
    (band,) = day_bands(CALENDAR, scale, date(2026, 10, 10), date(2026, 10, 10))
    assert band.working and band.makeup
    assert band.tooltip() == "10月10日 星期六：国庆节调休上班"


def test_an_estimated_make_up_day_off_says_so_in_its_tooltip():
    scale = TimeScale(datetime(2027, 2, 9), 1.0)
    (band,) = day_bands(CALENDAR, scale, date(2027, 2, 9), date(2027, 2, 9))
    assert band.tooltip() == "2月9日 星期二：春节放假（预估）"
    (plain,) = day_bands(CALENDAR, scale, date(2026, 11, 23), date(2026, 11, 23))
    assert plain.tooltip() == "11月23日 星期一"


def test_weekly_ticks_start_on_the_monday_of_the_first_week():
    scale = TimeScale(datetime(2026, 11, 23), 0.5)  # a Monday; half a pixel an hour shows weeks
    marks = ticks(scale, datetime(2026, 11, 26, 15), datetime(2026, 12, 10))  # from a Thursday
    assert marks == [(0.0, ("11-23", "23")), (84.0, ("11-30", "30")), (168.0, ("12-07", "07"))]


def test_a_started_task_cannot_be_made_shorter_than_the_time_it_has_run(sample_database):
    # Dragging an in-progress bar's end left once made a 7.5 h task 0 h: it ended before it began,
    # in the past, and the projection gained a day that was never there.
    with sample_database.unit_of_work() as session:
        task = session.scalars(
            select(Task).join(Case, Case.id == Task.case_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Task.status == TaskStatus.IN_PROGRESS)
            .order_by(Task.started_at)
        ).first()  # fmt: skip
        task_id, case_id, duration = task.id, task.case_id, task.duration_minutes
        spent = CALENDAR.working_minutes_between(task.started_at, NOW)
    assert spent > 0
    before = load_case_gantt(sample_database, case_id, NOW)
    for minutes in (0, spent - 30):
        with pytest.raises(ValidationFailed, match="不能短于已用时间"):
            resize_task(sample_database, task_id, minutes, NOW)
    with sample_database.unit_of_work() as session:
        assert session.get(Task, task_id).duration_minutes == duration
    assert load_case_gantt(sample_database, case_id, NOW).projected_finish == before.projected_finish
    assert resize_task(sample_database, task_id, spent, NOW).undo == duration  # ending now is allowed
    finish = {t.task_id: t for t in load_case_gantt(sample_database, case_id, NOW).tasks}[task_id].finish
    assert finish >= NOW


def _stored_figures(database, case_id):
    with database.unit_of_work() as session:
        return {
            row.id: tuple(row[1:])
            for row in session.execute(
                select(Task.id, Task.planned_start, Task.planned_finish, Task.latest_finish,
                       Task.slack_minutes, Task.critical).where(Task.case_id == case_id)
            )
        }  # fmt: skip


def test_an_edit_writes_back_only_the_tasks_whose_figures_changed(sample_database):
    # A drag on a 1,000-task plan rewrote every task's figures: that write was most of the edit.
    case_id = _case_with_links(sample_database)
    gantt = load_case_gantt(sample_database, case_id, NOW)
    task = next(t for t in gantt.tasks if t.status is TaskStatus.TODO)
    written: list[int] = []  # rows written per UPDATE of the tasks' schedule figures

    def count(_conn, _cursor, statement, parameters, _context, executemany) -> None:
        if statement.startswith("UPDATE task SET planned_start"):
            written.append(len(parameters) if executemany else 1)

    event.listen(sample_database.engine, "before_cursor_execute", count)
    try:
        later = task.start + timedelta(days=3)
        before = _stored_figures(sample_database, case_id)
        move_task_start(sample_database, task.task_id, later, NOW)
        after = _stored_figures(sample_database, case_id)
        changed = sum(before[key] != after[key] for key in after)
        assert changed > 0 and sum(written) == changed
        written.clear()
        move_task_start(sample_database, task.task_id, later, NOW)  # the same again: nothing moves
        assert written == [] and _stored_figures(sample_database, case_id) == after
    finally:
        event.remove(sample_database.engine, "before_cursor_execute", count)
