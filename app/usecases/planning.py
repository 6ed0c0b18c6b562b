"""Plans: a case's tasks made from an SOP template, and a case's schedule on the office calendar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Task, TaskChecklistItem, TaskDependency
from app.domain.client_notice import turned_red
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.scheduling import Link, PlanTask, Schedule, schedule_plan
from app.domain.sop_template import SopTemplate, duration_minutes
from app.domain.vocabulary import QT_TRANSLATE_NOOP, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import requires
from app.usecases.calendar import load_working_calendar, office_hours
from app.usecases.client_notices import raise_at_risk_notices_in
from app.usecases.errors import ValidationFailed, get_or_refuse, not_found
from app.usecases.sop import PublishedTemplate, expedite_template_for, load_template


@requires(Permission.PLAN_TASKS)
def plan_case(database: Database, case_id: int, template_code: str | None = None) -> int:
    """Give a case without tasks the tasks of a template (its service type's expedite one by default).

    Returns how many tasks were created. The case remembers the template version it used.

    Raises:
        ValidationFailed: ``template`` when there is no such template or the case already has a plan.
    """
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        service_type = case.service_type
        has_tasks = session.scalar(select(func.count()).select_from(Task).where(Task.case_id == case_id))
    if has_tasks:
        raise ValidationFailed(
            {"template": QT_TRANSLATE_NOOP("messages", "该案件已有任务计划，不能重复生成")}
        )
    if template_code:
        published = load_template(database, template_code)
    else:
        published = expedite_template_for(database, service_type)
    if published is None:
        raise ValidationFailed(
            {
                "template": Message(
                    QT_TRANSLATE_NOOP("messages", "没有找到可用的加急版 SOP 模板：{value}"),
                    value=template_code or service_type.label,
                )
            }
        )
    minutes_per_day = office_hours(database).minutes_per_day
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)  # another desk may have deleted it since the first look
        return insert_plan(session, case, published, minutes_per_day)


def insert_plan(session: Session, case: Case, published: PublishedTemplate, minutes_per_day: int) -> int:
    """Write the tasks of ``published`` for ``case`` in the caller's transaction; returns their count."""
    first_id = (session.scalar(select(func.max(Task.id))) or 0) + 1
    tasks, dependencies, checklist = task_rows(published.template, case.id, first_id, minutes_per_day)
    session.execute(insert(Task), tasks)
    if dependencies:
        session.execute(insert(TaskDependency), dependencies)
    if checklist:
        session.execute(insert(TaskChecklistItem), checklist)
    case.sop_version_id = published.version_id
    return len(tasks)


def task_rows(
    template: SopTemplate, case_id: int, first_task_id: int, minutes_per_day: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows for the tasks, dependencies and checklist items of ``template`` in one case.

    Plain dicts for bulk INSERTs: the sample-data generator writes them for thousands of cases.
    """
    ids = {step.key: first_task_id + position for position, step in enumerate(template.steps)}
    tasks, dependencies, checklist = [], [], []
    for position, step in enumerate(template.steps):
        tasks.append({
            "id": ids[step.key],
            "case_id": case_id,
            "name": step.name,
            "role": step.role,
            "status": TaskStatus.TODO,
            "position": position,
            "duration_minutes": duration_minutes(step.duration, minutes_per_day),
            "blocked_reason": "",
            "sop_step_key": step.key,
            "milestone": step.milestone,
            "board_rank": float(ids[step.key]),  # unique: new cards queue after older ones
            "checklist_total": len(step.checklist),
            "checklist_done": 0,
        })  # fmt: skip
        dependencies += [
            {
                "predecessor_id": ids[link.step],
                "successor_id": ids[step.key],
                "kind": link.kind,
                "lag_minutes": duration_minutes(link.lag, minutes_per_day),
            }
            for link in step.after
        ]
        checklist += [
            {"task_id": ids[step.key], "position": n, "text": text, "done": False}
            for n, text in enumerate(step.checklist)
        ]
    return tasks, dependencies, checklist


#: A case's tasks as plan tasks, and its requested deadline.
PlanOfCase = tuple[list[PlanTask], datetime]


def plans_of_cases(session: Session, case_ids: list[int]) -> dict[int, PlanOfCase]:
    """Each case's tasks as plan tasks, with its requested deadline, in three queries for all cases."""
    return _read_plans(session, case_ids, stored=False).plans


@dataclass(frozen=True)
class _StoredPlans:
    """The cases' plans, and with ``stored`` the figures their last scheduling stored."""

    plans: dict[int, PlanOfCase]
    projected_finish: dict[int, datetime | None] = field(default_factory=dict)
    figures: dict[int, list[Any]] = field(default_factory=dict)  # by task id, as _figures gives them


def _read_plans(session: Session, case_ids: list[int], *, stored: bool) -> _StoredPlans:
    """See :func:`plans_of_cases`; ``stored`` reads the stored figures along, in the same queries."""
    if not case_ids:
        return _StoredPlans({})
    stored_case = (Case.projected_finish,) if stored else ()
    # Typed Any: the columns' number depends on ``stored``, which the type checker cannot follow.
    cases: Sequence[Any] = session.execute(
        select(Case.id, Case.requested_deadline, Case.closed_at, *stored_case).where(Case.id.in_(case_ids))
    ).all()
    closed = {case_id: closed_at for case_id, _deadline, closed_at, *_ in cases}
    plans: dict[int, PlanOfCase] = {case_id: ([], deadline) for case_id, deadline, *_ in cases}
    stored_task = (
        (Task.planned_start, Task.planned_finish, Task.latest_finish, Task.slack_minutes, Task.critical)
        if stored else ()
    )  # fmt: skip
    rows: Sequence[Any] = session.execute(
        select(Task.case_id, Task.id, Task.name, Task.duration_minutes, Task.status, Task.started_at,
               Task.completed_at, Task.milestone, Task.not_before, *stored_task)
        .where(Task.case_id.in_(case_ids)).order_by(Task.case_id, Task.position, Task.id)
    ).all()  # fmt: skip
    links: dict[int, list[Link]] = {}
    for predecessor, successor, kind, lag in session.execute(
        select(TaskDependency.predecessor_id, TaskDependency.successor_id, TaskDependency.kind,
               TaskDependency.lag_minutes).join(Task, Task.id == TaskDependency.successor_id)
        .where(Task.case_id.in_(case_ids))
    ):  # fmt: skip
        links.setdefault(successor, []).append(Link(str(predecessor), kind, lag))
    figures = {}
    for row in rows:
        case_id, task_id, name, duration, status, started, completed, milestone, not_before = row[:9]
        cancelled = status == TaskStatus.CANCELLED  # at the closing, which ends it where it stood
        plans[case_id][0].append(
            PlanTask(
                str(task_id), name, duration, tuple(links.get(task_id, ())),
                started_at=started if status != TaskStatus.TODO else None,
                completed_at=(completed or started) if status == TaskStatus.DONE
                else closed[case_id] if cancelled else None,
                milestone=milestone, not_before=not_before, cancelled=cancelled,
            )
        )  # fmt: skip
        if stored:
            figures[task_id] = list(row[9:])
    if not stored:
        return _StoredPlans(plans)
    return _StoredPlans(plans, {case_id: finish for case_id, _deadline, _closed, finish in cases}, figures)


def case_plan_tasks(database: Database, case_id: int) -> tuple[list[PlanTask], datetime]:
    """The case's tasks as plan tasks, and its requested deadline."""
    with database.unit_of_work() as session:
        plans = plans_of_cases(session, [case_id])
    if case_id not in plans:
        raise not_found(Case, case_id)
    return plans[case_id]


def schedule_case(database: Database, case_id: int, now: datetime) -> Schedule:
    """The case's schedule from ``now`` against its requested deadline, on the office calendar."""
    tasks, deadline = case_plan_tasks(database, case_id)
    return schedule_plan(tasks, load_working_calendar(database), now, deadline)


def lock_case_plans(session: Session, case_ids: list[int]) -> None:
    """Take the cases' row locks before changing any of their tasks (PostgreSQL; SQLite locks the file).

    Saving a task rewrites the figures of every task of its case (store_schedules): two desks each
    holding a different task of one case would deadlock there; with the case locked first they queue.
    """
    session.execute(select(Case.id).where(Case.id.in_(case_ids)).order_by(Case.id).with_for_update())


def task_figures(schedule: Schedule) -> list[dict[str, Any]]:
    """The figures of a schedule the tasks store (and the board shows), one row per task."""
    return [
        {
            "task_id": int(task.key),
            "planned_start": schedule.instant(task.earliest_start),
            "planned_finish": schedule.instant(task.earliest_finish, finish=True),
            "latest_finish": schedule.instant(task.latest_finish, finish=True),
            "slack_minutes": task.total_slack,
            "critical": task.critical and not task.done,
        }
        for task in schedule.tasks.values()
    ]


def _figures(row: dict[str, Any]) -> list[Any]:
    """A row of :func:`task_figures` as the stored columns read back (id left out)."""
    return [row["planned_start"], row["planned_finish"], row["latest_finish"], row["slack_minutes"],
            row["critical"]]  # fmt: skip


def _write_figures(session: Session, model: type[Task | Case], key: str, rows: list[dict[str, Any]]) -> None:
    """Plain UPDATEs by primary key (``key`` names it in ``rows``): figures derived from the plan,
    not an edit of the row, so they neither bump the version (optimistic locking) nor the
    updated_at stamp."""
    if not rows:
        return
    table = cast(Table, model.__table__)  # declarative models map to a Table; the stubs say FromClause
    session.connection().execute(
        update(table).where(table.c.id == bindparam(key)).values(updated_at=table.c.updated_at), rows
    )


def store_schedules(
    session: Session,
    case_ids: list[int],
    calendar: WorkingCalendar,
    now: datetime,
) -> dict[int, Schedule]:
    """Reschedule the cases from ``now`` and write the figures the board shows onto their tasks.

    Only the tasks and cases whose figures changed are written: an edit of one task of a large plan
    moves a few of its tasks, and rewriting every row was most of the edit's time.
    """
    schedules, task_rows_, case_rows, red = {}, [], [], []
    read = _read_plans(session, case_ids, stored=True)
    before, stored = read.projected_finish, read.figures
    for case_id, (tasks, deadline) in read.plans.items():
        if not tasks:
            continue
        schedule = schedule_plan(tasks, calendar, now, deadline)
        schedules[case_id] = schedule
        task_rows_ += [row for row in task_figures(schedule) if stored.get(row["task_id"]) != _figures(row)]
        if before.get(case_id) != schedule.projected_finish:
            case_rows.append({"case_id": case_id, "projected_finish": schedule.projected_finish})
        if turned_red(before.get(case_id), schedule.projected_finish, deadline):
            red.append(case_id)
    _write_figures(session, Task, "task_id", task_rows_)
    _write_figures(session, Case, "case_id", case_rows)
    raise_at_risk_notices_in(session, red, now, calendar)  # a case turning red owes the client a word
    return schedules
