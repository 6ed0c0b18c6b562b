"""The office's working calendar: office hours, the holiday notices it imported, the dates it overrides."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import CalendarOverrideRecord, HolidayNoticeDay, HolidayNoticeRecord, OfficeProfile
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.domain.working_calendar import (
    DEFAULT_OFFICE_HOURS,
    ArrangedDay,
    CalendarError,
    CalendarOverride,
    OfficeHours,
    OfficialYear,
    WorkingCalendar,
)
from app.usecases.access import require, requires
from app.usecases.errors import ValidationFailed
from app.usecases.office import update_office_settings

NOTE_LIMIT = 200


def office_hours(database: Database) -> OfficeHours:
    with database.unit_of_work() as session:
        return _office_hours(session)


def _office_hours(session: Session) -> OfficeHours:
    text = session.scalar(select(OfficeProfile.office_hours).order_by(OfficeProfile.id).limit(1))
    return OfficeHours.parse(text) if text else DEFAULT_OFFICE_HOURS


@requires(Permission.EDIT_SETTINGS)
def save_office_hours(database: Database, text: str) -> OfficeHours:
    """Validate and store the office hours (needs the office profile to exist).

    Raises:
        ValidationFailed: ``office_hours`` with the reason.
    """
    try:
        hours = OfficeHours.parse(text)
    except CalendarError as error:
        raise ValidationFailed({"office_hours": str(error)}) from error
    update_office_settings(database, "office_hours", office_hours=str(hours))
    return hours


def list_calendar_overrides(database: Database) -> list[CalendarOverride]:
    with database.unit_of_work() as session:
        return _calendar_overrides(session)


def _calendar_overrides(session: Session) -> list[CalendarOverride]:
    rows = session.scalars(select(CalendarOverrideRecord).order_by(CalendarOverrideRecord.day))
    return [CalendarOverride(r.day, r.working, r.note) for r in rows]


def save_calendar_override(database: Database, override: CalendarOverride) -> None:
    """Add or replace the office's word on one date."""
    require(database, Permission.EDIT_SETTINGS)
    if len(override.note) > NOTE_LIMIT:
        raise ValidationFailed(
            {"note": Message(QT_TRANSLATE_NOOP("messages", "说明不能超过 {limit} 个字"), limit=NOTE_LIMIT)}
        )
    with database.unit_of_work() as session:
        query = select(CalendarOverrideRecord).where(CalendarOverrideRecord.day == override.day)
        row = session.scalars(query).first()
        if row is None:
            row = CalendarOverrideRecord(day=override.day)
            session.add(row)
        row.working, row.note = override.working, override.note.strip()


def delete_calendar_override(database: Database, day: date) -> None:
    require(database, Permission.EDIT_SETTINGS)
    with database.unit_of_work() as session:
        session.execute(delete(CalendarOverrideRecord).where(CalendarOverrideRecord.day == day))


def official_years(database: Database) -> list[OfficialYear]:
    """The years whose State Council notice the office imported (app/usecases/holiday_notices.py)."""
    with database.unit_of_work() as session:
        return _official_years(session)


def _official_years(session: Session) -> list[OfficialYear]:
    notice = HolidayNoticeRecord
    notices = session.execute(select(notice.id, notice.year, notice.title).order_by(notice.year)).all()
    days: dict[int, list[ArrangedDay]] = {notice_id: [] for notice_id, _year, _title in notices}
    query = select(HolidayNoticeDay.notice_id, HolidayNoticeDay.day, HolidayNoticeDay.working,
                   HolidayNoticeDay.holiday).order_by(HolidayNoticeDay.day)  # fmt: skip
    for notice_id, day, working, holiday in session.execute(query):
        days[notice_id].append(ArrangedDay(day, working, holiday))
    return [OfficialYear(year, title, tuple(days[notice_id])) for notice_id, year, title in notices]


def load_working_calendar(database: Database) -> WorkingCalendar:
    """The office calendar every date promise uses: statutory data, imported notices, office hours,
    overrides; read in one transaction (on a server each costs round trips of its own)."""
    with database.unit_of_work() as session:
        return working_calendar(session)


def working_calendar(session: Session) -> WorkingCalendar:
    """:func:`load_working_calendar` within a unit of work that reads more."""
    return WorkingCalendar(_office_hours(session), _calendar_overrides(session), _official_years(session))
