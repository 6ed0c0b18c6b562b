"""Client feedback after a milestone or at closing: recorded by who took it; a complaint opens an
incident (客户投诉, level 2) with its response clock, in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import Row, case, func, select
from sqlalchemy.orm import aliased

from app.db.database import Database
from app.db.models import Case, ClientFeedback, Staff, Task
from app.domain.client_feedback import feedback_problems
from app.domain.incident import IncidentCategory
from app.domain.permissions import Permission
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.usecases.access import acting_staff, requires
from app.usecases.errors import ValidationFailed, get_or_refuse, not_found
from app.usecases.incidents import IncidentReport, open_incident_in


@dataclass(frozen=True)
class MilestoneChoice:
    task_id: int
    name: str
    done: bool


@dataclass(frozen=True)
class FeedbackPoints:
    """When feedback can be taken on the case: after one of its milestones, or at closing."""

    closed: bool
    milestones: list[MilestoneChoice]  # in plan order


def feedback_points(database: Database, case_id: int) -> FeedbackPoints:
    with database.unit_of_work() as session:
        status = session.scalar(select(Case.status).where(Case.id == case_id))
        if status is None:
            raise not_found(Case, case_id)
        rows = session.execute(
            select(Task.id, Task.name, Task.completed_at.is_not(None))
            .where(Task.case_id == case_id, Task.milestone)
            .order_by(Task.position)
        )
        return FeedbackPoints(not status.is_open, [MilestoneChoice(*row) for row in rows])


@requires(Permission.CLIENT_CONTACT)
def record_feedback(
    database: Database,
    case_id: int,
    satisfaction: int,
    comment: str,
    taken_by_id: int | None,
    now: datetime,
    task_id: int | None = None,
    at_closing: bool = False,
    complaint: bool = False,
) -> int:
    """Store what the client said; a complaint becomes an incident of category 客户投诉 at level 2
    (the office's 2-hour response), linked from the feedback. Returns the feedback's id.

    Raises: ValidationFailed ``satisfaction`` (not 1–5), ``taken_by``, ``comment`` (a complaint
    without one), ``task`` (not a task of this case).
    """
    taken_by_id = acting_staff(database, taken_by_id)  # who took it: the person logged in
    if problems := feedback_problems(satisfaction, comment, taken_by_id, complaint):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        get_or_refuse(session, Case, case_id)
        get_or_refuse(session, Staff, taken_by_id, field="taken_by")
        if (
            task_id is not None
            and session.scalar(select(Task.id).where(Task.id == task_id, Task.case_id == case_id)) is None
        ):
            raise ValidationFailed({"task": QT_TRANSLATE_NOOP("messages", "所选里程碑不属于该案件")})
        feedback = ClientFeedback(
            case_id=case_id,
            task_id=None if at_closing else task_id,
            at_closing=at_closing,
            satisfaction=satisfaction,
            comment=comment.strip(),
            complaint=complaint,
            taken_by_id=taken_by_id,
            taken_at=now,
        )
        if complaint:
            complained = f"客户投诉（满意度 {satisfaction} 星）：{comment.strip()}"
            report = IncidentReport(
                case_id, IncidentCategory.COMPLAINT, ResponseLevel.L2, complained, taken_by_id
            )
            incident = open_incident_in(session, report, now)
            feedback.incident_id = incident.id
        session.add(feedback)
        session.flush()
        return feedback.id


@dataclass(frozen=True)
class FeedbackView:
    id: int
    taken_at: datetime
    at_closing: bool
    task_id: int | None
    milestone: str  # the milestone's name, "" when none
    satisfaction: int
    comment: str
    complaint: bool
    incident_id: int | None
    taken_by: str


def case_feedback(database: Database, case_id: int) -> list[FeedbackView]:
    """The case's feedback, oldest first."""
    taker = aliased(Staff)
    query = (
        select(
            ClientFeedback.id,
            ClientFeedback.taken_at,
            ClientFeedback.at_closing,
            ClientFeedback.task_id,
            func.coalesce(Task.name, ""),
            ClientFeedback.satisfaction,
            ClientFeedback.comment,
            ClientFeedback.complaint,
            ClientFeedback.incident_id,
            func.coalesce(taker.name, ""),
        )
        .outerjoin(Task, Task.id == ClientFeedback.task_id)
        .outerjoin(taker, taker.id == ClientFeedback.taken_by_id)
        .where(ClientFeedback.case_id == case_id)
        .order_by(ClientFeedback.taken_at, ClientFeedback.id)
    )
    # row[:10]: select() types ten columns, then leaves room for more.
    with database.unit_of_work() as session:
        return [FeedbackView(*row[:10]) for row in session.execute(query)]


@dataclass(frozen=True)
class FeedbackSummary:
    count: int
    average: float | None  # None: no feedback
    complaints: int


def feedback_summary(database: Database, since: date, until: date) -> FeedbackSummary:
    """Feedback taken from ``since`` to ``until``, both days included."""
    query = select(
        func.count(ClientFeedback.id),
        func.avg(ClientFeedback.satisfaction),
        func.coalesce(func.sum(case((ClientFeedback.complaint, 1), else_=0)), 0),
    ).where(
        ClientFeedback.taken_at >= datetime.combine(since, datetime.min.time()),
        ClientFeedback.taken_at < datetime.combine(until + timedelta(days=1), datetime.min.time()),
    )
    with database.unit_of_work() as session:
        # Typed here: select() cannot. The average is a Decimal in PostgreSQL, a float in SQLite.
        summary: Row[int, Decimal | float | None, int] = session.execute(query).one()
    count, average, complaints = summary
    return FeedbackSummary(count, float(average) if average is not None else None, int(complaints))
