"""Dates and times as people type them at the desk: ``2026-12-04 17:00``, ``12-4 17:00``,
``12月4日下午5点``, ``明天 17:00``, ``后天``, ``2026/12/4``, ``十二月四日五点半``, ``周五``,
``下星期一 上午10点``.

A day without a year is the one nearest today (``1-5`` typed in December is next January's, ``12-1``
typed on 3 December is two days ago); relative words count from ``today``, which callers take from
the database clock. Weeks start on Monday: ``本周五``/``这周五`` is this week's Friday (even when it
is past: the field shows the day and a deadline's check refuses it, never a silent jump to another
week), ``下周五`` next week's, ``上周五`` last week's, and a bare ``周五`` the coming Friday (today
on a Friday).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.chinese_amount import DIGIT_VALUES, chinese_integer
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

RELATIVE_DAYS = {"前天": -2, "昨天": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
#: Words before an hour that say which half of the day it is in.
AFTERNOON = ("下午", "傍晚", "晚上")
MORNING = ("上午", "早上", "早晨", "凌晨")
#: Weekdays as written after 周/星期/礼拜, Monday first (星期天 is 星期日).
WEEKDAYS = "一二三四五六日"
#: Words before 周/星期/礼拜 that say which week: this, next or last (a bare 周五 is the coming one).
WEEKS = {"本": 0, "这": 0, "下": 1, "上": -1}
_WEEK_WORD = "(?:周|星期|礼拜)"

_DAY = (
    r"(?:(?P<relative>" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)) + r")"
    r"|(?P<year>\d{4})\s*[-/.年]\s*(?P<month>\d{1,2})\s*[-/.月]\s*(?P<day>\d{1,2})\s*[日号]?"
    r"|(?P<compact_year>\d{4})(?P<compact_month>\d{2})(?P<compact_day>\d{2})"
    r"|(?P<short_month>\d{1,2})\s*[-/.月]\s*(?P<short_day>\d{1,2})\s*[日号]?"
    rf"|(?:(?P<week>[{''.join(WEEKS)}])个?)?{_WEEK_WORD}(?P<weekday>[{WEEKDAYS}天]))"
)
_TIME = (
    r"(?P<half_of_day>" + "|".join((*MORNING, "中午", *AFTERNOON)) + r")?\s*"
    r"(?P<hour>\d{1,2})\s*(?::\s*(?P<minute>\d{2})|[点时]\s*(?:(?P<minutes>\d{1,2})\s*分?|(?P<half>半)|整)?)"
)
_MOMENT = re.compile(rf"(?:{_DAY})?\s*(?:{_TIME})?")
# Not the weekday after 周/星期/礼拜: 周五五点 is Friday at five, 周二十点 Tuesday at ten.
_CHINESE_NUMBER = re.compile(f"(?<!周)(?<!星期)(?<!礼拜)[{''.join(DIGIT_VALUES)}十]+")


@dataclass(frozen=True)
class TypedMoment:
    """What was typed: a day, and a time of day when one was given."""

    day: date
    time: time | None


def read_moment(text: str, today: date) -> TypedMoment:
    """The day and (if typed) the time of ``text``.

    Raises:
        ValueError: with a Chinese message saying what is wrong and how to write it.
    """
    typed = " ".join(text.split())
    unreadable = ValueError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "无法识别“{typed}”：请写成 2026-12-04 17:00、12月4日下午5点、周五 或 明天 17:00"
            ),
            typed=typed,
        )
    )
    try:  # full-width figures and colons as ASCII, numbers in words as figures: 十二月四日 → 12月4日
        cleaned = _CHINESE_NUMBER.sub(
            lambda number: str(chinese_integer(number[0])), unicodedata.normalize("NFKC", typed)
        )
    except ValueError as error:  # 十十
        raise unreadable from error
    match = _MOMENT.fullmatch(cleaned)
    if match is None or not match.group(0):
        raise unreadable
    return TypedMoment(_day(match, today, typed), _time(match, typed) if match["hour"] else None)


def parse_moment(text: str, today: date, day_end: time) -> datetime:
    """A date and time from ``text``; a day typed without a time means ``day_end`` of that day (the
    office's closing time, for a deadline).

    Raises:
        ValueError: with a Chinese message.
    """
    moment = read_moment(text, today)
    return datetime.combine(moment.day, moment.time or day_end)


def parse_day(text: str, today: date) -> date:
    """A date from ``text``, which must not carry a time.

    Raises:
        ValueError: with a Chinese message.
    """
    try:
        moment = read_moment(text, today)
    except ValueError as error:
        message = QT_TRANSLATE_NOOP(
            "messages", "无法识别“{typed}”：请写成 2026-12-04、12月4日、上周五 或 昨天"
        )
        raise ValueError(Message(message, typed=" ".join(text.split()))) from error
    if moment.time is not None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "messages", "这里只填日期，不填时间：请写成 2026-12-04、12月4日、上周五 或 昨天"
            )
        )
    return moment.day


def _day(match: re.Match[str], today: date, typed: str) -> date:
    if match["relative"]:
        return today + timedelta(days=RELATIVE_DAYS[match["relative"]])
    if match["weekday"]:
        weekday = WEEKDAYS.index(match["weekday"].replace("天", "日"))
        if match["week"] is None:  # the coming one: today, or one of the next six days
            return today + timedelta(days=(weekday - today.weekday()) % 7)
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=WEEKS[match["week"]], days=weekday)
    if match["year"] or match["compact_year"]:
        parts = (match["year"], match["month"], match["day"]) if match["year"] else (
            match["compact_year"], match["compact_month"], match["compact_day"]
        )  # fmt: skip
        year, month, day = map(int, parts)
        return _date(year, month, day, typed)
    if match["short_month"]:
        month, day = int(match["short_month"]), int(match["short_day"])
        _date(2000, month, day, typed)  # 2000 is a leap year: only impossible dates fail here
        candidates = []
        for year in range(today.year - 4, today.year + 5):  # 2-29: the nearest leap year's
            try:
                candidates.append(date(year, month, day))
            except ValueError:
                continue
        return min(candidates, key=lambda candidate: abs(candidate - today))
    return today  # only a time was typed


def _date(year: int, month: int, day: int, typed: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as error:
        if not 1 <= month <= 12:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "“{typed}”中的月份 {month} 不存在：月份为 1–12"),
                    typed=typed,
                    month=month,
                )
            ) from error
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "“{typed}”中的日期不存在：{month} 月没有 {day} 日"),
                typed=typed,
                month=month,
                day=day,
            )
        ) from error


def _time(match: re.Match[str], typed: str) -> time:
    hour = int(match["hour"])
    minute = 30 if match["half"] else int(match["minute"] or match["minutes"] or 0)
    half_of_day = match["half_of_day"]
    if half_of_day in MORNING and hour > 12:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "“{typed}”前后矛盾：{half_of_day}没有 {hour} 点"),
                typed=typed,
                half_of_day=half_of_day,
                hour=hour,
            )
        )
    if (half_of_day in AFTERNOON and hour < 12) or (half_of_day == "中午" and hour < 3):
        hour += 12  # 下午5点 is 17:00, 中午1点 13:00
    if hour > 23 or minute > 59:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "“{typed}”中的时间不存在：小时为 0–23，分钟为 0–59"),
                typed=typed,
            )
        )
    return time(hour, minute)


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
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法识别的日期“{text}”，请按 2026-01-31 的格式填写"),
                text=text.strip(),
            )
        ) from error
