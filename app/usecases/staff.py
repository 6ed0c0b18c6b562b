"""The office's people as the screens and use cases pick them: who is on the staff, by role."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Staff
from app.domain.intake_form import Staffing
from app.domain.vocabulary import StaffRole


@dataclass(frozen=True)
class StaffMember:
    id: int
    name: str
    role: StaffRole


def list_staff(database: Database) -> list[StaffMember]:
    with database.unit_of_work() as session:
        return active_staff(session)


def active_staff(session: Session, among: Collection[int] | None = None) -> list[StaffMember]:
    """:func:`list_staff` within a unit of work that reads more; only those ``among`` when given."""
    query = select(Staff.id, Staff.name, Staff.role).where(Staff.active).order_by(Staff.id)
    rows = session.execute(query if among is None else query.where(Staff.id.in_(among)))
    return [StaffMember(*row) for row in rows]


def staffing_of(staff: list[StaffMember]) -> Staffing:
    return Staffing({s.id: s.name for s in staff}, {s.id: s.role for s in staff})
