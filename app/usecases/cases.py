"""The office's cases as lists and figures for the cases page and the dashboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Client, LetterVersion, Staff, UrgencyAssessmentRecord
from app.domain.case_documents import DocumentKind
from app.domain.permissions import Permission, mask_phone
from app.domain.urgency import Priority, UrgencyDimension, priority_of
from app.domain.vocabulary import CaseStatus, ServiceTier, ServiceType
from app.usecases.access import may


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
    priority: Priority | None  # None: a case without an urgency assessment


_ASSESSED = UrgencyAssessmentRecord
#: What :func:`stored_priority` reads of a stored assessment: the three times, then the four scores.
ASSESSMENT_FIGURES = (
    _ASSESSED.minutes_left,
    _ASSESSED.normal_minutes,
    _ASSESSED.expedite_minutes,
    *(getattr(_ASSESSED, dimension.value) for dimension in UrgencyDimension),
)


def stored_priority(figures: Sequence[int | None]) -> Priority | None:
    """A case's priority from its assessment as stored at intake (:data:`ASSESSMENT_FIGURES`, outer
    joined: all None for a case without one). Plain figures: lists of thousands of cases read it."""
    left, normal, expedite, *scores = figures
    if left is None or normal is None or expedite is None:
        return None
    return priority_of(max(score or 0 for score in scores), left, normal, expedite)


def _case_rows() -> Select:
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
            *ASSESSMENT_FIGURES,
        )
        .join(Client, Case.client_id == Client.id)
        .outerjoin(Staff, Case.manager_id == Staff.id)
        .outerjoin(_ASSESSED, _ASSESSED.case_id == Case.id)
    )


def _case_row(row: Sequence[Any]) -> CaseRow:
    case_id, number, client, service, title, status, deadline, manager, updated, *figures = row
    return CaseRow(
        case_id, number, client, service, title, status, deadline, manager, updated, stored_priority(figures)
    )


def list_case_rows(database: Database) -> list[CaseRow]:
    """Every case, newest first, in one query (the list filters and sorts in memory)."""
    with database.unit_of_work() as session:
        return [_case_row(row) for row in session.execute(_case_rows().order_by(Case.id.desc()))]


def case_row(database: Database, case_id: int) -> CaseRow | None:
    """One case's line, for a list that takes a new case without reloading every other."""
    with database.unit_of_work() as session:
        row = session.execute(_case_rows().where(Case.id == case_id)).one_or_none()
        return None if row is None else _case_row(row)


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
