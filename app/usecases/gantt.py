"""The Gantt chart's data and edits: a case's schedule as bars, the office overview, and the
coordinator's moves, resizes and links, each rescheduled at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from app.db.database import Database
from app.db.models import Case, Client, OfficeProfile, Staff, Task, TaskDependency
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.risk_window import applies_to, overlaps
from app.domain.scheduling import PlanError, Schedule, hours_text, schedule_plan
from app.domain.vocabulary import (
    OPEN_CASE_STATUSES,
    QT_TRANSLATE_NOOP,
    DependencyKind,
    ServiceType,
    TaskStatus,
)
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ValidationFailed, get_or_refuse
from app.usecases.office import update_office_settings
from app.usecases.planning import plans_of_cases, store_schedules
from app.usecases.risk_calendar import WindowView, crossings_in, windows_in
from app.usecases.undo import inverse


@dataclass(frozen=True)
class GanttTask:
    task_id: int
    name: str
    assignee_name: str
    status: TaskStatus
    start: datetime
    finish: datetime
    latest_finish: datetime
    slack_minutes: int | None  # None for a done task: it has no slack to show
    critical: bool
    near_critical: bool  # critical and within the office's margin of its latest finish
    milestone: bool
    progress: float  # 0…1
    baseline_start: datetime | None
    baseline_finish: datetime | None
    moved: bool  # it has a start set by hand (not before)
    risk_windows: tuple[str, ...] = ()  # titles of the policy-risk windows it is planned into


@dataclass(frozen=True)
class GanttLink:
    dependency_id: int
    predecessor_id: int
    successor_id: int
    kind: DependencyKind
    lag_minutes: int


@dataclass(frozen=True)
class CaseGantt:
    case_id: int
    number: str
    client_name: str
    title: str
    deadline: datetime
    projected_finish: datetime
    feasible: bool
    summary: str
    estimated: bool
    margin_minutes: int  # working minutes to spare before the deadline; negative: short by that much
    tasks: list[GanttTask]
    links: list[GanttLink]
    critical_chain: list[int]
    now: datetime
    risk_windows: tuple[WindowView, ...] = ()  # the windows not yet over that concern this case
    closed: bool = False  # closed: ``summary`` says how and when, the projection means nothing


#: How close to its latest finish a critical task is flagged, unless the office set its own margin.
DEFAULT_MARGIN_MINUTES = 240


def gantt_margin(database: Database) -> int:
    with database.unit_of_work() as session:
        return _margin(session)


def _margin(session) -> int:
    margin = session.scalar(select(OfficeProfile.gantt_margin_minutes).order_by(OfficeProfile.id).limit(1))
    return DEFAULT_MARGIN_MINUTES if margin is None else margin


def _progress(status: TaskStatus, done: int, total: int) -> float:
    if status is TaskStatus.DONE:
        return 1.0
    if status is TaskStatus.TODO:
        return 0.0
    if total:
        return min(0.95, done / total)
    return 0.9 if status is TaskStatus.REVIEW else 0.5


def load_case_gantt(
    database: Database, case_id: int, now: datetime, calendar: WorkingCalendar | None = None
) -> CaseGantt:
    """The case's tasks scheduled from ``now``, as bars with their links."""
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        get_or_refuse(session, Case, case_id)
        tasks, deadline = plans_of_cases(session, [case_id])[case_id]
        return _case_gantt(session, case_id, schedule_plan(tasks, calendar, now, deadline), now)


def _case_gantt(session, case_id: int, schedule: Schedule, now: datetime) -> CaseGantt:
    """The chart of ``schedule``: what the bars need beyond it is read in the same session."""
    case = session.get(Case, case_id)
    number, title, client = case.number, case.title, session.get(Client, case.client_id).name
    windows = tuple(w for w in windows_in(session, now) if applies_to(w, case.service_type, case.region))
    margin = _margin(session)
    rows = {
        row.id: row
        for row in session.execute(
            select(Task.id, Task.status, Task.checklist_done, Task.checklist_total, Task.baseline_start,
                   Task.baseline_finish, Task.not_before, func.coalesce(Staff.name, "").label("assignee"))
            .outerjoin(Staff, Staff.id == Task.assignee_id).where(Task.case_id == case_id)
        )
    }  # fmt: skip
    links = [
        GanttLink(*row)
        for row in session.execute(
            select(TaskDependency.id, TaskDependency.predecessor_id, TaskDependency.successor_id,
                   TaskDependency.kind, TaskDependency.lag_minutes)
            .join(Task, Task.id == TaskDependency.successor_id).where(Task.case_id == case_id)
        )
    ]  # fmt: skip
    feasibility = schedule.feasibility()
    assert schedule.deadline is not None  # a case is scheduled to its requested deadline
    bars = []
    for key in schedule.order:
        figures, row = schedule.tasks[key], rows[int(key)]
        near = figures.critical and not figures.done and figures.total_slack <= margin
        finish = schedule.instant(figures.earliest_finish, finish=True)
        # A zero-length task at the end of a day starts where it finishes, not next morning.
        start = finish if figures.duration == 0 else schedule.instant(figures.earliest_start)
        fixed = figures.done or figures.cancelled
        crossed = () if fixed else tuple(w.title for w in windows if overlaps(w, start, finish))
        bars.append(GanttTask(
            int(key), figures.name, row.assignee, row.status, start, finish,
            schedule.instant(figures.latest_finish, finish=True), figures.slack, figures.critical, near,
            figures.milestone, _progress(row.status, row.checklist_done, row.checklist_total),
            row.baseline_start, row.baseline_finish, row.not_before is not None, crossed,
        ))  # fmt: skip
    closing = QT_TRANSLATE_NOOP("messages", "{closed} 结案：{outcome}。")
    summary = (
        feasibility.summary() if case.closed_at is None
        else Message(closing, closed=case.closed_at, outcome=case.status)
    )  # fmt: skip
    return CaseGantt(
        case_id, number, client, title, schedule.deadline, feasibility.projected_finish,
        feasibility.feasible or case.closed_at is not None, summary, feasibility.estimated,
        (feasibility.spare_minutes or 0) - feasibility.short_by_minutes, bars, links,
        [int(key) for key in schedule.critical_chain()], now, windows, case.closed_at is not None,
    )  # fmt: skip


@dataclass(frozen=True)
class CaseBar:
    """One open case on the office overview: its span, its deadline, whether it will make it."""

    case_id: int
    number: str
    client_name: str
    service_type: ServiceType
    manager_name: str
    start: datetime
    projected_finish: datetime
    deadline: datetime
    progress: float
    at_risk: bool
    critical_tasks: tuple[str, ...]  # open critical tasks to act on, for the cases at risk
    risk_windows: tuple[str, ...] = ()  # titles of the policy-risk windows its open tasks run into


def load_office_gantt(database: Database, now: datetime | None = None) -> list[CaseBar]:
    """Every open case from its stored schedule, one summary bar each, by deadline; with ``now``,
    each carries the risk windows not yet over that its plan crosses."""
    with database.unit_of_work() as session:
        crossing = crossings_in(session, now) if now is not None else {}
        spans = {
            case_id: (start, total, done)
            for case_id, start, total, done in session.execute(
                select(Task.case_id, func.min(Task.planned_start), func.sum(Task.duration_minutes),
                       func.sum(Task.duration_minutes).filter(Task.status == TaskStatus.DONE))
                .join(Case, Case.id == Task.case_id).where(Case.status.in_(OPEN_CASE_STATUSES))
                .group_by(Task.case_id)
            )
        }  # fmt: skip
        critical: dict[int, list[str]] = {}
        for case_id, name in session.execute(
            select(Task.case_id, Task.name).join(Case, Case.id == Task.case_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.projected_finish > Case.requested_deadline,
                   Task.critical, Task.status != TaskStatus.DONE).order_by(Task.case_id, Task.planned_start)
        ):  # fmt: skip
            critical.setdefault(case_id, []).append(name)
        rows = session.execute(
            select(Case.id, Case.number, Client.name, Case.service_type, func.coalesce(Staff.name, ""),
                   Case.projected_finish, Case.requested_deadline)
            .join(Client, Client.id == Case.client_id).outerjoin(Staff, Staff.id == Case.manager_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.projected_finish.is_not(None))
            .order_by(Case.requested_deadline)
        ).all()  # fmt: skip
    bars = []
    for case_id, number, client, service, manager, finish, deadline in rows:
        assert finish is not None  # the query leaves out cases without a projected finish
        start, total, done = spans.get(case_id, (None, 0, 0))
        bars.append(CaseBar(
            case_id, number, client, service, manager, start or finish, finish, deadline,
            (done or 0) / total if total else 0.0, finish > deadline, tuple(critical.get(case_id, ())),
            tuple(window.title for window in crossing.get(case_id, ())),
        ))  # fmt: skip
    return bars


# -- edits --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Edited:
    """What an edit gives back: the value it replaced, the case's chart rescheduled, and the edit that
    puts the value back (undo)."""

    undo: Any
    gantt: CaseGantt
    inverse: Callable[[], Edited]


def _store_schedule(session, case_id: int, calendar: WorkingCalendar, now: datetime) -> Schedule:
    """Schedule the case as edited (refusing a cycle) and store the board's figures."""
    try:
        return store_schedules(session, [case_id], calendar, now)[case_id]
    except PlanError as error:
        raise ValidationFailed({"links": str(error)}) from error


def _reschedule(session, case_id: int, calendar: WorkingCalendar, now: datetime) -> CaseGantt:
    """Schedule the case as edited, store the board's figures, return the chart."""
    return _case_gantt(session, case_id, _store_schedule(session, case_id, calendar, now), now)


def _open_task(session, task_id: int) -> Task:
    task = get_or_refuse(session, Task, task_id)
    if task.status is TaskStatus.DONE:
        raise ValidationFailed(
            {"task": Message(QT_TRANSLATE_NOOP("messages", "“{name}”已完成，不能再调整"), name=task.name)}
        )
    return task


@requires(Permission.PLAN_TASKS)
def move_task_start(
    database: Database,
    task_id: int,
    start: datetime | None,
    now: datetime,
    calendar: WorkingCalendar | None = None,
    *,
    check: bool = True,
) -> Edited:
    """Let a task start no earlier than ``start`` (None: as soon as its predecessors allow).

    ``check=False`` restores an earlier setting (undo) without asking whether it is still allowed:
    the schedule then simply starts the task when its predecessors and the clock allow.

    Gives back the previous setting (for undo) with the rescheduled chart.

    Raises:
        ValidationFailed: ``start`` before its predecessors allow it (the message says when they do).
    """
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        task = _open_task(session, task_id)
        if task.status is not TaskStatus.TODO:
            raise ValidationFailed(
                {
                    "start": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "“{name}”已经开始，不能再移动开始时间；可拖动右端调整工期"
                        ),
                        name=task.name,
                    )
                }
            )
        previous, case_id = task.not_before, task.case_id
        planned = task.planned_start
        task.not_before = start
        session.flush()
        schedule = _store_schedule(session, case_id, calendar, now)
        # Later than it starts now never breaks a predecessor; earlier is checked on the schedule as
        # moved (a refusal rolls the unit of work back, the move and the figures with it).
        if check and start is not None and (planned is None or start < planned):
            earliest = schedule.earliest_allowed(str(task_id))
            if start < earliest:
                raise ValidationFailed(
                    {
                        "start": Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "“{name}”最早只能在 {earliest} 开始：前置任务或当前时间不允许更早"
                            ),
                            name=task.name,
                            earliest=earliest,
                        )
                    }
                )
        back = inverse(move_task_start, database, task_id, previous, check=False)
        return Edited(previous, _case_gantt(session, case_id, schedule, now), back)


@requires(Permission.PLAN_TASKS)
def resize_task(
    database: Database, task_id: int, minutes: int, now: datetime, calendar: WorkingCalendar | None = None
) -> Edited:
    """Set a task's duration in working minutes; gives back the previous one (for undo).

    Raises:
        ValidationFailed: ``duration`` below zero, or for a started task below the working time it
        has already run (it would end before now, and the projection would gain time never had).
    """
    if minutes < 0:
        raise ValidationFailed({"duration": QT_TRANSLATE_NOOP("messages", "工期不能为负数")})
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        task = _open_task(session, task_id)
        if task.status is not TaskStatus.TODO and task.started_at is not None:
            spent = calendar.working_minutes_between(task.started_at, now)
            if minutes < spent:
                template = QT_TRANSLATE_NOOP(
                    "messages",
                    "“{task}”已进行 {hours} 个工作小时，工期不能短于已用时间，也不能在现在之前结束",
                )
                raise ValidationFailed(
                    {"duration": Message(template, task=task.name, hours=hours_text(spent))}
                )
        previous, task.duration_minutes = task.duration_minutes, minutes
        session.flush()
        back = inverse(resize_task, database, task_id, previous)
        return Edited(previous, _reschedule(session, task.case_id, calendar, now), back)


@requires(Permission.PLAN_TASKS)
def add_dependency(
    database: Database, predecessor_id: int, successor_id: int, now: datetime,
    kind: DependencyKind = DependencyKind.FINISH_TO_START, lag_minutes: int = 0,
    calendar: WorkingCalendar | None = None,
) -> Edited:  # fmt: skip
    """Link two tasks of one case; gives back the new link's id.

    Raises:
        ValidationFailed: ``links`` for a link to itself, across cases, twice, or one that closes a cycle.
    """
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        predecessor, successor = session.get(Task, predecessor_id), session.get(Task, successor_id)
        if predecessor is None or successor is None or predecessor.case_id != successor.case_id:
            raise ValidationFailed(
                {"links": QT_TRANSLATE_NOOP("messages", "只能在同一案件的两个任务之间建立前置关系")}
            )
        if predecessor_id == successor_id:
            raise ValidationFailed({"links": QT_TRANSLATE_NOOP("messages", "任务不能以自己为前置")})
        exists = session.scalar(
            select(TaskDependency.id).where(
                TaskDependency.predecessor_id == predecessor_id, TaskDependency.successor_id == successor_id
            )
        )
        if exists:
            raise ValidationFailed(
                {
                    "links": Message(
                        QT_TRANSLATE_NOOP("messages", "“{predecessor}”已是“{successor}”的前置任务"),
                        predecessor=predecessor.name,
                        successor=successor.name,
                    )
                }
            )
        link = TaskDependency(
            predecessor_id=predecessor_id, successor_id=successor_id, kind=kind, lag_minutes=lag_minutes
        )
        session.add(link)
        session.flush()
        gantt = _reschedule(session, predecessor.case_id, calendar, now)  # a cycle rolls the link back
        # Undone by its two tasks: a link made again gets a new id.
        return Edited(link.id, gantt, inverse(delete_link, database, predecessor_id, successor_id))


@requires(Permission.PLAN_TASKS)
def delete_dependency(
    database: Database, dependency_id: int, now: datetime, calendar: WorkingCalendar | None = None
) -> Edited:
    """Remove a link; gives it back as it was (for undo)."""
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        return _delete_link(database, session, session.get(TaskDependency, dependency_id), calendar, now)


@requires(Permission.PLAN_TASKS)
def delete_link(
    database: Database,
    predecessor_id: int,
    successor_id: int,
    now: datetime,
    calendar: WorkingCalendar | None = None,
) -> Edited:
    """Remove the link between two tasks (undo knows the tasks, not the link's id, which changes)."""
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        link = session.scalars(
            select(TaskDependency).where(
                TaskDependency.predecessor_id == predecessor_id, TaskDependency.successor_id == successor_id
            )
        ).first()
        return _delete_link(database, session, link, calendar, now)


def _delete_link(
    database: Database, session, link: TaskDependency | None, calendar: WorkingCalendar, now: datetime
) -> Edited:
    if link is None:
        raise ValidationFailed({"links": QT_TRANSLATE_NOOP("messages", "该前置关系已被删除")})
    gone = GanttLink(link.id, link.predecessor_id, link.successor_id, link.kind, link.lag_minutes)
    case_id = session.get(Task, link.successor_id).case_id
    session.execute(delete(TaskDependency).where(TaskDependency.id == link.id))
    back = inverse(add_dependency, database, gone.predecessor_id, gone.successor_id, kind=gone.kind,
                   lag_minutes=gone.lag_minutes)  # fmt: skip
    return Edited(gone, _reschedule(session, case_id, calendar, now), back)


@requires(Permission.PLAN_TASKS)
def set_baseline(
    database: Database, case_id: int, now: datetime, calendar: WorkingCalendar | None = None
) -> None:
    """Keep the case's plan as of ``now`` as its baseline (what the client agreed to)."""
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        _reschedule(session, case_id, calendar, now)
        set_baseline_in(session, case_id, now)


def set_baseline_in(session, case_id: int, now: datetime) -> None:
    """The case's stored plan becomes its baseline, in the caller's transaction."""
    session.execute(
        update(Task)
        .where(Task.case_id == case_id)
        .values(baseline_start=Task.planned_start, baseline_finish=Task.planned_finish)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(Case).where(Case.id == case_id).values(baseline_at=now or func.current_timestamp())
    )


@requires(Permission.EDIT_SETTINGS)
def save_gantt_margin(database: Database, minutes: int) -> None:
    """Raises: ValidationFailed ``margin`` below zero or over a working week."""
    if not 0 <= minutes <= 5 * 24 * 60:
        raise ValidationFailed(
            {"margin": QT_TRANSLATE_NOOP("messages", "预警余量应在 0 到 120 个工作小时之间")}
        )
    update_office_settings(database, "margin", gantt_margin_minutes=minutes)
