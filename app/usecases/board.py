"""The coordinator's Kanban board as it is changed: moves, task edits, a task's detail and history, and
the office's open cases rescheduled as time passes. A move or an edit reschedules only its own case
and returns that case's cards, fresh (app.usecases.board_cards reads them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import NamedTuple, cast

from sqlalchemy import (
    Table,
    and_,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    AuditEntry,
    Case,
    Staff,
    Task,
    TaskChecklistItem,
    TaskDependency,
    TaskEvent,
)
from app.domain.board_rules import move_problems, rank_between, status_change_text
from app.domain.case_team import assignment_problem
from app.domain.message import Message
from app.domain.permissions import SYSTEM, Permission
from app.domain.vocabulary import (
    OPEN_CASE_STATUSES,
    QT_TRANSLATE_NOOP,
    StaffRole,
    TaskStatus,
)
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_name, require, requires
from app.usecases.board_cards import BoardCard, case_cards
from app.usecases.calendar import load_working_calendar
from app.usecases.case_team import case_reviewer
from app.usecases.client_notices import raise_milestone_notice_in
from app.usecases.errors import ConcurrentEdit, UseCaseError, ValidationFailed, get_or_refuse
from app.usecases.letters import start_needs_decision
from app.usecases.planning import lock_case_plans, store_schedules
from app.usecases.undo import inverse


@dataclass(frozen=True)
class MoveRequest:
    task_id: int
    to_status: TaskStatus
    before_task_id: int | None = None  # the card it goes in front of; None: the end of the column
    rank: float | None = None  # an exact place instead (undo puts a card back where it was)
    blocked_reason: str = ""
    confirmed: bool = False  # the coordinator saw the warning about unfinished predecessors
    version: int | None = None  # the card's version as shown; a newer one means another desk moved it
    completed_at: datetime | None = None  # undo back into 已完成: when it was really done
    start_unsigned: bool = False  # the person logged in decided to start before the client signed


class PredecessorsOpen(UseCaseError):
    """The task's predecessors are not done; the move goes ahead only when confirmed."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("messages", "前置任务尚未完成：{names}。仍要移动吗？"), names=tuple(names)
            )
        )
        self.names = names


class UnsignedStart(UseCaseError):
    """Work would start on a case whose client has not signed the letter: someone must decide to."""

    def __init__(self, number: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("messages", "{number} 的确认书尚未签回：开始办理须有人决定先行办理"),
                number=number,
            )
        )
        self.number = number


@dataclass(frozen=True)
class MoveResult:
    card: BoardCard
    case_cards: list[BoardCard]  # the whole case, rescheduled
    projected_finish: datetime | None
    previous: MoveRequest  # the request that puts the card back
    summary: str  # the case's feasibility in words
    inverse: Callable[[], MoveResult]  # the move back (undo), refused if another desk moved the card since
    renumbered: bool = False  # the column's ranks were spaced out: other cases' cards changed place


@dataclass
class _Moving:
    task: Task
    checklist_open: list[str] = field(default_factory=list)
    predecessors_open: list[str] = field(default_factory=list)


def _load_moving(session: Session, task_id: int) -> _Moving:
    task = get_or_refuse(session, Task, task_id)
    lock_case_plans(session, [task.case_id])
    open_items = session.scalars(
        select(TaskChecklistItem.text).where(TaskChecklistItem.task_id == task_id, ~TaskChecklistItem.done)
    ).all()
    predecessors = session.scalars(
        select(Task.name)
        .join(TaskDependency, TaskDependency.predecessor_id == Task.id)
        .where(TaskDependency.successor_id == task_id, Task.status != TaskStatus.DONE)
    ).all()
    return _Moving(task, list(open_items), list(predecessors))


def _rank(session: Session, request: MoveRequest) -> tuple[float, bool]:
    """The card's new rank, and whether its column had to be spaced out to make room."""
    if request.rank is not None:
        return request.rank, False
    column = and_(Task.status == request.to_status, Task.id != request.task_id)
    before = None
    if request.before_task_id is not None:  # a card no longer in that column (a stale board): the end
        before = session.scalar(
            select(Task.board_rank).where(Task.id == request.before_task_id, Task.status == request.to_status)
        )
    if before is None:
        return rank_between(session.scalar(select(func.max(Task.board_rank)).where(column)), None), False
    renumbered = False
    for _attempt in range(2):
        # The card in front of ``before`` in (rank, id) order: a tie means there is no room between.
        tied_in_front = and_(Task.board_rank == before, Task.id < request.before_task_id)
        previous = session.scalar(
            select(func.max(Task.board_rank)).where(column, or_(Task.board_rank < before, tied_in_front))
        )
        rank = rank_between(previous, before)
        if previous is None or previous < rank < before:
            return rank, renumbered
        _renumber(session, request.to_status, request.task_id)  # ties, or halved too often: space out
        renumbered = True
        # Still there: seen above in this transaction, and _renumber leaves it in place.
        before = session.execute(
            select(Task.board_rank).where(Task.id == request.before_task_id)
        ).scalar_one()
    raise AssertionError("a renumbered column always has room between neighbours")


def _renumber(session: Session, status: TaskStatus, moving_id: int) -> None:
    ids = session.scalars(
        select(Task.id).where(Task.status == status, Task.id != moving_id).order_by(Task.board_rank, Task.id)
    ).all()
    table = cast(Table, Task.__table__)  # declarative models map to a Table; the stubs say FromClause
    session.connection().execute(
        update(table).where(table.c.id == bindparam("task_id")),
        [{"task_id": task_id, "board_rank": float(n)} for n, task_id in enumerate(ids)],
    )


@requires(Permission.PLAN_TASKS)
def move_task(
    database: Database, request: MoveRequest, now: datetime, calendar: WorkingCalendar | None = None
) -> MoveResult:
    """Move a card to a column and place, record it in the task's history, reschedule its case.

    The first start of work before the client signed is recorded with the move, as decided by the
    person logged in (``request.start_unsigned``), in the same unit of work.

    Raises:
        NotPermitted: a compliance checkpoint signed off or reopened by a role that may not; a start
            before the client signed decided by a role that may not handle the case's documents.
        ValidationFailed: ``checklist`` (moving to 已完成 with items open), ``blocked_reason``.
        UnsignedStart: starting work before the client signed, not decided (``start_unsigned``).
        PredecessorsOpen: starting or finishing a task whose predecessors are not done, unconfirmed.
        ConcurrentEdit: another desk changed the task since it was shown.
    """
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        moving = _load_moving(session, request.task_id)
        task = moving.task
        if request.version is not None and task.version != request.version:
            raise ConcurrentEdit()
        # A compliance checkpoint is signed off (moved into 已完成) or reopened only by compliance.
        signs_off = task.status is not request.to_status and TaskStatus.DONE in (
            task.status,
            request.to_status,
        )
        if task.role is StaffRole.COMPLIANCE and signs_off:
            require(database, Permission.SIGN_COMPLIANCE)
        if problems := move_problems(
            task.status, request.to_status, moving.checklist_open, request.blocked_reason
        ):
            raise ValidationFailed(problems)
        starts_work = request.to_status in (TaskStatus.IN_PROGRESS, TaskStatus.REVIEW, TaskStatus.DONE)
        case = task.case
        unsigned = starts_work and task.started_at is None and start_needs_decision(session, case)
        if unsigned and not request.start_unsigned:
            raise UnsignedStart(case.number)
        if unsigned:  # the decision is the login's, recorded with the work it starts
            require(database, Permission.DOCUMENTS)
            case.unsigned_start_by, case.unsigned_start_at = acting_name(database, SYSTEM.name), now
        if (
            moving.predecessors_open
            and starts_work
            and task.status is not request.to_status
            and not request.confirmed
        ):
            raise PredecessorsOpen(moving.predecessors_open)
        previous = MoveRequest(
            task.id,
            task.status,
            rank=task.board_rank,
            blocked_reason=task.blocked_reason,
            confirmed=True,
            completed_at=task.completed_at,
        )
        old_status = task.status
        task.board_rank, renumbered = _rank(session, request)
        task.status = request.to_status
        task.blocked_reason = (
            request.blocked_reason.strip() if request.to_status is TaskStatus.BLOCKED else ""
        )
        if starts_work:
            task.started_at = task.started_at or now
        if request.to_status is not TaskStatus.DONE:
            task.completed_at = None
        elif old_status is not TaskStatus.DONE:  # reordering within 已完成 keeps when it was done
            task.completed_at = request.completed_at or now
        if old_status is not request.to_status:
            text = status_change_text(old_status, request.to_status, task.blocked_reason)
            session.add(TaskEvent(task_id=task.id, at=now, text=text))
        session.flush()
        raise_milestone_notice_in(session, task, now, calendar)
        schedule = store_schedules(session, [task.case_id], calendar, now).get(task.case_id)
        cards = case_cards(session, task.case_id, now, calendar)
    card = next(c for c in cards if c.task_id == request.task_id)
    back = inverse(move_task, database, replace(previous, version=card.version))
    return MoveResult(
        card, cards, schedule.projected_finish if schedule else None, previous,
        schedule.feasibility().summary() if schedule else "", back, renumbered,
    )  # fmt: skip


@dataclass(frozen=True)
class ChecklistLine:
    text: str
    done: bool


class HistoryLine(NamedTuple):
    at: datetime
    text: str
    by: str  # who made the change, from the audit trail ("" when it has none: the sample office)


#: How far apart a history line and the audit trail's entries of the same change may be stamped:
#: the line takes the time the desk passed, the audit trail the clock's at its flush.
_SAME_CHANGE = timedelta(minutes=1)


def _history(session: Session, task: Task) -> list[HistoryLine]:
    """The task's history, newest first, each line with who made the change."""
    events = session.execute(
        select(TaskEvent.at, TaskEvent.text).where(TaskEvent.task_id == task.id).order_by(TaskEvent.id.desc())
    ).all()
    if not events:
        return []
    stamps = session.execute(
        select(AuditEntry.at, AuditEntry.staff_name).where(
            AuditEntry.case_id == task.case_id,
            AuditEntry.at >= min(at for at, _ in events) - _SAME_CHANGE,
            AuditEntry.at <= max(at for at, _ in events) + _SAME_CHANGE,
        )
    ).all()

    def by(at: datetime) -> str:
        near = [(abs(stamp - at), name) for stamp, name in stamps if abs(stamp - at) <= _SAME_CHANGE]
        return min(near)[1] if near else ""

    return [HistoryLine(at, text, by(at)) for at, text in events]


@dataclass(frozen=True)
class TaskDetail:
    task_id: int
    version: int
    case_number: str
    name: str
    status: TaskStatus
    assignee_id: int | None
    duration_minutes: int
    notes: str
    checklist: list[ChecklistLine]
    history: list[HistoryLine]  # newest first


def task_detail(database: Database, task_id: int) -> TaskDetail:
    with database.unit_of_work() as session:
        task = get_or_refuse(session, Task, task_id)
        checklist = [ChecklistLine(item.text, item.done) for item in task.checklist]
        return TaskDetail(
            task.id, task.version, task.case.number, task.name, task.status, task.assignee_id,
            task.duration_minutes, task.notes, checklist, _history(session, task),
        )  # fmt: skip


@dataclass(frozen=True)
class TaskEdit:
    task_id: int
    version: int
    assignee_id: int | None
    duration_minutes: int
    notes: str
    checklist: list[ChecklistLine]


@requires(Permission.PLAN_TASKS)
def edit_task(
    database: Database, edit: TaskEdit, now: datetime, calendar: WorkingCalendar | None = None
) -> list[BoardCard]:
    """Save a task's assignee, duration, checklist and notes; reschedule its case; return its cards.

    Raises:
        ValidationFailed: ``duration`` below zero, an empty checklist line.
        ConcurrentEdit: another desk saved the task since it was opened.
    """
    if edit.duration_minutes < 0:
        raise ValidationFailed({"duration": QT_TRANSLATE_NOOP("messages", "工期不能为负数")})
    if any(not line.text.strip() for line in edit.checklist):
        raise ValidationFailed({"checklist": QT_TRANSLATE_NOOP("messages", "检查清单中有空行，请填写或删除")})
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        task = get_or_refuse(session, Task, edit.task_id)
        lock_case_plans(session, [task.case_id])
        if task.version != edit.version:
            raise ConcurrentEdit()
        if task.assignee_id != edit.assignee_id and (
            problem := assignment_problem(task.role, edit.assignee_id, case_reviewer(session, task.case_id))
        ):
            raise ValidationFailed({"assignee": problem})
        changes = []
        if task.assignee_id != edit.assignee_id:
            names: dict[int | None, str] = dict(session.execute(select(Staff.id, Staff.name)).all())
            old, new = names.get(task.assignee_id, "未分配"), names.get(edit.assignee_id, "未分配")
            changes.append(f"负责人：{old} → {new}")
        if task.duration_minutes != edit.duration_minutes:
            changes.append(f"工期：{task.duration_minutes / 60:g} → {edit.duration_minutes / 60:g} 工时")
        old_lines = [ChecklistLine(item.text, item.done) for item in task.checklist]
        if old_lines != edit.checklist:
            done = sum(line.done for line in edit.checklist)
            changes.append(f"检查清单：{done}/{len(edit.checklist)} 项已完成")
            task.checklist = [
                TaskChecklistItem(position=n, text=line.text.strip(), done=line.done)
                for n, line in enumerate(edit.checklist)
            ]
        if task.notes != edit.notes.strip():
            changes.append("备注已修改")
        task.assignee_id, task.duration_minutes, task.notes = (
            edit.assignee_id,
            edit.duration_minutes,
            edit.notes.strip(),
        )
        task.checklist_total = len(edit.checklist)
        task.checklist_done = sum(line.done for line in edit.checklist)
        if changes:
            session.add(TaskEvent(task_id=task.id, at=now, text="；".join(changes)))
        session.flush()
        store_schedules(session, [task.case_id], calendar, now)
        return case_cards(session, task.case_id, now, calendar)


def reschedule_open_cases(database: Database, now: datetime, batch: int = 200) -> int:
    """Recompute the stored schedule of every open case as of ``now`` (slack and due times age).

    Runs off the GUI thread, in short transactions so moves on other desks are not held up.
    Returns how many cases were rescheduled.
    """
    calendar = load_working_calendar(database)
    with database.unit_of_work() as session:
        case_ids = session.scalars(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES))).all()
    for start in range(0, len(case_ids), batch):
        with database.unit_of_work() as session:
            store_schedules(session, list(case_ids[start : start + batch]), calendar, now)
    return len(case_ids)
