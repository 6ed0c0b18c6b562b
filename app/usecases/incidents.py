"""Incidents on a case: logged with a category and a level, timed by the level's response clock,
worked through the steps of a contingency plan, escalated to a manager at level 3."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import ContingencyPlanRecord, IncidentRecord, IncidentStep, Staff
from app.domain.incident import IncidentCategory, incident_problems, needs_escalation
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import StaffRole
from app.usecases.errors import ValidationFailed
from app.usecases.sla_clocks import start_clock


def escalation_manager(session: Session) -> int | None:
    """Whom a level-3 incident goes to: the office's first active manager."""
    return session.scalar(
        select(Staff.id).where(Staff.role == StaffRole.MANAGER, Staff.active).order_by(Staff.id).limit(1)
    )


def open_incident_in(
    session: Session,
    case_id: int,
    category: IncidentCategory,
    level: ResponseLevel,
    description: str,
    reported_by_id: int | None,
    now: datetime,
    plan_id: int | None = None,
) -> IncidentRecord:
    """Log an incident in an open session: its response clock starts, the plan's steps become its
    checklist, and a level-3 incident is escalated to the manager at once.

    Raises: ValidationFailed ``description`` when empty or too long, ``plan`` for an unknown plan.
    """
    if problems := incident_problems(description):
        raise ValidationFailed(problems)
    plan = session.get(ContingencyPlanRecord, plan_id) if plan_id is not None else None
    if plan_id is not None and plan is None:
        raise ValidationFailed({"plan": "所选应急预案不存在（可能已被删除）"})
    clock = start_clock(session, case_id, f"{category.label}：{description.strip()}", level, now)
    incident = IncidentRecord(
        case_id=case_id,
        category=category,
        level=level,
        description=description.strip(),
        reported_by_id=reported_by_id,
        reported_at=now,
        plan_id=plan.id if plan else None,
        plan_name=plan.name if plan else "",
        clock_id=clock.id,
    )
    if plan is not None:
        incident.steps = [IncidentStep(position=n, text=text[:300]) for n, text in enumerate(plan.steps)]
    if needs_escalation(level):
        incident.escalated_to_id = escalation_manager(session)
        incident.escalated_at = now
    session.add(incident)
    session.flush()
    return incident
