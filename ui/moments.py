"""Moments as the office writes them: the naive Beijing wall clock, shown and edited to the minute."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit


def now() -> datetime:
    """The wall clock to the minute."""
    return datetime.now().replace(second=0, microsecond=0)


def now_to_the_second() -> datetime:
    return datetime.now().replace(microsecond=0)


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qt(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def moment_edit(name: str) -> QDateTimeEdit:
    """A date and time field with a calendar popup, to the minute."""
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit
