"""结案: closing a case — the outcome its deadline and finished work allow, its open tasks cancelled
or the closing refused — and how late a closed case was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ScalarResult, select
from sqlalchemy import case as case_when
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Task, TaskEvent
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.retrospective import (
    CLOSED_OUTCOMES,
    delay_end,
    outcome_problem,
    proposed_outcome,
    work_finished_at,
    working_span_words,
)
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import require
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse


@dataclass(frozen=True)
class OpenTask:
    name: str
    status: TaskStatus
    assignee: str


@dataclass(frozen=True)
class Closing:
    """What the close dialog shows: the deadline, when the work finished, the outcome that follows,
    and the tasks still open (closing cancels them)."""

    case_id: int
    number: str
    version: int
    deadline: datetime
    finished_at: datetime
    proposed: CaseStatus
    open_tasks: list[OpenTask]
    delay: str  # in working time, "" when on time


def _finished_at(session: Session, case_id: int, now: datetime) -> datetime:
    completions: ScalarResult[datetime | None] = session.scalars(
        select(case_when((Task.status == TaskStatus.DONE, Task.completed_at), else_=None)).where(
            Task.case_id == case_id
        )
    )
    return work_finished_at(completions, now)


def closed_delay_end(session: Session, case: Case) -> datetime:
    """A closed case's delay runs to when its work finished, as closing judged the outcome."""
    assert case.closed_at is not None  # the callers read closed cases
    finished = _finished_at(session, case.id, case.closed_at)
    return delay_end(case.status, case.requested_deadline, finished, case.closed_at)


def _open_tasks(session: Session, case_id: int) -> list[Task]:
    return list(
        session.scalars(
            select(Task)
            .where(Task.case_id == case_id, Task.status.not_in((TaskStatus.DONE, TaskStatus.CANCELLED)))
            .order_by(Task.position, Task.id)
        )
    )


def delay_words(calendar: WorkingCalendar, deadline: datetime, finished_at: datetime) -> str:
    """How late ``finished_at`` is after ``deadline`` in working time (``2.5 个工作小时``), "" if on time."""
    if finished_at <= deadline:
        return ""
    minutes = calendar.working_minutes_between(deadline, finished_at)
    return working_span_words(minutes, calendar.hours.minutes_per_day)


def closing_of(database: Database, case_id: int, now: datetime) -> Closing:
    """The case as the clerk closes it now. Raises: ValidationFailed ``case`` when gone or closed."""
    calendar = load_working_calendar(database)
    with database.unit_of_work() as session:
        case = _open_case(session, case_id)
        finished = _finished_at(session, case_id, now)
        tasks = [
            OpenTask(task.name, task.status, task.assignee.name if task.assignee else "")
            for task in _open_tasks(session, case_id)
        ]
        deadline = case.requested_deadline
        return Closing(
            case.id,
            case.number,
            case.version,
            deadline,
            finished,
            proposed_outcome(deadline, finished, len(tasks)),
            tasks,
            delay_words(calendar, deadline, finished),
        )


def _open_case(session: Session, case_id: int, version: int | None = None) -> Case:
    case = get_or_refuse(session, Case, case_id)
    if version is not None and case.version != version:
        raise ConcurrentEdit()
    if not case.status.is_open:
        raise ValidationFailed(
            {
                "outcome": Message(
                    QT_TRANSLATE_NOOP("messages", "案件 {number} 已于 {at} 结案"),
                    number=case.number,
                    at=case.closed_at,
                )
            }
        )
    return case


def close_case(
    database: Database,
    case_id: int,
    outcome: CaseStatus,
    now: datetime,
    version: int | None = None,
    cancel_open_tasks: bool = False,
) -> None:
    """Close a case as achieved, achieved late, failed or withdrawn; its retrospective falls due.
    Tasks still open are cancelled with it when ``cancel_open_tasks`` (each with a line of history);
    otherwise they stop the closing. Only a case whose work is all done closes as completed.

    Raises:
        ValidationFailed: ``outcome`` not a closing status, completed with tasks open, or against
            the deadline and the finish,
            ``case`` already closed, ``tasks`` still open.
        ConcurrentEdit: another desk changed the case since it was shown.
    """
    require(database, Permission.CLOSE_CASE)
    if outcome not in CLOSED_OUTCOMES:
        raise ValidationFailed(
            {"outcome": QT_TRANSLATE_NOOP("messages", "请选择结案结果：按期完成、逾期完成、失败或已撤回")}
        )
    with database.unit_of_work() as session:
        case = _open_case(session, case_id, version)
        open_tasks = _open_tasks(session, case_id)
        finished = _finished_at(session, case_id, now)
        if problem := outcome_problem(outcome, case.requested_deadline, finished, len(open_tasks)):
            raise ValidationFailed({"outcome": problem})
        if open_tasks and not cancel_open_tasks:
            names = tuple(
                Message(
                    QT_TRANSLATE_NOOP("messages", "“{task}”（{status}）"), task=task.name, status=task.status
                )
                for task in open_tasks[:5]
            )
            more = (
                Message(QT_TRANSLATE_NOOP("messages", "等 {n} 项"), n=len(open_tasks))
                if len(open_tasks) > 5
                else ""
            )
            problem = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "尚有任务未完成：{names}{more}。请先办完，或选择将其记为“已取消”"
                ),
                names=names,
                more=more,
            )
            raise ValidationFailed({"tasks": problem})
        for task in open_tasks:
            session.add(
                TaskEvent(
                    task_id=task.id,
                    at=now,
                    text=f"结案（{outcome.label}）时从“{task.status.label}”记为“{TaskStatus.CANCELLED.label}”",
                )
            )
            task.status = TaskStatus.CANCELLED
        case.status, case.closed_at = outcome, now
