"""放假通知: the State Council's notice of a year's holidays, checked and previewed, stored as the
office's official data for that year (audited), and every open case whose schedule it changes
rescheduled.

The notice sits above chinesecalendar and the estimate (app.domain.working_calendar); a library
that later carries the same year is compared with it, and the settings page shows where they differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Case, Client, HolidayNoticeDay, HolidayNoticeRecord
from app.domain.holiday_notice import HolidayNotice, read_notice
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.scheduling import schedule_plan
from app.domain.vocabulary import OPEN_CASE_STATUSES, QT_TRANSLATE_NOOP
from app.domain.working_calendar import (
    DayInfo,
    WorkingCalendar,
    calendar_differences,
    library_differences,
    official_year_days,
    year_arrangement,
)
from app.usecases.access import requires
from app.usecases.calendar import load_working_calendar, official_years
from app.usecases.cases import signed_commitments
from app.usecases.errors import ValidationFailed
from app.usecases.planning import plans_of_cases, store_schedules, task_figures

#: The largest notice file read (a saved web page with its scripts is well under this).
FILE_LIMIT = 2 * 1024 * 1024
#: Cases rescheduled per transaction, so other desks' moves are not held up.
BATCH = 200


@dataclass(frozen=True)
class StoredNotice:
    year: int
    title: str
    imported_at: datetime
    imported_by: str
    library_differences: list[tuple[DayInfo, DayInfo]]  # (the notice's, chinesecalendar's)


@dataclass(frozen=True)
class NoticePreview:
    """What saving the notice would do, before anything is saved."""

    notice: HolidayNotice
    changes: list[tuple[DayInfo, DayInfo]]  # against the calendar in force: (now, with the notice)
    replaces: str  # the title of the year's notice imported before, "" if none
    arrangement: list[DayInfo]  # the year's days off and make-up days with the notice in force


@dataclass(frozen=True)
class RescheduledCase:
    case_id: int
    number: str
    client: str
    old_finish: datetime | None
    new_finish: datetime | None
    committed_finish: datetime | None  # the signed letter's promise, which keeps its text

    @property
    def moved(self) -> bool:
        """The projected finish moved (else only slack and latest times did, the deadline's side)."""
        return self.old_finish != self.new_finish


@dataclass(frozen=True)
class NoticeImport:
    preview: NoticePreview
    rescheduled: list[RescheduledCase]


def read_notice_file(path: Path) -> str:
    """A saved notice (.txt or .html, UTF-8 or GB18030 as Chinese Windows saves it) as text.

    Raises:
        ValidationFailed: ``file`` unreadable, too large, or in neither encoding.
    """
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise ValidationFailed(
                {
                    "file": Message(
                        QT_TRANSLATE_NOOP("messages", "{name} 太大（超过 2 MB），不像是一份放假通知"),
                        name=path.name,
                    )
                }
            )
        content = path.read_bytes()
    except OSError as error:
        raise ValidationFailed(
            {
                "file": Message(
                    QT_TRANSLATE_NOOP("messages", "无法读取 {name}：{reason}"),
                    name=path.name,
                    reason=error.strerror or str(error),
                )
            }
        ) from error
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return content.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationFailed(
        {
            "file": Message(
                QT_TRANSLATE_NOOP("messages", "{name} 既不是 UTF-8 也不是 GB18030 编码的文本"), name=path.name
            )
        }
    )


def list_holiday_notices(database: Database) -> list[StoredNotice]:
    """The imported notices, newest year first, each with where chinesecalendar disagrees with it."""
    years = {year.year: year for year in official_years(database)}
    notice = HolidayNoticeRecord
    with database.unit_of_work() as session:
        rows = session.execute(
            select(notice.year, notice.title, notice.imported_at, notice.imported_by_name).order_by(
                notice.year.desc()
            )
        ).all()
    return [
        StoredNotice(year, title, at, by, library_differences(years[year])) for year, title, at, by in rows
    ]


def notice_source_text(database: Database, year: int) -> str | None:
    """The text the year's notice was imported from, as it was given."""
    with database.unit_of_work() as session:
        return session.scalar(select(HolidayNoticeRecord.source_text).where(HolidayNoticeRecord.year == year))


def preview_holiday_notice(
    database: Database, text: str, calendar: WorkingCalendar | None = None
) -> NoticePreview:
    """The notice as read (with its problems) and what it changes against the calendar in force."""
    notice = read_notice(text)
    calendar = calendar or load_working_calendar(database)
    if notice.problems:
        return NoticePreview(notice, [], "", [])
    year = notice.official_year()
    after = calendar.with_official(year)
    changes = calendar_differences(calendar.day, after.day, official_year_days(year))
    replaces = calendar.official[year.year].source if year.year in calendar.official else ""
    return NoticePreview(notice, changes, replaces, year_arrangement(after, year.year))


@requires(Permission.EDIT_SETTINGS)
def import_holiday_notice(
    database: Database, text: str, now: datetime, *, dry_run: bool = False
) -> NoticeImport:
    """Store the notice as the office's official data for its year (replacing an earlier import of
    that year) and reschedule every open case whose schedule changes. ``dry_run``: check only.

    Raises:
        ValidationFailed: ``notice`` with every problem, each naming its line; nothing is saved.
        NotPermitted: the logged-in role may not change settings.
    """
    before = load_working_calendar(database)
    preview = preview_holiday_notice(database, text, before)
    notice = preview.notice
    if notice.problems:
        raise ValidationFailed({"notice": "\n".join(notice.problems)})
    if dry_run:
        return NoticeImport(preview, [])
    year = notice.official_year()
    actor = database.actor  # the decorator made sure someone is acting
    staff_id = None if actor is None or actor.system else actor.staff_id  # SYSTEM is nobody on the staff
    with database.unit_of_work() as session:
        old = session.scalars(
            select(HolidayNoticeRecord).where(HolidayNoticeRecord.year == year.year)
        ).first()
        if old is not None:
            session.delete(old)  # its days with it, each in the audit trail
            session.flush()
        session.add(
            HolidayNoticeRecord(
                year=year.year,
                title=notice.title[:200],
                source_text=notice.text,
                imported_at=now,
                imported_by_id=staff_id,
                imported_by_name=actor.name if actor else "",
                days=[HolidayNoticeDay(day=d.day, working=d.working, holiday=d.holiday) for d in year.days],
            )
        )
    rescheduled = _reschedule_changed_cases(database, before, load_working_calendar(database), now)
    return NoticeImport(preview, rescheduled)


@requires(Permission.EDIT_SETTINGS)
def delete_holiday_notice(database: Database, year: int, now: datetime) -> list[RescheduledCase]:
    """Withdraw the year's imported notice (back to chinesecalendar or the estimate); reschedules."""
    before = load_working_calendar(database)
    with database.unit_of_work() as session:
        notice = session.scalars(select(HolidayNoticeRecord).where(HolidayNoticeRecord.year == year)).first()
        if notice is None:
            return []
        session.delete(notice)
    return _reschedule_changed_cases(database, before, load_working_calendar(database), now)


def _reschedule_changed_cases(
    database: Database, before: WorkingCalendar, after: WorkingCalendar, now: datetime
) -> list[RescheduledCase]:
    """Reschedule, on ``after``, every open case whose schedule from ``now`` differs from the one
    ``before`` gives; the cases with their old and new projected finishes, those that moved first."""
    with database.unit_of_work() as session:
        cases = session.execute(
            select(Case.id, Case.number, Client.name)
            .join(Client, Client.id == Case.client_id)
            .where(Case.status.in_(OPEN_CASE_STATUSES))
            .order_by(Case.id)
        ).all()
    names = {case_id: (number, client) for case_id, number, client in cases}
    ids = list(names)
    rescheduled: list[RescheduledCase] = []
    for start in range(0, len(ids), BATCH):
        with database.unit_of_work() as session:
            moved: dict[int, tuple[datetime | None, datetime | None]] = {}
            for case_id, (tasks, deadline) in plans_of_cases(session, ids[start : start + BATCH]).items():
                if not tasks:
                    continue
                old = schedule_plan(tasks, before, now, deadline)
                new = schedule_plan(tasks, after, now, deadline)
                if (old.projected_finish, task_figures(old)) != (new.projected_finish, task_figures(new)):
                    moved[case_id] = (old.projected_finish, new.projected_finish)
            if not moved:
                continue
            store_schedules(session, list(moved), after, now)
            committed = signed_commitments(session, list(moved))
        rescheduled += [
            RescheduledCase(case_id, *names[case_id], old, new, committed.get(case_id))
            for case_id, (old, new) in moved.items()
        ]
    return sorted(rescheduled, key=lambda case: (not case.moved, case.number))


def year_days(database: Database, year: int) -> list[DayInfo]:
    """The year's days off and make-up working days on the office calendar, for ``calendar show``."""
    return year_arrangement(load_working_calendar(database), year)
