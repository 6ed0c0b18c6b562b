"""Dates and times written the way Chinese offices write them."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.vocabulary import QT_TRANSLATE_NOOP

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


_DATE_SEPARATORS = str.maketrans({"/": "-", ".": "-", "年": "-", "月": "-", "日": None, " ": None})


def parse_date(text: str) -> date:
    """A date as clerks type it: ``2026-01-02``, ``2026/1/2``, ``2026.1.2``, ``20260102``, ``2026年1月2日``.

    Raises:
        ValueError: with a Chinese message quoting the text.
    """
    cleaned = text.strip().translate(_DATE_SEPARATORS).strip("-")
    try:
        if cleaned.isdigit() and len(cleaned) == 8:
            return date(int(cleaned[:4]), int(cleaned[4:6]), int(cleaned[6:]))
        year, month, day = (int(part) for part in cleaned.split("-"))
        return date(year, month, day)
    except ValueError as error:
        from app.domain.message import Message  # which imports this module: the formats it fills in

        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法识别的日期“{text}”，请按 2026-01-31 的格式填写"),
                text=text.strip(),
            )
        ) from error
