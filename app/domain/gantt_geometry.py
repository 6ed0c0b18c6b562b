"""Where things go on the Gantt chart: instants to x and back, day bands, ticks. No Qt here.

The time axis is calendar time, linear, so a weekend or a holiday takes its real width and is
shaded; bars come from the schedule, which works in working time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.domain.working_calendar import DayInfo, WorkingCalendar, day_remark

#: Zoom limits, in pixels per hour: from about a quarter year to about a working day on screen.
MIN_PIXELS_PER_HOUR = 0.25
MAX_PIXELS_PER_HOUR = 120.0
#: Monday to Sunday, one message each: a tick's day and a day's tooltip, in the interface's language.
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("messages", "一"),
    QT_TRANSLATE_NOOP("messages", "二"),
    QT_TRANSLATE_NOOP("messages", "三"),
    QT_TRANSLATE_NOOP("messages", "四"),
    QT_TRANSLATE_NOOP("messages", "五"),
    QT_TRANSLATE_NOOP("messages", "六"),
    QT_TRANSLATE_NOOP("messages", "日"),
)


@dataclass(frozen=True)
class TimeScale:
    origin: datetime  # x = 0
    pixels_per_hour: float

    def x(self, instant: datetime) -> float:
        return (instant - self.origin).total_seconds() / 3600 * self.pixels_per_hour

    def instant(self, x: float) -> datetime:
        return self.origin + timedelta(hours=x / self.pixels_per_hour)

    def unit(self) -> str:
        """What one tick stands for at this zoom: ``hour``, ``day`` or ``week``."""
        if self.pixels_per_hour >= 20:
            return "hour"
        return "day" if self.pixels_per_hour >= 1.5 else "week"

    def snap_minutes(self) -> int:
        """What a drag snaps to: half hours when hours show, hours when days show, else days."""
        return 30 if self.unit() == "hour" else 60 if self.unit() == "day" else 24 * 60


def clamp_pixels_per_hour(pixels: float) -> float:
    """A zoom within the limits the chart supports."""
    return min(MAX_PIXELS_PER_HOUR, max(MIN_PIXELS_PER_HOUR, pixels))


def snap(instant: datetime, minutes: int) -> datetime:
    """``instant`` rounded to the nearest multiple of ``minutes`` since midnight."""
    midnight = datetime.combine(instant.date(), datetime.min.time())
    offset = (instant - midnight).total_seconds() / 60
    return midnight + timedelta(minutes=round(offset / minutes) * minutes)


@dataclass(frozen=True)
class DayBand:
    day: date
    x0: float
    x1: float
    working: bool
    holiday: str | None
    makeup: bool  # a weekend day worked in exchange for a holiday (调休上班)
    estimated: bool  # the calendar's data for this year is estimated (预估)

    def tooltip(self) -> str:
        text = Message(
            QT_TRANSLATE_NOOP("messages", "{month}月{day}日 星期{weekday}"),
            month=self.day.month,
            day=self.day.day,
            weekday=WEEKDAY_NAMES[self.day.weekday()],
        )
        remark = day_remark(DayInfo(self.day, self.working, self.holiday, self.makeup, self.estimated))
        return (
            Message(QT_TRANSLATE_NOOP("messages", "{day}：{remark}"), day=text, remark=remark)
            if remark
            else text
        )


def day_bands(calendar: WorkingCalendar, scale: TimeScale, first: date, last: date) -> list[DayBand]:
    """One band per day from ``first`` to ``last``, with what the calendar says about it."""
    bands = []
    day = first
    while day <= last:
        info = calendar.day(day)
        start = datetime.combine(day, datetime.min.time())
        bands.append(
            DayBand(
                day, scale.x(start), scale.x(start + timedelta(days=1)), info.working, info.holiday,
                info.makeup, info.estimated,
            )
        )  # fmt: skip
        day += timedelta(days=1)
    return bands


def ticks(scale: TimeScale, start: datetime, end: datetime) -> list[tuple[float, tuple[str, ...]]]:
    """Ticks between ``start`` and ``end`` at the zoom's unit, each with its label, longest first:
    the chart takes the longest that fits between two ticks (the header above names the month)."""
    unit = scale.unit()
    if unit == "hour":
        moment = start.replace(minute=0, second=0, microsecond=0)
        step = timedelta(hours=1)
    else:
        moment = datetime.combine(start.date(), datetime.min.time())
        if unit == "week":
            moment -= timedelta(days=moment.weekday())
        step = timedelta(days=1 if unit == "day" else 7)
    result = []
    while moment <= end:
        if unit == "hour":
            labels: tuple[str, ...] = (f"{moment:%H:%M}", f"{moment:%H}")
        else:
            labels = (f"{moment:%m-%d}", f"{moment:%d}")
            if unit == "day":
                weekday = WEEKDAY_NAMES[moment.weekday()]
                labels = (
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{date} {weekday}"), date=labels[0], weekday=weekday
                    ),
                    *labels,
                )
        result.append((scale.x(moment), labels))
        moment += step
    return result


def bar_span(
    scale: TimeScale, start: datetime, finish: datetime, minimum: float = 2.0
) -> tuple[float, float]:
    """(x, width) of a bar; a zero-length task still shows as a sliver."""
    x0 = scale.x(start)
    return x0, max(minimum, scale.x(finish) - x0)
