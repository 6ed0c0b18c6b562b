"""Chinese working time: statutory holidays, make-up working days (调休), office hours.

Holidays and make-up days come, for a year the office imported the State Council's notice of
(holiday_notice.py), from that notice; else from chinesecalendar. For years neither has, the
calendar falls back to weekends plus the statutory days off and their 补假 (estimated from the
lunar calendar and the law), and marks every such date as estimated so the UI and printed letters
can say 预估. The office's own overrides (a local arrangement) win over all of them.

Instants are naive datetimes on the office's wall clock; working time is counted in minutes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

import chinese_calendar
from chinese_calendar import get_solar_terms
from lunardate import LunarDate

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

MINUTES_PER_DAY = 24 * 60
#: How far the calendar searches for a working day before it declares the calendar empty.
SEARCH_LIMIT_DAYS = 3660

HOLIDAY_NAMES = {
    "New Year's Day": QT_TRANSLATE_NOOP("messages", "元旦"),
    "Spring Festival": QT_TRANSLATE_NOOP("messages", "春节"),
    "Tomb-sweeping Day": QT_TRANSLATE_NOOP("messages", "清明节"),
    "Labour Day": QT_TRANSLATE_NOOP("messages", "劳动节"),
    "Dragon Boat Festival": QT_TRANSLATE_NOOP("messages", "端午节"),
    "National Day": QT_TRANSLATE_NOOP("messages", "国庆节"),
    "Mid-autumn Festival": QT_TRANSLATE_NOOP("messages", "中秋节"),
    "Anti-Fascist 70th Day": QT_TRANSLATE_NOOP("messages", "抗战胜利纪念日"),
}


class CalendarError(ValueError):
    """Office hours or a calendar request that cannot be honoured (Chinese message)."""


@dataclass(frozen=True)
class OfficeHours:
    """The working periods of a working day, as minutes after midnight, in order."""

    periods: tuple[tuple[int, int], ...]

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Read ``"09:00-12:00, 13:30-18:00"``; raises CalendarError with the reason."""
        periods = []
        for part in filter(None, (p.strip() for p in re.split(r"[,，;；]", text))):
            match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*[-–~～至]\s*(\d{1,2}):(\d{2})", part)
            if not match:
                raise CalendarError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "无法识别的办公时段“{part}”，请写成 09:00-12:00 的形式"
                        ),
                        part=part,
                    )
                )
            h1, m1, h2, m2 = map(int, match.groups())
            if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59:
                raise CalendarError(
                    Message(QT_TRANSLATE_NOOP("messages", "办公时段“{part}”中的时间无效"), part=part)
                )
            start, end = h1 * 60 + m1, h2 * 60 + m2
            if not start < end <= MINUTES_PER_DAY:
                raise CalendarError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "办公时段“{part}”的结束时间必须晚于开始时间"), part=part
                    )
                )
            periods.append((start, end))
        if not periods:
            raise CalendarError(
                QT_TRANSLATE_NOOP("messages", "请至少填写一个办公时段，例如 09:00-12:00, 13:30-18:00")
            )
        periods.sort()
        for (_, end), (start, _) in zip(periods, periods[1:], strict=False):
            if start < end:
                raise CalendarError(QT_TRANSLATE_NOOP("messages", "办公时段之间不能重叠"))
        return cls(tuple(periods))

    @property
    def minutes_per_day(self) -> int:
        return sum(end - start for start, end in self.periods)

    def __str__(self) -> str:
        return ", ".join(f"{_clock(start)}-{_clock(end)}" for start, end in self.periods)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


DEFAULT_OFFICE_HOURS = OfficeHours.parse("09:00-12:00, 13:30-18:00")
ALL_DAY = OfficeHours(((0, MINUTES_PER_DAY),))


@dataclass(frozen=True)
class CalendarOverride:
    """The office's word on one date, above the library's data."""

    day: date
    working: bool
    note: str = ""


@dataclass(frozen=True)
class DayInfo:
    day: date
    working: bool
    holiday: str | None = None  # Chinese name of the holiday this day belongs to
    makeup: bool = False  # a weekend day worked in exchange for a holiday (调休上班)
    estimated: bool = False  # from estimated data: no notice and no library data for this year
    note: str = ""  # the override's note, when the office set this day
    source: str = ""  # the title of the imported notice the day comes from ("": library or estimate)


@dataclass(frozen=True)
class ArrangedDay:
    """A day a State Council notice arranges: a day off, or a make-up working day (调休上班)."""

    day: date
    working: bool
    holiday: str


@dataclass(frozen=True)
class OfficialYear:
    """A year's arrangement as the office imported it from the notice titled ``source``: the days
    listed, every other day of ``year`` a weekday works and a weekend rests."""

    year: int
    source: str
    days: tuple[ArrangedDay, ...]


def day_remark(info: DayInfo) -> str:
    """The calendar's word on a date, wherever one is described (intake, board, Gantt, settings):
    ``国庆节调休上班``, ``元旦放假（预估）``, ``休息日``, ``工作日（预估）``; "" for a plain working day."""
    text: str
    if info.makeup:
        text = Message(QT_TRANSLATE_NOOP("messages", "{holiday}调休上班"), holiday=info.holiday or "")
    elif not info.working:
        holiday = Message(QT_TRANSLATE_NOOP("messages", "{holiday}放假"), holiday=info.holiday or "")
        text = holiday if info.holiday else QT_TRANSLATE_NOOP("messages", "休息日")
    else:
        text = QT_TRANSLATE_NOOP("messages", "工作日") if info.estimated else ""
    return Message(QT_TRANSLATE_NOOP("messages", "{remark}（预估）"), remark=text) if info.estimated else text


@cache
def library_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


def _statutory_holidays(year: int) -> list[tuple[str, list[date]]]:
    """Each national holiday's own days in ``year``, in the order of the year (rules as revised
    for 2025): New Year 1 day; Spring Festival 4 (New Year's Eve and the first three days);
    Qingming 1; Labour Day 2; Dragon Boat 1; Mid-Autumn 1; National Day 3."""
    new_year = LunarDate(year, 1, 1).to_solar_date()
    (qingming, _), *_ = get_solar_terms(date(year, 4, 3), date(year, 4, 6))
    holidays = [
        (QT_TRANSLATE_NOOP("messages", "元旦"), [date(year, 1, 1)]),
        (
            QT_TRANSLATE_NOOP("messages", "春节"),
            [new_year + timedelta(days=offset) for offset in range(-1, 3)],
        ),
        (QT_TRANSLATE_NOOP("messages", "清明节"), [qingming]),
        (QT_TRANSLATE_NOOP("messages", "劳动节"), [date(year, 5, 1), date(year, 5, 2)]),
        (QT_TRANSLATE_NOOP("messages", "端午节"), [LunarDate(year, 5, 5).to_solar_date()]),
        (QT_TRANSLATE_NOOP("messages", "中秋节"), [LunarDate(year, 8, 15).to_solar_date()]),
        (QT_TRANSLATE_NOOP("messages", "国庆节"), [date(year, 10, day) for day in (1, 2, 3)]),
    ]
    return sorted(holidays, key=lambda holiday: holiday[1][0])


@cache
def statutory_days(year: int) -> dict[date, str]:
    """The national holidays' own days in ``year`` (a day two holidays share: the earlier's name)."""
    days: dict[date, str] = {}
    for name, dates in _statutory_holidays(year):
        for day in dates:
            days.setdefault(day, name)
    return days


@cache
def estimated_statutory_days_off(year: int) -> dict[date, str]:
    """The days off the law gives in ``year``: the statutory days and their 补假.

    《全国年节及纪念日放假办法》: a holiday that falls on a Saturday or Sunday is made up on a working
    day; the notices give it on the first working days after the holiday's run of days off, and do
    the same for a day two holidays share (中秋 on 国庆, as in 2020). The bridging days and the
    make-up Saturdays of each year's notice cannot be predicted, so they are not included.
    """
    days: dict[date, str] = {}
    owed: list[tuple[str, date, int]] = []  # holiday, its last day, days to make up
    for name, dates in _statutory_holidays(year):
        lost = sum(day.weekday() >= 5 or day in days for day in dates)
        for day in dates:
            days.setdefault(day, name)
        owed.append((name, dates[-1], lost))
    for name, last, lost in owed:
        day = last
        while lost:
            day += timedelta(days=1)
            if day.weekday() < 5 and day not in days:  # the run goes on over weekends and holidays
                days[day] = name
                lost -= 1
    return days


def statutory_day_info(day: date) -> DayInfo:
    """What the law and the published notices (or their estimate) say about ``day``."""
    if library_covers(day.year):
        holiday, name = chinese_calendar.get_holiday_detail(day)
        chinese_name = HOLIDAY_NAMES.get(name, name) if name else None
        if holiday:
            return DayInfo(day, False, chinese_name)
        return DayInfo(day, True, chinese_name, makeup=day.weekday() >= 5)
    name = estimated_statutory_days_off(day.year).get(day)
    return DayInfo(day, name is None and day.weekday() < 5, name, estimated=True)


def time_remark(makeup: bool, estimated: bool) -> str:
    """What a time adds about its day, in letters and lists: ``（调休上班）``, ``（预估）``, both, or ""."""
    if makeup and estimated:
        return QT_TRANSLATE_NOOP("messages", "（调休上班，预估）")
    if makeup:
        return QT_TRANSLATE_NOOP("messages", "（调休上班）")
    return QT_TRANSLATE_NOOP("messages", "（预估）") if estimated else ""


def years_to_import(calendar: WorkingCalendar, today: date) -> list[int]:
    """The years whose notice the office should import now: this year while it is estimated, and
    from 1 November (the notice usually comes out in November) next year while it is."""
    years = [today.year, today.year + 1] if today.month >= 11 else [today.year]
    return [year for year in years if calendar.year_estimated(year)]


def day_state(info: DayInfo) -> str:
    """A day's state in a list of changes: its remark, or ``工作日`` for a plain working day."""
    return day_remark(info) or QT_TRANSLATE_NOOP("messages", "工作日")


def year_arrangement(calendar: WorkingCalendar, year: int) -> list[DayInfo]:
    """The days of ``year`` that are not plain (a weekday working, a weekend resting): holidays with
    their weekends, make-up working days, 补假 and the office's own days."""
    day, days = date(year, 1, 1), []
    while day.year == year:
        info = calendar.day(day)
        if info.holiday or info.note or info.working != (day.weekday() < 5):
            days.append(info)
        day += timedelta(days=1)
    return days


def official_year_days(year: OfficialYear) -> list[date]:
    """Every day ``year``'s notice decides: the days of the year and any it arranges outside it."""
    first, last = date(year.year, 1, 1), date(year.year, 12, 31)
    days = {first + timedelta(days=n) for n in range((last - first).days + 1)}
    return sorted(days | {d.day for d in year.days})


def calendar_differences(
    first: Callable[[date], DayInfo], second: Callable[[date], DayInfo], days: Iterable[date]
) -> list[tuple[DayInfo, DayInfo]]:
    """The days on which two calendars differ (working, holiday, make-up), as (first's, second's)."""
    differences = []
    for day in days:
        a, b = first(day), second(day)
        if (a.working, a.holiday, a.makeup) != (b.working, b.holiday, b.makeup):
            differences.append((a, b))
    return differences


def library_differences(year: OfficialYear) -> list[tuple[DayInfo, DayInfo]]:
    """Where chinesecalendar, once it carries ``year``, disagrees with the imported notice:
    (the notice's day, the library's day). Empty while the library has no data for the year."""
    if not library_covers(year.year):
        return []
    notice = WorkingCalendar(official=[year])
    return calendar_differences(notice.arranged_day, statutory_day_info, official_year_days(year))


class WorkingCalendar:
    """Working days and hours of the office, or (``every_day``) the VIP 7×24 clock."""

    def __init__(
        self,
        hours: OfficeHours = DEFAULT_OFFICE_HOURS,
        overrides: Iterable[CalendarOverride] = (),
        official: Iterable[OfficialYear] = (),
        *,
        every_day: bool = False,
    ) -> None:
        self.hours = ALL_DAY if every_day else hours
        self.every_day = every_day
        self._overrides = {o.day: o for o in overrides}
        self.official = {year.year: year for year in official}
        # A notice may arrange a day of the year before (元旦's make-up day on 29 December).
        self._arranged = {d.day: (d, year.source) for year in self.official.values() for d in year.days}
        self._days: dict[date, DayInfo] = {}

    @classmethod
    def around_the_clock(cls) -> WorkingCalendar:
        """The VIP clock: every minute of every day counts."""
        return cls(every_day=True)

    def with_official(self, year: OfficialYear) -> WorkingCalendar:
        """This calendar with ``year``'s notice in force (replacing any notice of that year)."""
        official = {**self.official, year.year: year}
        return WorkingCalendar(self.hours, self._overrides.values(), official.values())

    def year_estimated(self, year: int) -> bool:
        """Whether ``year``'s holidays are only estimated: no notice imported, no library data."""
        return not self.every_day and year not in self.official and not library_covers(year)

    # -- days ----------------------------------------------------------------------------------
    def day(self, day: date) -> DayInfo:
        info = self._days.get(day)
        if info is None:
            info = self._days[day] = self._day_info(day)
        return info

    def _day_info(self, day: date) -> DayInfo:
        if self.every_day:
            return DayInfo(day, True)
        statutory = self.arranged_day(day)
        override = self._overrides.get(day)
        if override is None:
            return statutory
        return DayInfo(day, override.working, statutory.holiday, makeup=False, note=override.note)

    def arranged_day(self, day: date) -> DayInfo:
        """What the notice in force, else the library or the estimate, says of ``day`` (no overrides)."""
        arranged = self._arranged.get(day)
        if arranged is not None:
            found, source = arranged
            return DayInfo(day, found.working, found.holiday, makeup=found.working, source=source)
        official = self.official.get(day.year)
        if official is not None:
            return DayInfo(day, day.weekday() < 5, source=official.source)
        return statutory_day_info(day)

    def is_working_day(self, day: date) -> bool:
        return self.day(day).working

    def is_estimated(self, day: date) -> bool:
        return self.day(day).estimated

    def estimated_between(self, start: date | datetime, end: date | datetime) -> bool:
        """Whether any day from ``start`` to ``end`` (inclusive) comes from estimated data."""
        first, last = _as_date(start), _as_date(end)
        if first > last:
            first, last = last, first
        if not any(self.year_estimated(year) for year in range(first.year, last.year + 1)):
            return False
        return any(self.day(first + timedelta(days=n)).estimated for n in range((last - first).days + 1))

    def periods(self, day: date) -> tuple[tuple[int, int], ...]:
        return self.hours.periods if self.day(day).working else ()

    def add_working_days(self, start: date | datetime, days: int) -> date | datetime:
        """The ``days``-th working day after (or, negative, before) ``start``, same time of day."""
        current = _as_date(start)
        step = 1 if days > 0 else -1
        for _ in range(abs(days)):
            current = self._next_working_day(current + timedelta(days=step), step)
        if isinstance(start, datetime):
            return datetime.combine(current, start.time())
        return current

    def _next_working_day(self, day: date, step: int = 1) -> date:
        for _ in range(SEARCH_LIMIT_DAYS):
            if self.day(day).working:
                return day
            day += timedelta(days=step)
        raise CalendarError(
            QT_TRANSLATE_NOOP("messages", "工作日历中十年内没有任何工作日，请检查日历例外设置")
        )

    # -- instants ------------------------------------------------------------------------------
    def next_working_instant(self, instant: datetime) -> datetime:
        """``instant`` itself if it is inside office hours, else the start of the next period."""
        day, minute = instant.date(), _minute_of_day(instant)
        for start, end in self.periods(day):
            if minute < end:
                return instant if minute >= start else _at(day, start)
        day = self._next_working_day(day + timedelta(days=1))
        return _at(day, self.hours.periods[0][0])

    def add_working_minutes(self, instant: datetime, minutes: int) -> datetime:
        """``instant`` moved by ``minutes`` of working time (backwards when negative).

        Work that uses up a period exactly ends at that period's end (12:00, not 13:30).
        """
        if minutes < 0:
            return self._subtract_working_minutes(instant, -minutes)
        if minutes == 0:
            return instant
        day, minute = instant.date(), _minute_of_day(instant)
        remaining = minutes
        for _ in range(SEARCH_LIMIT_DAYS):
            for start, end in self.periods(day):
                if minute >= end:
                    continue
                begin = max(minute, start)
                if remaining <= end - begin:
                    return _at(day, begin + remaining)
                remaining -= end - begin
            day, minute = day + timedelta(days=1), 0
        raise CalendarError(QT_TRANSLATE_NOOP("messages", "工作日历中十年内没有足够的工作时间"))

    def _subtract_working_minutes(self, instant: datetime, minutes: int) -> datetime:
        """``minutes`` > 0 before ``instant`` (add_working_minutes handles 0)."""
        day, minute = instant.date(), _minute_of_day(instant)
        remaining = minutes
        for _ in range(SEARCH_LIMIT_DAYS):
            for start, end in reversed(self.periods(day)):
                if minute <= start:
                    continue
                finish = min(minute, end)
                if remaining <= finish - start:
                    return _at(day, finish - remaining)
                remaining -= finish - start
            day, minute = day - timedelta(days=1), MINUTES_PER_DAY
        raise CalendarError(QT_TRANSLATE_NOOP("messages", "工作日历中十年内没有足够的工作时间"))

    def add_working_hours(self, instant: datetime, hours: float) -> datetime:
        return self.add_working_minutes(instant, round(hours * 60))

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Working minutes from ``start`` to ``end``; negative when ``end`` is earlier."""
        if end < start:
            return -self.working_minutes_between(end, start)
        timeline = self.timeline(start.date())
        return timeline.offset(end) - timeline.offset(start)

    def timeline(self, origin: date) -> WorkingTimeline:
        return WorkingTimeline(self, origin)


class WorkingTimeline:
    """Instants as working minutes since ``origin`` 00:00, and back: the scheduler's axis.

    Days are added lazily; converting is a bisect over cumulative minutes.
    """

    def __init__(self, calendar: WorkingCalendar, origin: date) -> None:
        self.calendar = calendar
        self.origin = origin
        self._day_starts = [0]  # working minutes before day i
        self._instants: dict[tuple[int, bool], datetime] = {}

    def _extend_to_day(self, index: int) -> None:
        starts = self._day_starts
        while len(starts) <= index + 1:
            day = self.origin + timedelta(days=len(starts) - 1)
            starts.append(starts[-1] + sum(end - start for start, end in self.calendar.periods(day)))

    def _extend_to_offset(self, offset: int) -> None:
        starts, empty_days = self._day_starts, 0
        while starts[-1] <= offset:
            before = starts[-1]
            self._extend_to_day(len(starts) - 1)
            empty_days = empty_days + 1 if starts[-1] == before else 0
            if empty_days > SEARCH_LIMIT_DAYS:
                raise CalendarError(
                    QT_TRANSLATE_NOOP("messages", "工作日历中十年内没有任何工作日，请检查日历例外设置")
                )

    def offset(self, instant: datetime) -> int:
        """Working minutes from the origin to ``instant`` (which must not be before the origin)."""
        index = (instant.date() - self.origin).days
        if index < 0:
            raise CalendarError(QT_TRANSLATE_NOOP("messages", "时间早于时间轴起点"))
        self._extend_to_day(index)
        minute = _minute_of_day(instant)
        within = sum(
            min(minute, end) - start for start, end in self.calendar.periods(instant.date()) if minute > start
        )
        return self._day_starts[index] + within

    def instant(self, offset: int, *, finish: bool = False) -> datetime:
        """The instant ``offset`` working minutes after the origin (before it when negative).

        Remembered: a schedule asks for the same instants when it is stored and when it is drawn.
        """
        key = (offset, finish)
        found = self._instants.get(key)
        if found is None:
            found = self._instants[key] = self._instant(offset, finish)
        return found

    def _instant(self, offset: int, finish: bool) -> datetime:
        """See :meth:`instant`.

        A start (``finish=False``) at a period boundary is the next period's start; a finish is
        the end of the period that was used up (a task done at 18:00 is not done at 09:00 next day).
        """
        if offset < 0:  # before the origin: a latest time of a plan whose deadline is near or past
            return self.calendar.add_working_minutes(_at(self.origin, 0), offset)
        self._extend_to_offset(offset)
        starts = self._day_starts
        # A finish belongs to the day whose work ends at the offset; a start to the day it begins.
        search = bisect_left if finish and offset > 0 else bisect_right
        index = search(starts, offset) - 1
        day = self.origin + timedelta(days=index)
        remaining = offset - starts[index]
        for start, end in self.calendar.periods(day):
            length = end - start
            if remaining < length or (finish and remaining == length):
                return _at(day, start + remaining)
            remaining -= length
        raise AssertionError("offset fell outside the day it was bisected to")


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _minute_of_day(instant: datetime) -> int:
    return instant.hour * 60 + instant.minute


def _at(day: date, minute: int) -> datetime:
    if minute >= MINUTES_PER_DAY:
        return datetime.combine(day + timedelta(days=1), time())
    return datetime.combine(day, time(minute // 60, minute % 60))
