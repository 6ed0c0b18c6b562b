"""SLA clocks as stored: the office's response promises, starting, pausing, resuming and stopping a
clock, and what every clock means now (state, due time, time left, breach length).

The arithmetic is ``app.domain.sla``; this module only stores instants and reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.db.models import Case, Client, SlaClockRecord, SlaPauseRecord
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.sla import (
    AT_RISK_NOTICE_MINUTES,
    DEFAULT_LEVEL_MINUTES,
    MILESTONE_NOTICE_MINUTES,
    Clock,
    ClockState,
    Pause,
    ResponseLevel,
    clock_calendar,
)
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceTier
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_staff, requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from app.usecases.office import office_profile_row, update_office_settings

#: The longest promise an office may set, in minutes (a week of clock time).
LONGEST_PROMISE = 7 * 24 * 60


@dataclass(frozen=True)
class SlaSettings:
    """The office's response promises (editable in settings)."""

    level_minutes: dict[ResponseLevel, int]
    milestone_notice_minutes: int = MILESTONE_NOTICE_MINUTES
    at_risk_notice_minutes: int = AT_RISK_NOTICE_MINUTES
    vip_around_the_clock: bool = True
    basic_around_the_clock: bool = False

    def around_the_clock(self, tier: ServiceTier) -> bool:
        return self.vip_around_the_clock if tier is ServiceTier.VIP else self.basic_around_the_clock


DEFAULT_SLA = SlaSettings(dict(DEFAULT_LEVEL_MINUTES))


def sla_settings_of(session: Session) -> SlaSettings:
    row = office_profile_row(session)
    if row is None:
        return DEFAULT_SLA
    return SlaSettings(
        {
            ResponseLevel.L1: row.l1_minutes,
            ResponseLevel.L2: row.l2_minutes,
            ResponseLevel.L3: row.l3_minutes,
        },
        row.milestone_notice_minutes,
        row.at_risk_notice_minutes,
        row.vip_around_the_clock,
        row.basic_around_the_clock,
    )


def load_sla_settings(database: Database) -> SlaSettings:
    with database.unit_of_work() as session:
        return sla_settings_of(session)


@requires(Permission.EDIT_SETTINGS)
def save_sla_settings(database: Database, settings: SlaSettings) -> None:
    """Raises: ValidationFailed naming each promise that is not 1 minute to a week."""
    minutes = {
        **{level.value: value for level, value in settings.level_minutes.items()},
        "milestone_notice": settings.milestone_notice_minutes,
        "at_risk_notice": settings.at_risk_notice_minutes,
    }
    problems: dict[str, str] = {
        name: Message(
            QT_TRANSLATE_NOOP("messages", "时限须在 1 到 {LONGEST_PROMISE} 分钟之间"),
            LONGEST_PROMISE=LONGEST_PROMISE,
        )
        for name, value in minutes.items()
        if not 1 <= value <= LONGEST_PROMISE
    }
    levels = [settings.level_minutes[level] for level in ResponseLevel]
    if not problems and levels != sorted(levels):
        problems["l2"] = QT_TRANSLATE_NOOP("messages", "响应级别应由急到缓：一级 ≤ 二级 ≤ 三级")
    if problems:
        raise ValidationFailed(problems)
    update_office_settings(
        database,
        "l1",
        l1_minutes=settings.level_minutes[ResponseLevel.L1],
        l2_minutes=settings.level_minutes[ResponseLevel.L2],
        l3_minutes=settings.level_minutes[ResponseLevel.L3],
        milestone_notice_minutes=settings.milestone_notice_minutes,
        at_risk_notice_minutes=settings.at_risk_notice_minutes,
        vip_around_the_clock=settings.vip_around_the_clock,
        basic_around_the_clock=settings.basic_around_the_clock,
    )


def case_around_the_clock(session: Session, case_id: int) -> bool:
    """Whether the case's client's clocks run 7×24 (by tier and the office's settings)."""
    tier = session.scalar(
        select(Client.tier).join(Case, Case.client_id == Client.id).where(Case.id == case_id)
    )
    return sla_settings_of(session).around_the_clock(tier or ServiceTier.BASIC)


def start_clock(
    session: Session,
    case_id: int,
    title: str,
    level: ResponseLevel,
    now: datetime,
    minutes: int | None = None,
) -> SlaClockRecord:
    """A new running clock on the case, with the level's promise unless ``minutes`` is given."""
    clock = SlaClockRecord(
        case_id=case_id,
        title=title[:200],
        level=level,
        minutes=minutes if minutes is not None else sla_settings_of(session).level_minutes[level],
        around_the_clock=case_around_the_clock(session, case_id),
        started_at=now,
    )
    session.add(clock)
    session.flush()
    return clock


@requires(Permission.INCIDENTS)
def start_manual_clock(
    database: Database, case_id: int, title: str, level: ResponseLevel, now: datetime
) -> int:
    """A clock started by hand for a promise no record starts one for (a call to return, a visit
    promised); the level's time applies. Returns its id.

    Raises: ValidationFailed ``title`` when empty or too long, ``case`` when gone or closed.
    """
    if not title.strip():
        raise ValidationFailed(
            {"title": QT_TRANSLATE_NOOP("messages", "请写明计时的事项（如：回复客户关于补正材料的询问）")}
        )
    if len(title.strip()) > 200:
        raise ValidationFailed({"title": QT_TRANSLATE_NOOP("messages", "事项不能超过 200 个字")})
    with database.unit_of_work() as session:
        case = session.get(Case, case_id)
        if case is None or not case.status.is_open:
            raise ValidationFailed(
                {"case": QT_TRANSLATE_NOOP("messages", "案件已结案或不存在，不能开始计时")}
            )
        return start_clock(session, case_id, title.strip(), level, now).id


def _clock(session: Session, clock_id: int, version: int | None) -> SlaClockRecord:
    row = get_or_refuse(session, SlaClockRecord, clock_id)
    if version is not None and row.version != version:
        raise ConcurrentEdit()
    return row


@requires(Permission.INCIDENTS)
def pause_clock(
    database: Database, clock_id: int, now: datetime, reason: str, version: int | None = None
) -> None:
    """Stop the clock counting while the office waits on the client.

    Raises: ValidationFailed ``reason`` when empty, ``clock`` when stopped or already paused.
    """
    if not reason.strip():
        raise ValidationFailed(
            {"reason": QT_TRANSLATE_NOOP("messages", "请写明暂停原因（如：等待客户补充材料）")}
        )
    with database.unit_of_work() as session:
        row = _clock(session, clock_id, version)
        if row.stopped_at is not None:
            raise ValidationFailed({"clock": QT_TRANSLATE_NOOP("messages", "计时已结束，不能暂停")})
        if any(p.end is None for p in row.pauses):
            raise ValidationFailed({"clock": QT_TRANSLATE_NOOP("messages", "计时已处于暂停状态")})
        row.pauses.append(SlaPauseRecord(start=now, reason=reason.strip()[:200]))


@requires(Permission.INCIDENTS)
def resume_clock(database: Database, clock_id: int, now: datetime, version: int | None = None) -> None:
    with database.unit_of_work() as session:
        row = _clock(session, clock_id, version)
        open_pauses = [p for p in row.pauses if p.end is None]
        if not open_pauses:
            raise ValidationFailed({"clock": QT_TRANSLATE_NOOP("messages", "计时没有暂停")})
        for pause in open_pauses:
            pause.end = max(now, pause.start)


def stop_clock_in(row: SlaClockRecord, now: datetime, staff_id: int | None, office: WorkingCalendar) -> None:
    """Stop a clock (responded / done) and record how late it was, if it was."""
    for pause in row.pauses:
        if pause.end is None:
            pause.end = max(now, pause.start)
    row.stopped_at = now
    row.stopped_by_id = staff_id
    clock = clock_of(row)
    row.breach_minutes = clock.breach_minutes(clock_calendar(row.around_the_clock, office), now)


@requires(Permission.INCIDENTS)
def stop_clock(
    database: Database, clock_id: int, now: datetime, staff_id: int | None = None, version: int | None = None
) -> int:
    """Stop the clock; returns the breach length in clock minutes (0: met in time)."""
    staff_id = acting_staff(database, staff_id)
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        row = _clock(session, clock_id, version)
        if row.stopped_at is not None:
            raise ValidationFailed({"clock": QT_TRANSLATE_NOOP("messages", "计时已结束")})
        stop_clock_in(row, now, staff_id, office)
        return row.breach_minutes or 0


def clock_of(row: SlaClockRecord) -> Clock:
    return Clock(
        row.started_at,
        row.minutes,
        tuple(Pause(p.start, p.end) for p in row.pauses),
        row.stopped_at,
    )


@dataclass(frozen=True)
class ClockView:
    """A clock as the dashboard, the card and the case window show it."""

    id: int
    version: int
    case_id: int
    case_number: str
    title: str
    level: ResponseLevel
    around_the_clock: bool
    started_at: datetime
    due_at: datetime
    state: ClockState
    used_minutes: int
    minutes: int
    breach_minutes: int
    pause_reason: str  # why it waits, as typed; "" when it runs

    @property
    def minutes_left(self) -> int:
        return self.minutes - self.used_minutes

    @property
    def paused(self) -> bool:
        return self.state is ClockState.PAUSED


def _views(rows, numbers: dict[int, str], office: WorkingCalendar, now: datetime) -> list[ClockView]:
    # One 7×24 calendar for all the rows, so its days are worked out once.
    calendars = {flag: clock_calendar(flag, office) for flag in (False, True)}
    views = []
    for row in rows:
        calendar = calendars[row.around_the_clock]
        clock = clock_of(row)
        used = clock.used_minutes(calendar, now)
        state = clock.state(calendar, now, used)
        views.append(
            ClockView(
                row.id,
                row.version,
                row.case_id,
                numbers.get(row.case_id, ""),
                row.title,
                row.level,
                row.around_the_clock,
                row.started_at,
                clock.due(calendar, now),
                state,
                used,
                row.minutes,
                row.breach_minutes
                if row.stopped_at is not None
                else clock.breach_minutes(calendar, now, used),
                next((p.reason for p in row.pauses if p.end is None), "")
                if state is ClockState.PAUSED
                else "",
            )
        )
    return sorted(views, key=lambda v: (v.state in (ClockState.MET, ClockState.MISSED), v.due_at))


def case_clocks(database: Database, case_id: int, now: datetime) -> list[ClockView]:
    """Every clock of the case, running ones first, soonest due first."""
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        rows = session.scalars(
            select(SlaClockRecord)
            .where(SlaClockRecord.case_id == case_id)
            .options(selectinload(SlaClockRecord.pauses))
        ).all()
        number = session.scalar(select(Case.number).where(Case.id == case_id)) or ""
        return _views(rows, {case_id: number}, office, now)


def running_clocks(
    database: Database,
    now: datetime,
    case_ids: list[int] | None = None,
    office: WorkingCalendar | None = None,
) -> list[ClockView]:
    """Every clock not yet stopped (office-wide, or of the given cases), soonest due first. ``office``:
    the office calendar when the caller has it already."""
    office = office or load_working_calendar(database)
    with database.unit_of_work() as session:
        query = (
            select(SlaClockRecord)
            .where(SlaClockRecord.stopped_at.is_(None))
            .options(selectinload(SlaClockRecord.pauses))
        )
        if case_ids is not None:
            query = query.where(SlaClockRecord.case_id.in_(case_ids))
        rows = session.scalars(query).all()
        ids = {row.case_id for row in rows}
        numbers = (
            dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(ids))).all()) if ids else {}
        )
        return _views(rows, numbers, office, now)
