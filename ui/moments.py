"""Moments as the office writes them: the naive Beijing wall clock, shown and edited to the minute."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QDateTimeEdit


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qt(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def to_qt_date(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qt_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def moment_edit(name: str) -> QDateTimeEdit:
    """A date and time field with a calendar popup, to the minute."""
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit
