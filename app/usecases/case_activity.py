"""The case activity feed (战时沟通): comments with @mentions, key decisions that must reach the case
manager, and a specialist's "已完成，请复核" confirmed by the reviewer and recorded on the task.

Mentions are what reach a person's dashboard (my_mentions) until they read them. The seed's group
rules: a specialist @s the reviewer when done; the reviewer @s the case manager when checked; a key
decision is tagged and @s the case manager so it does not drown in the chat.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session, aliased

from app.db.database import Database
from app.db.models import ActivityMention, Case, CaseActivity, CaseMember, Staff, Task
from app.domain.case_team import ActivityKind, activity_problems, parse_mentions
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP, StaffRole, TaskStatus
from app.usecases.access import acting_staff, requires
from app.usecases.errors import ValidationFailed, get_or_refuse

#: Mentions listed at most on a dashboard (the newest).
MENTION_LIMIT = 200


@dataclass(frozen=True)
class ActivityView:
    id: int
    at: datetime
    author_id: int
    author_name: str
    kind: ActivityKind
    text: str
    decision: bool
    task_id: int | None
    task_name: str
    mentions: tuple[str, ...]
    task_checked: bool  # for a check request: the task has been confirmed since


@dataclass(frozen=True)
class MentionView:
    id: int  # the mention's id, for mark_mentions_read
    activity_id: int
    case_id: int
    case_number: str
    at: datetime
    author_name: str
    kind: ActivityKind
    text: str
    decision: bool
    read_at: datetime | None


@dataclass(frozen=True)
class TaskChoice:
    id: int
    name: str
    status: TaskStatus
    checked: bool


def _person(session: Session, staff_id: int | None, field: str, message: str) -> Staff:
    person = session.get(Staff, staff_id) if staff_id is not None else None
    if person is None or not person.active:
        raise ValidationFailed({field: message})
    return person


def _reviewer_id(session: Session, case_id: int) -> int | None:
    return session.scalar(
        select(CaseMember.staff_id).where(
            CaseMember.case_id == case_id, CaseMember.role == StaffRole.COMPLIANCE
        )
    )


def _name(session: Session, staff_id: int) -> str:
    # Only ids held by a foreign key come here: the row is there.
    return session.get_one(Staff, staff_id).name


def _mentioned_ids(session: Session, case_id: int, text: str) -> list[int]:
    """The staff @mentioned in ``text``; a name shared by two people means the one on the team.

    Raises: ValidationFailed ``text`` naming each @word that is nobody's name.
    """
    staff = session.execute(select(Staff.id, Staff.name).where(Staff.active).order_by(Staff.id)).all()
    team = set(session.scalars(select(CaseMember.staff_id).where(CaseMember.case_id == case_id)))
    ids_by_name: dict[str, list[int]] = {}
    for staff_id, name in staff:
        ids_by_name.setdefault(name, []).append(staff_id)
    names, unknown = parse_mentions(text, ids_by_name)
    if unknown:
        raise ValidationFailed(
            {
                "text": Message(
                    QT_TRANSLATE_NOOP("messages", "没有名为{words}的在职人员：@ 后请写同事的姓名"),
                    words=tuple(f"“{word}”" for word in unknown),
                )
            }
        )
    return [next((i for i in ids_by_name[name] if i in team), ids_by_name[name][0]) for name in names]


def _add_line(
    session: Session,
    case_id: int,
    author_id: int,
    now: datetime,
    kind: ActivityKind,
    text: str,
    mentioned: Collection[int],
    decision: bool = False,
    task_id: int | None = None,
) -> int:
    line = CaseActivity(
        case_id=case_id, author_id=author_id, at=now, kind=kind, text=text, decision=decision, task_id=task_id
    )
    session.add(line)
    session.flush()
    # Nobody needs a dashboard notice of their own words.
    session.add_all(
        ActivityMention(activity_id=line.id, staff_id=staff_id)
        for staff_id in dict.fromkeys(mentioned)
        if staff_id != author_id
    )
    return line.id


@requires(Permission.CASE_ACTIVITY)
def post_activity(
    database: Database, case_id: int, author_id: int, text: str, now: datetime, decision: bool = False
) -> int:
    """A comment (or a 关键决策 with ``decision``) on the case's feed; returns its id.

    A key decision must @ the case manager, unless the case manager wrote it. Mentioning someone
    off the team is allowed (a colleague consulted).

    Raises: ValidationFailed ``text`` (empty, too long, an unknown @name, a decision without the
    case manager), ``author`` (nobody chosen), ``decision`` (the case has no manager yet).
    """
    author_id = acting_staff(database, author_id)
    if problems := activity_problems(text):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        _person(session, author_id, "author", QT_TRANSLATE_NOOP("messages", "请选择发言人"))
        mentioned = _mentioned_ids(session, case_id, text)
        if decision and author_id != case.manager_id:
            if case.manager_id is None:
                raise ValidationFailed(
                    {"decision": QT_TRANSLATE_NOOP("messages", "本案尚未指定项目经理，请先在专属小组中指定")}
                )
            if case.manager_id not in mentioned:
                manager = _name(session, case.manager_id)
                raise ValidationFailed(
                    {
                        "text": Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "关键决策须 @ 项目经理（@{manager}），以免被淹没在讨论中"
                            ),
                            manager=manager,
                        )
                    }
                )
        return _add_line(
            session, case_id, author_id, now, ActivityKind.COMMENT, text.strip(), mentioned, decision=decision
        )


def _task(session: Session, task_id: int) -> Task:
    task = get_or_refuse(session, Task, task_id)
    if task.checked_at is not None:
        who = _name(session, task.checked_by_id) if task.checked_by_id else "—"
        raise ValidationFailed(
            {
                "task": Message(
                    QT_TRANSLATE_NOOP("messages", "「{task}」已于 {at} 由 {who} 复核确认"),
                    task=task.name,
                    at=task.checked_at,
                    who=who,
                )
            }
        )
    return task


@requires(Permission.CASE_ACTIVITY)
def request_check(database: Database, task_id: int, author_id: int, now: datetime, text: str = "") -> int:
    """ "已完成，请复核": a check request on the feed @ the case's compliance reviewer (the case manager
    when there is none, or when the reviewer asks); returns the line's id.

    Raises: ValidationFailed ``task`` (unknown or already checked), ``author`` (nobody chosen, or no one
    else on the case could confirm), ``text`` (too long or an unknown @name).
    """
    author_id = acting_staff(database, author_id)
    note = text.strip()
    if note and (problems := activity_problems(note)):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        task = _task(session, task_id)
        case = get_or_refuse(session, Case, task.case_id)
        _person(session, author_id, "author", QT_TRANSLATE_NOOP("messages", "请选择提交复核的人"))
        candidates = (_reviewer_id(session, case.id), case.manager_id)
        target = next((i for i in candidates if i is not None and i != author_id), None)
        if target is None:
            raise ValidationFailed(
                {
                    "author": QT_TRANSLATE_NOOP(
                        "messages", "本案没有其他人可以复核：请先在专属小组中指定合规复核或项目经理"
                    )
                }
            )
        mentioned = [target, *(_mentioned_ids(session, case.id, note) if note else [])]
        line = f"@{_name(session, target)} 「{task.name}」已完成，请复核。{note}"
        return _add_line(
            session, case.id, author_id, now, ActivityKind.CHECK_REQUEST, line, mentioned, task_id=task.id
        )


@requires(Permission.CASE_ACTIVITY)
def confirm_check(database: Database, task_id: int, reviewer_id: int, now: datetime) -> int:
    """The reviewer's confirmation of the task's latest check request: recorded on the task (who,
    when) and on the feed, @ the requester and the case manager; returns the line's id.

    Raises: ValidationFailed ``task`` (unknown, already checked, never asked), ``reviewer`` (not the
    case's compliance reviewer or case manager, or the one who asked).
    """
    reviewer_id = acting_staff(database, reviewer_id)
    with database.unit_of_work() as session:
        task = _task(session, task_id)
        case = get_or_refuse(session, Case, task.case_id)
        request = session.scalars(
            select(CaseActivity)
            .where(CaseActivity.task_id == task_id, CaseActivity.kind == ActivityKind.CHECK_REQUEST)
            .order_by(CaseActivity.at.desc(), CaseActivity.id.desc())
            .limit(1)
        ).first()
        if request is None:
            raise ValidationFailed(
                {"task": Message(QT_TRANSLATE_NOOP("messages", "「{task}」还没有人请求复核"), task=task.name)}
            )
        if reviewer_id not in (_reviewer_id(session, case.id), case.manager_id):
            raise ValidationFailed(
                {"reviewer": QT_TRANSLATE_NOOP("messages", "只有本案的合规复核或项目经理可以确认复核")}
            )
        if reviewer_id == request.author_id:
            raise ValidationFailed(
                {
                    "reviewer": QT_TRANSLATE_NOOP(
                        "messages", "不能确认自己提交的复核请求，请由合规复核或项目经理确认"
                    )
                }
            )
        _person(session, reviewer_id, "reviewer", QT_TRANSLATE_NOOP("messages", "请选择复核人"))
        task.checked_by_id, task.checked_at = reviewer_id, now
        mentioned = [request.author_id]
        line = f"@{_name(session, request.author_id)} 已复核「{task.name}」，确认无误。"
        if case.manager_id is not None and case.manager_id not in (reviewer_id, request.author_id):
            mentioned.append(case.manager_id)
            line += f"请 @{_name(session, case.manager_id)} 知悉。"
        return _add_line(
            session, case.id, reviewer_id, now, ActivityKind.CHECK_DONE, line, mentioned, task_id=task.id
        )


def case_feed(database: Database, case_id: int) -> list[ActivityView]:
    """The case's activity, oldest first (the newest at the bottom, as in a chat)."""
    author = aliased(Staff)
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                CaseActivity.id,
                CaseActivity.at,
                CaseActivity.author_id,
                author.name.label("author_name"),
                CaseActivity.kind,
                CaseActivity.text,
                CaseActivity.decision,
                CaseActivity.task_id,
                Task.name.label("task_name"),
                Task.checked_at,
            )
            .join(author, author.id == CaseActivity.author_id)
            .outerjoin(Task, Task.id == CaseActivity.task_id)
            .where(CaseActivity.case_id == case_id)
            .order_by(CaseActivity.at, CaseActivity.id)
        ).all()
        names: dict[int, list[str]] = {}
        for activity_id, name in session.execute(
            select(ActivityMention.activity_id, Staff.name)
            .join(Staff, Staff.id == ActivityMention.staff_id)
            .join(CaseActivity, CaseActivity.id == ActivityMention.activity_id)
            .where(CaseActivity.case_id == case_id)
            .order_by(ActivityMention.id)
        ):
            names.setdefault(activity_id, []).append(name)
    return [
        ActivityView(
            row.id,
            row.at,
            row.author_id,
            row.author_name,
            ActivityKind(row.kind),
            row.text,
            row.decision,
            row.task_id,
            row.task_name or "",
            tuple(names.get(row.id, ())),
            row.checked_at is not None,
        )
        for row in rows
    ]


def my_mentions(database: Database, staff_id: int, unread_only: bool = True) -> list[MentionView]:
    """What reached ``staff_id``: lines that @ them (decisions among them), newest first."""
    author = aliased(Staff)
    query = (
        select(
            ActivityMention.id,
            CaseActivity.id,
            Case.id,
            Case.number,
            CaseActivity.at,
            author.name,
            CaseActivity.kind,
            CaseActivity.text,
            CaseActivity.decision,
            ActivityMention.read_at,
        )
        .join(CaseActivity, CaseActivity.id == ActivityMention.activity_id)
        .join(Case, Case.id == CaseActivity.case_id)
        .join(author, author.id == CaseActivity.author_id)
        .where(ActivityMention.staff_id == staff_id)
        .order_by(CaseActivity.at.desc(), CaseActivity.id.desc())
        .limit(MENTION_LIMIT)
    )
    if unread_only:
        query = query.where(ActivityMention.read_at.is_(None))
    with database.unit_of_work() as session:
        # row[7:10]: select() types ten columns and then leaves room for untyped ones.
        return [MentionView(*row[:6], ActivityKind(row[6]), *row[7:10]) for row in session.execute(query)]


@requires(Permission.CASE_ACTIVITY)
def mark_mentions_read(database: Database, staff_id: int, ids: Collection[int], now: datetime) -> int:
    """Mark ``staff_id``'s mentions among ``ids`` read (others' are left alone); returns how many."""
    if not ids:
        return 0
    statement = (
        update(ActivityMention)
        .where(
            ActivityMention.id.in_(list(ids)),
            ActivityMention.staff_id == staff_id,
            ActivityMention.read_at.is_(None),
        )
        .values(read_at=now)
    )
    with database.unit_of_work() as session:
        # An UPDATE's result is a CursorResult; Session.execute is typed as returning any Result.
        return cast(CursorResult[Any], session.execute(statement)).rowcount


def tasks_to_check(database: Database, case_id: int) -> list[TaskChoice]:
    """The case's tasks in plan order, for picking one to request a check of."""
    with database.unit_of_work() as session:
        rows = session.execute(
            select(Task.id, Task.name, Task.status, Task.checked_at.is_not(None))
            .where(Task.case_id == case_id)
            .order_by(Task.position, Task.id)
        )
        return [TaskChoice(*row) for row in rows]
