"""Incidents on a case: logged with a category and a level, timed by the level's response clock,
worked through the steps of a contingency plan, escalated to a manager at level 3."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, selectinload

from app.db.database import Database
from app.db.models import Case, ContingencyPlanRecord, IncidentRecord, IncidentStep, SlaClockRecord, Staff
from app.domain.incident import IncidentCategory, incident_problems, needs_escalation, resolution_problems
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import QT_TRANSLATE_NOOP, StaffRole
from app.usecases.access import acting_staff, requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from app.usecases.sla_clocks import ClockView, case_clocks, running_clocks, start_clock, stop_clock_in


def escalation_manager(session: Session) -> int | None:
    """Whom a level-3 incident goes to: the office's first active manager."""
    return session.scalar(
        select(Staff.id).where(Staff.role == StaffRole.MANAGER, Staff.active).order_by(Staff.id).limit(1)
    )


@dataclass(frozen=True)
class IncidentReport:
    """An incident as reported: on which case, what happened, how serious, by whom, the plan to work."""

    case_id: int
    category: IncidentCategory
    level: ResponseLevel
    description: str
    reported_by_id: int | None
    plan_id: int | None = None


def open_incident_in(session: Session, report: IncidentReport, now: datetime) -> IncidentRecord:
    """Log an incident in an open session: its response clock starts, the plan's steps become its
    checklist, and a level-3 incident is escalated to the manager at once.

    Raises: ValidationFailed ``description`` when empty or too long, ``plan`` for an unknown plan.
    """
    if problems := incident_problems(report.description):
        raise ValidationFailed(problems)
    plan = None if report.plan_id is None else get_or_refuse(session, ContingencyPlanRecord, report.plan_id)
    if plan is not None and not plan.active:
        raise ValidationFailed(
            {
                "plan": Message(
                    QT_TRANSLATE_NOOP("messages", "应急预案“{name}”已停用，请选择其他预案"), name=plan.name
                )
            }
        )
    description, level = report.description.strip(), report.level
    clock = start_clock(session, report.case_id, f"{report.category.label}：{description}", level, now)
    incident = IncidentRecord(
        case_id=report.case_id,
        category=report.category,
        level=level,
        description=description,
        reported_by_id=report.reported_by_id,
        reported_at=now,
        plan_id=plan.id if plan else None,
        plan_name=plan.name if plan else "",
        clock_id=clock.id,
    )
    if plan is not None:
        incident.steps = [IncidentStep(position=n, text=text[:300]) for n, text in enumerate(plan.steps)]
    if needs_escalation(level) and (manager_id := escalation_manager(session)) is not None:
        incident.escalated_to_id, incident.escalated_at = manager_id, now
    session.add(incident)
    session.flush()
    return incident


@dataclass(frozen=True)
class StepView:
    id: int
    position: int
    text: str
    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class IncidentView:
    """An incident as the case window shows it: what, how serious, the plan being worked, the clock."""

    id: int
    version: int
    case_id: int
    category: IncidentCategory
    level: ResponseLevel
    description: str
    reported_by: str
    reported_at: datetime
    plan_id: int | None
    plan_name: str
    steps: tuple[StepView, ...]
    clock: ClockView | None
    escalated_to_id: int | None
    escalated_to: str
    escalated_at: datetime | None
    resolved_at: datetime | None
    resolution: str

    @property
    def open_steps(self) -> list[str]:
        return [step.text for step in self.steps if not step.done]


@requires(Permission.INCIDENTS)
def log_incident(database: Database, report: IncidentReport, now: datetime) -> int:
    """Log an incident on the case (see :func:`open_incident_in`); returns its id.

    Raises: ValidationFailed ``case``, ``description``, ``plan``.
    """
    report = replace(report, reported_by_id=acting_staff(database, report.reported_by_id))
    with database.unit_of_work() as session:
        get_or_refuse(session, Case, report.case_id)
        return open_incident_in(session, report, now).id


def case_incidents(database: Database, case_id: int, now: datetime) -> list[IncidentView]:
    """The case's incidents, those still open first, newest first."""
    # Keyed by optional ids too: an incident's clock and staff may be unset.
    clocks: dict[int | None, ClockView] = {clock.id: clock for clock in case_clocks(database, case_id, now)}
    with database.unit_of_work() as session:
        rows = session.scalars(
            select(IncidentRecord)
            .where(IncidentRecord.case_id == case_id)
            .options(selectinload(IncidentRecord.steps))
            .order_by(IncidentRecord.resolved_at.is_not(None), IncidentRecord.reported_at.desc())
        ).all()
        names: dict[int | None, str] = dict(session.execute(select(Staff.id, Staff.name)).all())
        return [
            IncidentView(
                row.id, row.version, row.case_id, row.category, row.level, row.description,
                names.get(row.reported_by_id, ""), row.reported_at, row.plan_id, row.plan_name,
                tuple(StepView(s.id, s.position, s.text, s.done_at) for s in row.steps),
                clocks.get(row.clock_id), row.escalated_to_id, names.get(row.escalated_to_id, ""),
                row.escalated_at, row.resolved_at, row.resolution,
            )
            for row in rows
        ]  # fmt: skip


def _open_incident(session: Session, incident_id: int, version: int | None = None) -> IncidentRecord:
    row = get_or_refuse(session, IncidentRecord, incident_id)
    if version is not None and row.version != version:
        raise ConcurrentEdit()
    if row.resolved_at is not None:
        raise ValidationFailed({"incident": QT_TRANSLATE_NOOP("messages", "该突发事件已处理完毕")})
    return row


@requires(Permission.INCIDENTS)
def tick_step(database: Database, step_id: int, done: bool, now: datetime) -> None:
    """Tick a plan step done (when ``done``) or open it again."""
    with database.unit_of_work() as session:
        step = get_or_refuse(session, IncidentStep, step_id)
        _open_incident(session, step.incident_id)
        step.done_at = (step.done_at or now) if done else None


@requires(Permission.INCIDENTS)
def escalate(database: Database, incident_id: int, manager_id: int, now: datetime) -> None:
    """Hand the incident to a manager (any level; level 3 goes at once when logged).

    Raises: ValidationFailed ``manager`` when not an active manager, ``incident`` when resolved.
    """
    with database.unit_of_work() as session:
        row = _open_incident(session, incident_id)
        staff = session.get(Staff, manager_id)
        if staff is None or not staff.active or staff.role is not StaffRole.MANAGER:
            raise ValidationFailed({"manager": QT_TRANSLATE_NOOP("messages", "只能升级给在职的主管")})
        row.escalated_to_id, row.escalated_at = manager_id, now


@requires(Permission.INCIDENTS)
def resolve_incident(
    database: Database,
    incident_id: int,
    resolution: str,
    staff_id: int | None,
    now: datetime,
    version: int | None,
    *,
    reason: str = "",
) -> int:
    """Close the incident with what was done and stop its clock, recording a breach if late.
    Steps still open need a ``reason``, which is kept with the resolution.

    Returns the clock's breach length in clock minutes (0: answered in time).

    Raises: ValidationFailed ``resolution``, ``steps``, ``incident``; ConcurrentEdit.
    """
    staff_id = acting_staff(database, staff_id)  # who closed it: the person logged in
    office = load_working_calendar(database)
    with database.unit_of_work() as session:
        row = _open_incident(session, incident_id, version)
        open_steps = [step.text for step in row.steps if step.done_at is None]
        if problems := resolution_problems(resolution, open_steps, reason):
            raise ValidationFailed(problems)
        row.resolution = resolution.strip()
        if open_steps:
            row.resolution += f"\n（未完成步骤：{'；'.join(open_steps)}。原因：{reason.strip()}）"
        row.resolved_at = now
        clock = session.get(SlaClockRecord, row.clock_id) if row.clock_id else None
        if clock is None:
            return 0
        if clock.stopped_at is None:
            stop_clock_in(clock, now, staff_id, office)
        return clock.breach_minutes or 0


@dataclass(frozen=True)
class OpenIncident:
    """An incident not yet resolved, as the dashboard lists it."""

    id: int
    case_id: int
    case_number: str
    category: IncidentCategory
    level: ResponseLevel
    description: str
    reported_at: datetime
    age: timedelta
    escalated_to: str  # "" when not escalated
    clock: ClockView | None  # None once the clock was stopped (responded)


def open_incidents(
    database: Database, now: datetime, case_id: int | None = None, clocks: list[ClockView] | None = None
) -> list[OpenIncident]:
    """Every unresolved incident (or one case's), the most urgent first: breached clocks, then by
    time left. ``clocks``: the running clocks when the caller has them already."""
    unresolved: ColumnElement[bool] = IncidentRecord.resolved_at.is_(None)
    if case_id is not None:
        unresolved &= IncidentRecord.case_id == case_id
    with database.unit_of_work() as session:
        rows = session.execute(
            select(
                IncidentRecord.id, IncidentRecord.case_id, Case.number, IncidentRecord.category,
                IncidentRecord.level, IncidentRecord.description, IncidentRecord.reported_at,
                func.coalesce(Staff.name, ""), IncidentRecord.clock_id,
            )
            .join(Case, Case.id == IncidentRecord.case_id)
            .outerjoin(Staff, Staff.id == IncidentRecord.escalated_to_id)
            .where(unresolved)
        ).all()  # fmt: skip
    if not rows:
        return []
    if clocks is None:
        clocks = running_clocks(database, now, sorted({row[1] for row in rows}))
    by_id: dict[int | None, ClockView] = {clock.id: clock for clock in clocks}  # clock_id may be unset
    found = [
        OpenIncident(id, case_id, number, category, level, text, at, now - at, escalated, by_id.get(clock_id))
        for id, case_id, number, category, level, text, at, escalated, clock_id in rows
    ]
    levels = {level: n for n, level in enumerate(reversed(ResponseLevel))}
    return sorted(
        found,
        key=lambda i: (
            i.clock is None,
            i.clock.minutes_left if i.clock else 0,
            levels[i.level],
            i.reported_at,
        ),
    )
