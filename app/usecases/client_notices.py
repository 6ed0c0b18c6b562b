"""Client notices as stored: raised by a milestone or a case turning red, counted down on the client's
clock, logged when sent; the office's wording; the daily progress report of cases in remediation.

The rules (when a notice falls due, how late it is, filling a template) are
``app.domain.client_notice``; this module stores instants and reads them back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, insert, select
from sqlalchemy.orm import Session, aliased

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    ClientNotice,
    IncidentRecord,
    NoticeTemplate,
    Staff,
    Task,
)
from app.domain.chinese_format import format_date_long, format_moment_long
from app.domain.client_notice import (
    DEFAULT_TEMPLATES,
    NoticeChannel,
    NoticeKind,
    NoticeState,
    NoticeStatus,
    fill_template,
    notice_due,
    notice_log_problems,
    notice_state,
    template_problems,
)
from app.domain.permissions import Permission
from app.domain.sla import clock_calendar
from app.domain.vocabulary import OPEN_CASE_STATUSES, QT_TRANSLATE_NOOP, ServiceTier, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_staff, requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from app.usecases.sla_clocks import SlaSettings, sla_settings_of

#: "Since yesterday" in the daily progress report.
REPORT_SPAN = timedelta(hours=24)
#: Next steps named per case in the report and in a notice's {进展}.
NEXT_STEPS = 3


def _client_calendars(
    settings: SlaSettings, office: WorkingCalendar
) -> dict[ServiceTier | None, WorkingCalendar]:
    calendars: dict[ServiceTier | None, WorkingCalendar] = {
        tier: clock_calendar(settings.around_the_clock(tier), office) for tier in ServiceTier
    }
    return {**calendars, None: calendars[ServiceTier.BASIC]}


def _tiers(session: Session, case_ids: Iterable[int]) -> dict[int, ServiceTier]:
    return dict(
        session.execute(
            select(Case.id, Client.tier)
            .join(Client, Client.id == Case.client_id)
            .where(Case.id.in_(case_ids))
        ).all()
    )


# -- raising -------------------------------------------------------------------------------------
def raise_milestone_notice_in(
    session: Session, task: Task, now: datetime, office: WorkingCalendar
) -> ClientNotice | None:
    """A milestone task just done owes the client a notice (once, however often the card moves)."""
    if not task.milestone or task.status is not TaskStatus.DONE:
        return None
    already = session.scalar(
        select(ClientNotice.id).where(
            ClientNotice.task_id == task.id, ClientNotice.kind == NoticeKind.MILESTONE
        )
    )
    if already is not None:
        return None
    settings = sla_settings_of(session)
    calendar = _client_calendars(settings, office)[_tiers(session, [task.case_id]).get(task.case_id)]
    notice = ClientNotice(
        case_id=task.case_id,
        kind=NoticeKind.MILESTONE,
        task_id=task.id,
        raised_at=now,
        due_at=notice_due(now, settings.milestone_notice_minutes, calendar),
    )
    session.add(notice)
    session.flush()
    return notice


def at_risk_reason(projected: datetime, deadline: datetime, blocked: list[tuple[str, str]]) -> str:
    """Why a case is red, in words the client can read."""
    reason = f"按当前计划预计{format_moment_long(projected)}办结，晚于截止时间{format_moment_long(deadline)}"
    if blocked:
        reason += "；受阻环节：" + "、".join(f"{name}（{why}）" if why else name for name, why in blocked)
    return reason


def raise_at_risk_notices_in(
    session: Session, case_ids_turned_red: list[int], now: datetime, office: WorkingCalendar
) -> int:
    """A proactive notice for each case the schedule just turned red, unless one is still unsent.

    Reads the cases' stored projected finish, so call it after the schedule is written.
    Returns how many notices were raised.
    """
    if not case_ids_turned_red:
        return 0
    waiting = set(
        session.scalars(
            select(ClientNotice.case_id).where(
                ClientNotice.case_id.in_(case_ids_turned_red),
                ClientNotice.kind == NoticeKind.AT_RISK,
                ClientNotice.sent_at.is_(None),
            )
        )
    )
    case_ids = [case_id for case_id in case_ids_turned_red if case_id not in waiting]
    if not case_ids:
        return 0
    blocked: dict[int, list[tuple[str, str]]] = {}
    for case_id, name, why in session.execute(
        select(Task.case_id, Task.name, Task.blocked_reason)
        .where(Task.case_id.in_(case_ids), Task.status == TaskStatus.BLOCKED)
        .order_by(Task.position)
    ):
        blocked.setdefault(case_id, []).append((name, why))
    settings = sla_settings_of(session)
    calendars = _client_calendars(settings, office)
    rows = [
        {
            "case_id": case_id,
            "kind": NoticeKind.AT_RISK,
            "reason": at_risk_reason(projected, deadline, blocked.get(case_id, [])[:2]),
            "raised_at": now,
            "due_at": notice_due(now, settings.at_risk_notice_minutes, calendars[tier]),
            "text": "",
            "version": 1,
        }
        for case_id, tier, projected, deadline in session.execute(
            select(Case.id, Client.tier, Case.projected_finish, Case.requested_deadline)
            .join(Client, Client.id == Case.client_id)
            .where(Case.id.in_(case_ids), Case.projected_finish.is_not(None))
        )
        if projected is not None  # as the query has it, for the type checker
    ]
    if rows:
        session.execute(insert(ClientNotice), rows)
    return len(rows)


# -- reading -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoticeView:
    """A notice as the dashboard and the case window show it."""

    id: int
    version: int
    case_id: int
    case_number: str
    client_name: str
    kind: NoticeKind
    task_id: int | None  # the milestone's task
    milestone: str  # its name ("" for other kinds)
    reason: str
    raised_at: datetime
    due_at: datetime
    sent_at: datetime | None
    channel: NoticeChannel | None
    text: str
    sent_by_id: int | None
    sent_by_name: str
    state: NoticeState
    around_the_clock: bool

    @property
    def overdue(self) -> bool:
        return self.state.status is NoticeStatus.OVERDUE

    @property
    def minutes_left(self) -> int:
        return self.state.minutes_left


def _views(
    database: Database, now: datetime, office: WorkingCalendar | None, *conditions
) -> list[NoticeView]:
    office = office or load_working_calendar(database)
    sender = aliased(Staff)
    with database.unit_of_work() as session:
        settings = sla_settings_of(session)
        rows = session.execute(
            select(ClientNotice, Case.number, Client.name, Client.tier, Task.name, sender.name)
            .join(Case, Case.id == ClientNotice.case_id)
            .join(Client, Client.id == Case.client_id)
            .outerjoin(Task, Task.id == ClientNotice.task_id)
            .outerjoin(sender, sender.id == ClientNotice.sent_by_id)
            .where(*conditions)
        ).all()
    calendars = _client_calendars(settings, office)
    views = []
    for notice, number, client, tier, milestone, sent_by in rows:
        views.append(
            NoticeView(
                notice.id, notice.version, notice.case_id, number, client, notice.kind,
                notice.task_id, milestone or "", notice.reason, notice.raised_at, notice.due_at,
                notice.sent_at, notice.channel, notice.text, notice.sent_by_id, sent_by or "",
                notice_state(notice.due_at, notice.sent_at, now, calendars[tier]),
                settings.around_the_clock(tier),
            )
        )  # fmt: skip
    return views


def notices_due(
    database: Database, now: datetime, case_id: int | None = None, office: WorkingCalendar | None = None
) -> list[NoticeView]:
    """Notices not yet sent (office-wide or of one case), soonest due first. ``office``: the office
    calendar when the caller has it already."""
    conditions: list[ColumnElement[bool]] = [ClientNotice.sent_at.is_(None)]
    if case_id is not None:
        conditions.append(ClientNotice.case_id == case_id)
    return sorted(_views(database, now, office, *conditions), key=lambda v: (v.due_at, v.id))


def case_notices(database: Database, case_id: int, now: datetime) -> list[NoticeView]:
    """Every notice of the case: unsent ones soonest due first, then sent ones newest first."""
    views = _views(database, now, None, ClientNotice.case_id == case_id)
    due = sorted((v for v in views if v.sent_at is None), key=lambda v: (v.due_at, v.id))
    sent = sorted((v for v in views if v.sent_at is not None), key=lambda v: (v.sent_at, v.id), reverse=True)
    return due + sent


# -- logging -------------------------------------------------------------------------------------
def _check_sender(session: Session, problems: dict[str, str], sent_by_id: int | None) -> None:
    if sent_by_id is not None and session.get(Staff, sent_by_id) is None:
        problems["sent_by"] = QT_TRANSLATE_NOOP("messages", "所选通知人不存在")
    if problems:
        raise ValidationFailed(problems)


@requires(Permission.CLIENT_CONTACT)
def log_notice(
    database: Database,
    notice_id: int,
    channel: NoticeChannel,
    text: str,
    sent_by_id: int | None,
    sent_at: datetime | None,
    now: datetime,
    version: int | None = None,
) -> int:
    """Record that the notice was sent: channel, words, who, when. Returns how late it was, in
    minutes of the client's clock (0: in time).

    Raises:
        ValidationFailed: ``text``, ``sent_by``, ``sent_at`` (empty, in the future), ``notice``.
        ConcurrentEdit: another desk logged or changed the notice since it was shown.
    """
    sent_by_id = acting_staff(database, sent_by_id)
    problems = notice_log_problems(text, sent_by_id, sent_at, now)
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        notice = get_or_refuse(session, ClientNotice, notice_id)
        if version is not None and notice.version != version:
            raise ConcurrentEdit()
        if notice.sent_at is not None:
            raise ValidationFailed({"notice": QT_TRANSLATE_NOOP("messages", "该通知已记录为已发送")})
        _check_sender(session, problems, sent_by_id)
        calendar = _client_calendars(sla_settings_of(session), office)[
            _tiers(session, [notice.case_id]).get(notice.case_id)
        ]
        late = notice_state(notice.due_at, sent_at, now, calendar).late_minutes
        notice.channel, notice.text, notice.sent_by_id = channel, text.strip(), sent_by_id
        notice.sent_at, notice.late_minutes = sent_at, late or None
    return late


@requires(Permission.CLIENT_CONTACT)
def log_adhoc_notice(
    database: Database,
    case_id: int,
    channel: NoticeChannel,
    text: str,
    sent_by_id: int | None,
    sent_at: datetime | None,
    now: datetime,
    reason: str = "",
) -> int:
    """Record a notice the office sent of its own accord (a progress update). Returns its id.

    Raises: ValidationFailed ``text``, ``sent_by``, ``sent_at``, ``case``.
    """
    sent_by_id = acting_staff(database, sent_by_id)
    problems = notice_log_problems(text, sent_by_id, sent_at, now)
    with database.unit_of_work() as session:
        get_or_refuse(session, Case, case_id)
        _check_sender(session, problems, sent_by_id)
        notice = ClientNotice(
            case_id=case_id,
            kind=NoticeKind.PROGRESS,
            reason=reason.strip(),
            raised_at=sent_at,
            due_at=sent_at,
            sent_at=sent_at,
            channel=channel,
            text=text.strip(),
            sent_by_id=sent_by_id,
        )
        session.add(notice)
        session.flush()
        return notice.id


# -- wording -------------------------------------------------------------------------------------
def notice_templates(database: Database) -> dict[NoticeKind, str]:
    """The office's wording per kind of notice; the built-in wording where it has none."""
    with database.unit_of_work() as session:
        stored = dict(session.execute(select(NoticeTemplate.kind, NoticeTemplate.text)).all())
    return {kind: stored.get(kind) or DEFAULT_TEMPLATES[kind] for kind in NoticeKind}


@requires(Permission.EDIT_SETTINGS)
def save_notice_templates(database: Database, texts: dict[NoticeKind, str]) -> None:
    """Store the wording of each kind given; nothing is stored when one of them is wrong.

    Raises: ValidationFailed keyed by the kind's code.
    """
    problems = {kind.value: problem for kind, text in texts.items() if (problem := template_problems(text))}
    if problems:
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        rows = {row.kind: row for row in session.scalars(select(NoticeTemplate))}
        for kind, text in texts.items():
            row = rows.get(kind)
            if row is None:
                row = NoticeTemplate(kind=kind)
                session.add(row)
            row.text = text.strip()


@requires(Permission.EDIT_SETTINGS)
def save_notice_template(database: Database, kind: NoticeKind, text: str) -> None:
    save_notice_templates(database, {kind: text})


@dataclass(frozen=True)
class _CaseFacts:
    number: str
    title: str
    client: str
    deadline: datetime
    projected_finish: datetime | None
    manager: str


def _case_facts(session: Session, case_ids: list[int]) -> dict[int, _CaseFacts]:
    manager = aliased(Staff)
    rows = session.execute(
        select(Case.id, Case.number, Case.title, Client.name, Case.requested_deadline, Case.projected_finish,
               manager.name)
        .join(Client, Client.id == Case.client_id)
        .outerjoin(manager, manager.id == Case.manager_id)
        .where(Case.id.in_(case_ids))
    )  # fmt: skip
    return {row[0]: _CaseFacts(*row[1:6], row[6] or "") for row in rows}


@dataclass(frozen=True)
class _Progress:
    done: list[str]  # tasks completed since yesterday
    next: list[tuple[str, datetime | None]]  # the next steps with their planned finish


def _progress(session: Session, case_ids: list[int], now: datetime) -> dict[int, _Progress]:
    progress = {case_id: _Progress([], []) for case_id in case_ids}
    rows = session.execute(
        select(Task.case_id, Task.name, Task.status, Task.completed_at, Task.planned_finish)
        .where(Task.case_id.in_(case_ids))
        .order_by(Task.case_id, Task.planned_start, Task.position)
    )
    working = (TaskStatus.IN_PROGRESS, TaskStatus.REVIEW, TaskStatus.BLOCKED)
    upcoming: dict[int, list] = {case_id: [] for case_id in case_ids}
    for case_id, name, status, completed_at, planned_finish in rows:
        if status is TaskStatus.DONE:
            if completed_at is not None and completed_at >= now - REPORT_SPAN:
                progress[case_id].done.append(name)
        else:
            upcoming[case_id].append((status not in working, name, planned_finish))
    for case_id, tasks in upcoming.items():
        ordered = sorted(tasks, key=lambda t: t[0])  # stable: under way first, then by plan
        progress[case_id].next.extend((name, finish) for _, name, finish in ordered[:NEXT_STEPS])
    return progress


def _progress_words(progress: _Progress) -> str:
    done = "、".join(progress.done) or "无新完成环节"
    following = "、".join(name for name, _ in progress.next) or "收尾办结"
    return f"近一日完成：{done}；下一步：{following}。"


def _moment(value: datetime | None) -> str:
    return format_moment_long(value) if value else "待定"


def notice_draft(
    database: Database, notice_id: int, now: datetime | None = None, sender_id: int | None = None
) -> str:
    """The office's template for the notice filled in for its case. The sender signs it when given,
    else the case manager; its progress counts from a day before ``now`` (default: when raised)."""
    templates = notice_templates(database)
    with database.unit_of_work() as session:
        notice = get_or_refuse(session, ClientNotice, notice_id)
        return _draft(session, templates[notice.kind], notice.case_id, notice.task_id, notice.reason,
                      sender_id, now or notice.raised_at)  # fmt: skip


def adhoc_draft(database: Database, case_id: int, now: datetime, sender_id: int | None = None) -> str:
    """The progress template filled in for the case: the words of an ad-hoc notice."""
    template = notice_templates(database)[NoticeKind.PROGRESS]
    with database.unit_of_work() as session:
        return _draft(session, template, case_id, None, "", sender_id, now)


def _draft(
    session: Session,
    template: str,
    case_id: int,
    task_id: int | None,
    reason: str,
    sender_id: int | None,
    now: datetime,
) -> str:
    facts = _case_facts(session, [case_id])[case_id]
    if task_id is None:  # the latest milestone reached, for notices not raised by one
        milestone = session.scalar(
            select(Task.name)
            .where(Task.case_id == case_id, Task.milestone, Task.status == TaskStatus.DONE)
            .order_by(Task.completed_at.desc())
            .limit(1)
        )
    else:
        milestone = session.scalar(select(Task.name).where(Task.id == task_id))
    sender = session.scalar(select(Staff.name).where(Staff.id == sender_id)) if sender_id else None
    return fill_template(
        template,
        {
            "客户": facts.client,
            "案件编号": facts.number,
            "案件名称": facts.title,
            "里程碑": milestone or "",
            "预计完成": _moment(facts.projected_finish),
            "截止时间": format_moment_long(facts.deadline),
            "原因": reason,
            "进展": _progress_words(_progress(session, [case_id], now)[case_id]),
            "经办人": sender or facts.manager,
        },
    )


# -- the daily progress report ---------------------------------------------------------------------
@dataclass(frozen=True)
class RemediationCase:
    """An open case the office is pulling back on track: red, or with an incident still open."""

    case_id: int
    number: str
    client_name: str
    deadline: datetime
    projected_finish: datetime | None
    late: bool
    open_incidents: int


def cases_in_remediation(database: Database, now: datetime) -> list[RemediationCase]:
    """Open cases projected to miss their deadline or with an unresolved incident, soonest deadline
    first."""
    with database.unit_of_work() as session:
        incidents: dict[int, int] = {}
        for case_id in session.scalars(
            select(IncidentRecord.case_id)
            .join(Case, Case.id == IncidentRecord.case_id)
            .where(
                IncidentRecord.resolved_at.is_(None),
                IncidentRecord.reported_at <= now,
                Case.status.in_(OPEN_CASE_STATUSES),
            )
        ):
            incidents[case_id] = incidents.get(case_id, 0) + 1
        late = Case.projected_finish > Case.requested_deadline
        rows = session.execute(
            select(Case.id, Case.number, Client.name, Case.requested_deadline, Case.projected_finish)
            .join(Client, Client.id == Case.client_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), late | Case.id.in_(list(incidents)))
            .order_by(Case.requested_deadline, Case.id)
        ).all()
    return [
        RemediationCase(
            case_id, number, client, deadline, finish, finish is not None and finish > deadline,
            incidents.get(case_id, 0),
        )
        for case_id, number, client, deadline, finish in rows
    ]  # fmt: skip


def daily_progress_text(database: Database, now: datetime, case_ids: list[int] | None = None) -> str:
    """The daily progress report as plain text to paste into a WeChat message: per case, its
    deadline and projected finish, what was done since yesterday, what is next, open incidents."""
    if case_ids is None:
        case_ids = [c.case_id for c in cases_in_remediation(database, now)]
    lines = [f"【加急案件进度日报】{format_date_long(now.date())} {now:%H:%M}"]
    if not case_ids:
        return "\n".join([*lines, "今日没有需要补救的案件。"])
    with database.unit_of_work() as session:
        facts = _case_facts(session, case_ids)
        progress = _progress(session, case_ids, now)
        incidents: dict[int, list[str]] = {}
        for case_id, category, level, description in session.execute(
            select(IncidentRecord.case_id, IncidentRecord.category, IncidentRecord.level,
                   IncidentRecord.description)
            .where(IncidentRecord.case_id.in_(case_ids), IncidentRecord.resolved_at.is_(None))
            .order_by(IncidentRecord.reported_at)
        ):  # fmt: skip
            incidents.setdefault(case_id, []).append(f"{category.label}（{level.label}）：{description}")
    ordered = sorted((c for c in case_ids if c in facts), key=lambda c: (facts[c].deadline, c))
    for n, case_id in enumerate(ordered, 1):
        case, done = facts[case_id], progress[case_id]
        finish = case.projected_finish
        outlook = "（预计逾期）" if finish and finish > case.deadline else ""
        lines += [
            "",
            f"{n}. {case.number} {case.client} — {case.title}",
            f"截止时间：{format_moment_long(case.deadline)}；预计完成：{_moment(finish)}{outlook}",
            "昨日以来完成：" + ("、".join(done.done) or "无"),
            "下一步："
            + ("；".join(f"{name}（计划 {_moment(at)} 完成）" for name, at in done.next) or "收尾办结"),
            "未结事件：" + ("；".join(incidents.get(case_id, [])) or "无"),
        ]
    return "\n".join(lines)
