"""Dates and times written the way Chinese offices write them."""

from __future__ import annotations

from datetime import date, datetime

_WEEKDAYS = "一二三四五六日"


def format_datetime(moment: datetime) -> str:
    """``2026-11-23 15:00``: compact, sortable, the usual form in lists."""
    return moment.strftime("%Y-%m-%d %H:%M")


def format_moment_long(moment: datetime) -> str:
    """``2026年11月24日 14:05``: a time in a letter."""
    return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}"


def format_date_long(day: date) -> str:
    """``2026年11月23日（星期一）``: the form used in sentences and letters."""
    return f"{day.year}年{day.month}月{day.day}日（星期{_WEEKDAYS[day.weekday()]}）"
