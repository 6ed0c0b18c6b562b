"""Sample client notices and SLA clocks: milestones told to the client (most in time, some late, a
few still due), proactive notices for red cases, and response clocks running, paused and stopped.

Bulk inserts with ids chosen here, so a 20,000-case office takes a few seconds.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Client, ClientNotice, SlaClockRecord, SlaPauseRecord, Staff, Task
from app.domain.chinese_format import format_moment_long
from app.domain.client_notice import NoticeChannel, NoticeKind, fill_template, notice_due, notice_state
from app.domain.sla import Clock, Pause, ResponseLevel, clock_calendar
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, ServiceTier, StaffRole, TaskStatus
from app.domain.working_calendar import WorkingCalendar
from app.sample.office_time import OfficeTime
from app.usecases.calendar import load_working_calendar
from app.usecases.client_notices import at_risk_reason, notice_templates
from app.usecases.sla_clocks import SlaSettings, load_sla_settings

#: Closed cases this recent still carry their notices and clocks.
RECENT = timedelta(days=90)
LATE_SHARE = 0.08
UNSENT_SHARE = 0.01  # of open cases' milestone notices: still due or overdue
CLOCK_SHARE = 0.10
#: The share of its promise a sample clock has used: most within it, a few past it.
USED_SHARE = (0.1, 1.1)
PAUSED_SHARE = 0.3
_CHANNELS = (
    (NoticeChannel.WECHAT, 45),
    (NoticeChannel.PHONE, 35),
    (NoticeChannel.SMS, 8),
    (NoticeChannel.EMAIL, 8),
    (NoticeChannel.VISIT, 4),
)
_PAUSE_REASONS = ("等待客户补充材料", "等待客户确认经营范围", "等待客户法人到场签字", "等待客户回复报价")
#: A done milestone with its case and client: more columns than the stubs type one by one (ten).
_MilestoneRow = tuple[
    int, int, str, datetime | None,  # the task
    CaseStatus, str, str, datetime, datetime | None, int | None,  # its case
    str, ServiceTier,  # the client
]  # fmt: skip
_REQUESTS = {
    ResponseLevel.L1: "客户紧急来电：窗口要求当天补正",
    ResponseLevel.L2: "VIP 客户需求响应：要求上门说明进度",
    ResponseLevel.L3: "客户书面咨询：办理期间能否变更经营范围",
}


class _Notices:
    """Rows for one kind of sample notice, with the wording and the clock calendars they need."""

    def __init__(self, database: Database, rng: random.Random, now: datetime, first_id: int) -> None:
        self.rng, self.now, self.next_id = rng, now, first_id
        self.rows: list[dict[str, object]] = []
        self.templates = notice_templates(database)
        self.settings = load_sla_settings(database)
        office = load_working_calendar(database)
        self.office = OfficeTime(office, now)  # notices are raised and sent at work
        self.calendars = {t: clock_calendar(self.settings.around_the_clock(t), office) for t in ServiceTier}
        self.channels = [channel for channel, _ in _CHANNELS]
        self.weights = [weight for _, weight in _CHANNELS]

    def add(self, kind: NoticeKind, fields: dict, tier: ServiceTier, raised: datetime, minutes: int,
            sender: int | None, values: dict, unsent: bool) -> None:  # fmt: skip
        calendar = self.calendars[tier]
        raised = self.office.working(raised)
        due = notice_due(raised, minutes, calendar)
        row = {"id": self.next_id, "kind": kind, "raised_at": raised, "due_at": due, "version": 1, **fields}
        self.next_id += 1
        self.rows.append(row)
        late = self.rng.random() < LATE_SHARE
        step = self.rng.randint(5, 90) if late else -self.rng.randint(1, max(1, minutes - 2))
        sent = calendar.add_working_minutes(due, step)
        if unsent or sent > self.now or sender is None:
            row.update(text="", sent_at=None, channel=None, sent_by_id=None, late_minutes=None)
            return
        sent = max(self.office.working(sent), raised)
        state = notice_state(due, sent, self.now, calendar)
        row.update(
            sent_at=sent,
            channel=self.rng.choices(self.channels, self.weights)[0],
            text=fill_template(self.templates[kind], values),
            sent_by_id=sender,
            late_minutes=state.late_minutes or None,
        )


def _values(number, title, client, deadline, finish, milestone="", reason="", sender="") -> dict:
    return {
        "客户": client,
        "案件编号": number,
        "案件名称": title,
        "里程碑": milestone,
        "预计完成": format_moment_long(finish) if finish else "待定",
        "截止时间": format_moment_long(deadline),
        "原因": reason,
        "进展": f"“{milestone}”已完成。" if milestone else "",
        "经办人": sender,
    }


def _name(names: dict[int, str], staff_id: int | None) -> str:
    """The sender's name for the wording, "" when nobody can send."""
    return "" if staff_id is None else names.get(staff_id, "")


def _milestone_notices(
    session: Session, notices: _Notices, names: dict[int, str], fallback: list[int]
) -> None:
    rng, now = notices.rng, notices.now
    rows = cast(Sequence[_MilestoneRow], session.execute(
        select(Task.id, Task.case_id, Task.name, Task.completed_at, Case.status, Case.number, Case.title,
               Case.requested_deadline, func.coalesce(Case.projected_finish, Case.closed_at), Case.manager_id,
               Client.name, Client.tier)
        .join(Case, Case.id == Task.case_id).join(Client, Client.id == Case.client_id)
        .where(Task.milestone, Task.status == TaskStatus.DONE, Task.completed_at.is_not(None),
               or_(Case.status.in_(OPEN_CASE_STATUSES), Case.closed_at >= now - RECENT))
        .order_by(Task.id)
    ).all())  # fmt: skip
    minutes = notices.settings.milestone_notice_minutes
    for task_id, case_id, name, done, status, number, title, deadline, finish, manager, client, tier in rows:
        assert done is not None  # the query leaves out milestones not yet done
        unsent = status.is_open and rng.random() < UNSENT_SHARE
        raised = min(done, now - timedelta(minutes=rng.randint(5, 120)))
        if unsent and rng.random() < 0.5:  # just reached: still counting down
            raised = now - timedelta(minutes=rng.randint(1, max(1, minutes - 5)))
        sender = manager or (rng.choice(fallback) if fallback else None)
        fields = {"case_id": case_id, "task_id": task_id, "reason": ""}
        values = _values(number, title, client, deadline, finish, name, "", _name(names, sender))
        notices.add(NoticeKind.MILESTONE, fields, tier, raised, minutes, sender, values, unsent)


def _at_risk_notices(session: Session, notices: _Notices, names: dict[int, str], fallback: list[int]) -> None:
    rng, now = notices.rng, notices.now
    waiting = select(ClientNotice.case_id).where(
        ClientNotice.kind == NoticeKind.AT_RISK, ClientNotice.sent_at.is_(None)
    )
    rows = session.execute(
        select(Case.id, Case.number, Case.title, Case.requested_deadline, Case.projected_finish,
               Case.manager_id, Client.name, Client.tier)
        .join(Client, Client.id == Case.client_id)
        .where(Case.status.in_(OPEN_CASE_STATUSES), Case.projected_finish > Case.requested_deadline,
               Case.id.not_in(waiting))
        .order_by(Case.id)
    ).all()  # fmt: skip
    minutes = notices.settings.at_risk_notice_minutes
    for case_id, number, title, deadline, finish, manager, client, tier in rows:
        assert finish is not None  # the query's projected_finish > deadline leaves out cases without one
        raised = now - timedelta(minutes=rng.randint(10, 60 * 24 * 3))
        reason = at_risk_reason(finish, deadline, [])
        sender = manager or (rng.choice(fallback) if fallback else None)
        values = _values(number, title, client, deadline, finish, "", reason, _name(names, sender))
        fields = {"case_id": case_id, "task_id": None, "reason": reason}
        notices.add(NoticeKind.AT_RISK, fields, tier, raised, minutes, sender, values, rng.random() < 0.15)


def _clock_rows(
    rng: random.Random,
    cases: list[tuple[int, ServiceTier, datetime | None]],
    settings: SlaSettings,
    office: WorkingCalendar,
    time: OfficeTime,
    first_id: int,
    staff: list[int],
) -> tuple[list[dict], list[dict]]:
    """A clock per case: running when ``stop`` is None, else stopped then (breach recorded); started,
    paused and stopped at work."""
    clocks, pauses = [], []
    now = time.at(time.now_offset)
    for clock_id, (case_id, tier, stop) in enumerate(cases, first_id):
        level = (
            ResponseLevel.L2 if tier is ServiceTier.VIP else rng.choice((ResponseLevel.L1, ResponseLevel.L3))
        )
        around = settings.around_the_clock(tier)
        calendar = clock_calendar(around, office)
        minutes = settings.level_minutes[level]
        stop = None if stop is None else time.working(stop)
        end = stop or now
        # Used share of the promise: most within it, some past it (breached or answered late).
        started = time.working(calendar.add_working_minutes(end, -round(minutes * rng.uniform(*USED_SHARE))))
        paused = []
        if rng.random() < PAUSED_SHARE:
            start = time.working(calendar.add_working_minutes(started, max(1, minutes // 4)))
            if start < end:
                pause_end = None if stop is None else min(end, time.after(start, rng.randint(60, 360)))
                paused.append(Pause(start, pause_end))
                pauses.append({"clock_id": clock_id, "start": start, "end": pause_end,
                               "reason": rng.choice(_PAUSE_REASONS)})  # fmt: skip
        breach = Clock(started, minutes, tuple(paused), stop).breach_minutes(calendar, end) if stop else None
        clocks.append({
            "id": clock_id, "case_id": case_id, "title": _REQUESTS[level], "level": level, "minutes": minutes,
            "around_the_clock": around, "started_at": started, "stopped_at": stop,
            "stopped_by_id": rng.choice(staff) if stop and staff else None, "breach_minutes": breach,
            "version": 1,
        })  # fmt: skip
    return clocks, pauses


def generate_sample_notices(database: Database, rng: random.Random, now: datetime) -> None:
    """Add sample client notices and SLA clocks to the office's open and recently closed cases."""
    with database.unit_of_work() as session:
        first_notice = (session.scalar(select(func.max(ClientNotice.id))) or 0) + 1
    notices = _Notices(database, rng, now, first_notice)
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        names = dict(session.execute(select(Staff.id, Staff.name)).all())
        coordinators = list(
            session.scalars(select(Staff.id).where(Staff.role == StaffRole.COORDINATOR, Staff.active))
        )
        _milestone_notices(session, notices, names, coordinators)
        _at_risk_notices(session, notices, names, coordinators)
        if notices.rows:
            session.execute(insert(ClientNotice), notices.rows)

        tiers = select(Case.id, Client.tier, Case.closed_at).join(Client, Client.id == Case.client_id)
        open_cases = session.execute(tiers.where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id))
        recent = session.execute(
            tiers.where(Case.closed_at >= now - RECENT, ~Case.status.in_(OPEN_CASE_STATUSES)).order_by(
                Case.id
            )
        )
        chosen: list[tuple[int, ServiceTier, datetime | None]] = []
        for case_id, tier, _ in open_cases:  # running now, or answered earlier in the case
            if (draw := rng.random()) < CLOCK_SHARE:
                chosen.append((case_id, tier, None))
            elif draw < 2 * CLOCK_SHARE:
                chosen.append((case_id, tier, now - timedelta(hours=rng.uniform(2, 72))))
        chosen += [
            (case_id, tier, closed) for case_id, tier, closed in recent if rng.random() < 3 * CLOCK_SHARE
        ]
        first_clock = (session.scalar(select(func.max(SlaClockRecord.id))) or 0) + 1
        clocks, pauses = _clock_rows(
            rng, chosen, notices.settings, office, notices.office, first_clock, list(names)
        )
        if clocks:
            session.execute(insert(SlaClockRecord), clocks)
        if pauses:
            session.execute(insert(SlaPauseRecord), pauses)
