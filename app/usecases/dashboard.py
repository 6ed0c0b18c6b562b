"""工作台: what needs someone's attention now — my tasks today, cases at risk and why, client
notices due, clocks near breach, open incidents, reviews due, mentions and key decisions, and for a
manager the compensation proposed and waiting for approval."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from sqlalchemy import ColumnElement, func, select

from app.db.database import Database
from app.db.models import Case, Client, Task
from app.domain.case_risk import CaseFacts, Severity, case_risk, risk_order
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.sla import ClockState
from app.domain.vocabulary import OPEN_CASE_STATUSES, QT_TRANSLATE_NOOP, TaskStatus
from app.domain.working_calendar import years_to_import
from app.usecases.access import may
from app.usecases.calendar import load_working_calendar
from app.usecases.case_activity import my_mentions
from app.usecases.case_costs import PendingCompensation, pending_compensations
from app.usecases.client_notices import notices_due
from app.usecases.incidents import open_incidents
from app.usecases.knowledge import retrospectives_due
from app.usecases.risk_calendar import cases_crossing_windows
from app.usecases.sla_clocks import ClockView, running_clocks

#: How far ahead the dashboard looks for deadlines coming up.
DUE_SOON = timedelta(hours=48)


@dataclass(frozen=True)
class DashboardFigures:
    open_cases: int
    due_soon: int
    overdue: int
    blocked_tasks: int


def dashboard_figures(database: Database, now: datetime) -> DashboardFigures:
    """Counts the coordinator checks first thing: open, due within 48 h, overdue, blocked."""
    is_open = Case.status.in_(OPEN_CASE_STATUSES)
    with database.unit_of_work() as session:
        open_cases, due_soon, overdue = session.execute(
            select(
                func.count(),
                func.count().filter(Case.requested_deadline.between(now, now + DUE_SOON)),
                func.count().filter(Case.requested_deadline < now),
            ).where(is_open)
        ).one()
        blocked = session.scalar(
            select(func.count())
            .select_from(Task)
            .join(Case, Task.case_id == Case.id)
            .where(is_open, Task.status == TaskStatus.BLOCKED)
        )
    return DashboardFigures(open_cases, due_soon, overdue, blocked or 0)


@dataclass(frozen=True)
class AtRiskCase:
    case_id: int
    number: str
    client: str
    deadline: datetime
    reasons: tuple[str, ...]
    severity: Severity

    @property
    def severe(self) -> bool:
        """The deadline itself is missed or projected to be."""
        return self.severity <= Severity.PROJECTED_LATE


@dataclass(frozen=True)
class MyTask:
    task_id: int
    case_id: int
    case_number: str
    name: str
    status: TaskStatus
    due: datetime | None  # the latest finish that keeps the deadline
    critical: bool


@dataclass(frozen=True)
class Dashboard:
    figures: DashboardFigures
    my_tasks: list[MyTask]
    at_risk: list[AtRiskCase]  # to act on, the most serious first (case_risk.risk_order)
    window_only: list[AtRiskCase]  # only crossing a risk window: one folded line
    notices: list  # client_notices.NoticeView, unsent, soonest first
    clocks: list[ClockView]  # near breach or breached
    incidents: list  # incidents.IncidentSummary, open
    reviews: list  # knowledge.ReviewDue
    mentions: list  # case_activity.MentionView, unread
    years_to_import: list[int] = field(default_factory=list)  # holidays still estimated: import the notice
    compensations: list[PendingCompensation] = field(default_factory=list)  # only for who may approve


def my_tasks_today(database: Database, staff_id: int | None, now: datetime) -> list[MyTask]:
    """The person's open tasks that are under way or planned to start by the end of today."""
    if staff_id is None:
        return []
    end_of_day = datetime.combine(now.date(), time.max)
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                Task.id, Task.case_id, Case.number, Task.name, Task.status, Task.latest_finish, Task.critical
            )
            .join(Case, Case.id == Task.case_id)
            .where(
                Task.assignee_id == staff_id,
                Case.status.in_(OPEN_CASE_STATUSES),
                Task.status != TaskStatus.DONE,
                (Task.status != TaskStatus.TODO) | (Task.planned_start <= end_of_day),
            )
            .order_by(Task.latest_finish)
        ).all()
    return [MyTask(*row) for row in rows]


def at_risk_cases(
    database: Database,
    now: datetime,
    notices: list,
    clocks: list[ClockView],
    incidents: list,
    case_ids: list[int] | None = None,
) -> list[AtRiskCase]:
    """Open cases (all, or those given) with any risk, the most serious first (case_risk.risk_order:
    those only crossing a risk window last)."""
    facts: dict[int, CaseFacts] = {}
    chosen: ColumnElement[bool] = Case.status.in_(OPEN_CASE_STATUSES)
    if case_ids is not None:
        chosen &= Case.id.in_(case_ids)
    with database.unit_of_work() as session:
        cases = session.execute(
            select(Case.id, Case.number, Client.name, Case.requested_deadline, Case.projected_finish)
            .join(Client, Client.id == Case.client_id)
            .where(chosen)
        ).all()
        for case_id, _number, _client, deadline, projected in cases:
            facts[case_id] = CaseFacts(deadline, projected)
        open_critical = (
            select(Task.case_id, func.min(Task.slack_minutes))
            .join(Case, Case.id == Task.case_id)
            .where(chosen, Task.critical, Task.status != TaskStatus.DONE)
            .group_by(Task.case_id)
        )
        for case_id, slack in session.execute(open_critical):
            facts[case_id].least_critical_slack = slack
        blocked = (
            select(Task.case_id, Task.name, Task.blocked_reason)
            .join(Case, Case.id == Task.case_id)
            .where(chosen, Task.critical, Task.status == TaskStatus.BLOCKED)
        )
        for case_id, name, reason in session.execute(blocked):
            facts[case_id].blocked_critical.append((name, reason))
    for case_id, windows in cases_crossing_windows(database, now, case_ids).items():
        if case_id in facts:
            facts[case_id].windows_crossed = [w.title for w in windows]
    for clock in clocks:
        if clock.state is ClockState.BREACHED and clock.case_id in facts:
            facts[clock.case_id].clocks_breached.append(clock.title)
    overdue: dict[int, int] = defaultdict(int)
    for notice in notices:
        if notice.overdue:
            overdue[notice.case_id] += 1
    for case_id, count in overdue.items():
        if case_id in facts:
            facts[case_id].notices_overdue = count
    for incident in incidents:
        if incident.case_id in facts:
            facts[incident.case_id].open_incidents.append(incident.category.label)
    result = []
    for case_id, number, client, deadline, _projected in cases:
        risk = case_risk(facts[case_id], now)
        if risk:
            result.append(AtRiskCase(case_id, number, client, deadline, risk.reasons, risk.severity))
    urgent, window_only = risk_order(result)
    return urgent + window_only


def risk_of_case(database: Database, case_id: int, now: datetime) -> AtRiskCase | None:
    """One open case's risks (None when it is on track or closed), for the case window."""
    office = load_working_calendar(database)
    clocks = running_clocks(database, now, [case_id], office)
    incidents = open_incidents(database, now, case_id, clocks)
    notices = notices_due(database, now, case_id, office)
    found = at_risk_cases(database, now, notices, clocks, incidents, [case_id])
    return found[0] if found else None


def load_dashboard(database: Database, now: datetime, staff_id: int | None) -> Dashboard:
    office = load_working_calendar(database)  # read once for the notices and the clocks
    notices = notices_due(database, now, office=office)
    running = running_clocks(database, now, office=office)
    clocks = [c for c in running if c.state in (ClockState.NEAR_BREACH, ClockState.BREACHED)]
    incidents = open_incidents(database, now, clocks=running)
    urgent, window_only = risk_order(at_risk_cases(database, now, notices, clocks, incidents))
    return Dashboard(
        dashboard_figures(database, now),
        my_tasks_today(database, staff_id, now),
        urgent,
        window_only,
        notices,
        clocks,
        incidents,
        retrospectives_due(database, now, office=office),
        my_mentions(database, staff_id) if staff_id is not None else [],
        years_to_import(office, now.date()),
        pending_compensations(database) if may(database, Permission.APPROVE_COMPENSATION) else [],
    )


def due_within(notices: list, clocks: list[ClockView], now: datetime, minutes: int = 10) -> list[str]:
    """What the tray should announce: notices due within ``minutes`` or overdue, clocks breached."""
    soon = now + timedelta(minutes=minutes)
    lines: list[str] = [
        Message(
            QT_TRANSLATE_NOOP("messages", "{case} 客户通知已逾期")
            if n.overdue
            else QT_TRANSLATE_NOOP("messages", "{case} 客户通知即将到期"),
            case=n.case_number,
        )
        for n in notices
        if n.due_at <= soon
    ]
    lines += [
        Message(
            QT_TRANSLATE_NOOP("messages", "{case_number} 响应超时：{title}"),
            case_number=c.case_number,
            title=c.title,
        )
        for c in clocks
        if c.state is ClockState.BREACHED
    ]
    return lines
