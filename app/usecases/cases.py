"""The office's cases as lists and figures for the cases page and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Client, LetterVersion, Staff, Task
from app.domain.case_documents import DocumentKind
from app.domain.permissions import Permission, mask_phone
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, ServiceTier, ServiceType, TaskStatus
from app.usecases.access import may

#: How far ahead the dashboard looks for deadlines coming up.
DUE_SOON = timedelta(hours=48)


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the cases list."""

    id: int
    number: str
    client_name: str
    service_type: ServiceType
    title: str
    status: CaseStatus
    requested_deadline: datetime
    manager_name: str
    updated_at: datetime


def _case_rows() -> Select[int, str, str, ServiceType, str, CaseStatus, datetime, str, datetime]:
    return (
        select(
            Case.id,
            Case.number,
            Client.name,
            Case.service_type,
            Case.title,
            Case.status,
            Case.requested_deadline,
            func.coalesce(Staff.name, ""),
            Case.updated_at,
        )
        .join(Client, Case.client_id == Client.id)
        .outerjoin(Staff, Case.manager_id == Staff.id)
    )


def list_case_rows(database: Database) -> list[CaseRow]:
    """Every case, newest first, in one query (the list filters and sorts in memory)."""
    with database.unit_of_work() as session:
        return [CaseRow(*row) for row in session.execute(_case_rows().order_by(Case.id.desc()))]


def case_row(database: Database, case_id: int) -> CaseRow | None:
    """One case's line, for a list that takes a new case without reloading every other."""
    with database.unit_of_work() as session:
        row = session.execute(_case_rows().where(Case.id == case_id)).one_or_none()
        return None if row is None else CaseRow(*row)


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


def find_case_id(database: Database, number: str) -> int | None:
    """The case with this number (``JJ2026-00042``), or None."""
    with database.unit_of_work() as session:
        return session.scalar(select(Case.id).where(Case.number == number.strip().upper()))


@dataclass(frozen=True)
class CaseHeader:
    """The facts at the top of the case window."""

    id: int
    number: str
    title: str
    client: str
    tier: ServiceTier
    service_type: ServiceType
    status: CaseStatus
    deadline: datetime
    projected_finish: datetime | None
    manager: str
    region: str
    contact: str  # the client's contact person and phone, masked for a role that may not see them
    committed_finish: datetime | None = None  # as the latest signed confirmation letter promised


def signed_commitments(session: Session, case_ids: list[int]) -> dict[int, datetime]:
    """The finish each case's latest signed confirmation letter promised (its text never changes)."""
    letter = LetterVersion
    latest = (
        select(letter.case_id, func.max(letter.version).label("version"))
        .where(letter.case_id.in_(case_ids), letter.kind == DocumentKind.CONFIRMATION.value,
               letter.signed_on.is_not(None), letter.committed_finish.is_not(None))
        .group_by(letter.case_id)
        .subquery()
    )  # fmt: skip
    query = (
        select(letter.case_id, letter.committed_finish)
        .join(latest, (letter.case_id == latest.c.case_id) & (letter.version == latest.c.version))
        .where(letter.kind == DocumentKind.CONFIRMATION.value)
    )
    return {case_id: finish for case_id, finish in session.execute(query) if finish is not None}


def case_header(database: Database, case_id: int) -> CaseHeader | None:
    query = (
        select(
            Case.id,
            Case.number,
            Case.title,
            Client.name,
            Client.tier,
            Case.service_type,
            Case.status,
            Case.requested_deadline,
            Case.projected_finish,
            func.coalesce(Staff.name, ""),
            Case.region,
            Client.contact_person,
            Client.phone,
        )
        .join(Client, Case.client_id == Client.id)
        .outerjoin(Staff, Case.manager_id == Staff.id)
        .where(Case.id == case_id)
    )
    with database.unit_of_work() as session:
        row = session.execute(query).first()
        committed = signed_commitments(session, [case_id]).get(case_id)
    if row is None:
        return None
    # select() types ten columns, the last three come untyped.
    facts, (region, person, phone) = row[:10], row[10:]
    if not may(database, Permission.VIEW_CLIENT_IDENTITY):
        phone = mask_phone(phone)
    return CaseHeader(*facts, region, f"{person} {phone}".strip(), committed)
