"""The audit trail read back, per case or office-wide, and exported to Excel (reports/audit_workbook.py).

The trail is written by the database's own sessions (app/db/audited_session.py), in the same
transaction as each change; reading it takes the permission to view it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select

from app.db.database import Database
from app.db.models import AuditEntry, Case
from app.domain.audit_trail import AuditAction, entity_label, field_label
from app.domain.permissions import Permission
from app.usecases.access import require


@dataclass(frozen=True)
class AuditLine:
    """One recorded change, for the views and the export."""

    id: int
    at: datetime
    staff_name: str
    entity: str
    entity_id: int
    case_id: int | None
    case_number: str
    action: AuditAction
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class AuditQuery:
    since: date | None = None
    until: date | None = None
    entity: str = ""  # a table name (app.db.audited_session.AUDITED_TABLES), empty: every kind
    staff: str = ""  # a person's name as recorded, empty: everyone
    text: str = ""  # in the values, the field or the case number
    case_id: int | None = None
    limit: int | None = 2000


def _lines(database: Database, query: AuditQuery) -> list[AuditLine]:
    entry = AuditEntry
    statement = (
        select(entry.id, entry.at, entry.staff_name, entry.entity, entry.entity_id, entry.case_id,
               func.coalesce(Case.number, ""), entry.action, entry.field, entry.old_value, entry.new_value)
        .outerjoin(Case, Case.id == entry.case_id)
        .order_by(entry.id.desc())
        .limit(query.limit)
    )  # fmt: skip
    if query.case_id is not None:
        statement = statement.where(entry.case_id == query.case_id)
    if query.since is not None:
        statement = statement.where(entry.at >= datetime.combine(query.since, time()))
    if query.until is not None:
        statement = statement.where(entry.at < datetime.combine(query.until + timedelta(days=1), time()))
    if query.entity:
        statement = statement.where(entry.entity == query.entity)
    if query.staff:
        statement = statement.where(entry.staff_name == query.staff)
    for word in query.text.split():
        pattern = f"%{word}%"
        statement = statement.where(
            or_(entry.old_value.like(pattern), entry.new_value.like(pattern), entry.field.like(pattern),
                Case.number.like(pattern))
        )  # fmt: skip
    with database.unit_of_work() as session:
        rows = session.execute(statement).all()
    return [AuditLine(*row[:7], AuditAction(row[7]), *row[8:]) for row in rows]


def audit_of_case(database: Database, case_id: int, limit: int | None = 2000) -> list[AuditLine]:
    """The case's changes, newest first.

    Raises:
        NotPermitted: the logged-in role may not view the audit trail.
    """
    require(database, Permission.VIEW_AUDIT)
    return _lines(database, AuditQuery(case_id=case_id, limit=limit))


def office_audit(
    database: Database,
    since: date | None = None,
    until: date | None = None,
    entity: str = "",
    staff: str = "",
    text: str = "",
    limit: int | None = 2000,
) -> list[AuditLine]:
    """The office's changes in a date range (both days included), newest first.

    Raises:
        NotPermitted: the logged-in role may not view the audit trail.
    """
    require(database, Permission.VIEW_AUDIT)
    return _lines(database, AuditQuery(since, until, entity, staff, text, None, limit))


def audit_people(database: Database) -> list[str]:
    """Everyone who has changed something, for the view's filter."""
    require(database, Permission.VIEW_AUDIT)
    with database.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.staff_name).distinct().order_by(AuditEntry.staff_name)))


def export_audit(
    database: Database,
    path: Path,
    *,
    case_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
    entity: str = "",
    staff: str = "",
    text: str = "",
) -> int:
    """Write the selected changes (all of them, newest first) to an Excel workbook; returns how many.

    Raises:
        NotPermitted: the logged-in role may not export the audit trail.
        OSError: the file cannot be written.
    """
    # Here, not at the top: openpyxl would weigh on opening the audit views.
    from reports.audit_workbook import write_audit_workbook

    require(database, Permission.VIEW_AUDIT)
    lines = _lines(database, AuditQuery(since, until, entity, staff, text, case_id, None))
    rows = (
        (line.at, line.staff_name, line.case_number, entity_label(line.entity), line.entity_id or None,
         line.action.label, field_label(line.field) if line.field else "", line.old_value, line.new_value)
        for line in lines
    )  # fmt: skip
    return write_audit_workbook(path, rows, len(lines))
