"""SLA clocks (响应时效): when a response falls due, how much of its time is left, and breaches.

A clock runs on a calendar: a basic client's on the office's working time (lunch breaks, weekends,
holidays and make-up working days included), a VIP's around the clock. It can pause while the
office waits on the client; paused time does not count. Plain functions over instants: the
application stores the clock's start, pauses and stop, and asks these rules what they mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum
from app.domain.working_calendar import WorkingCalendar


class ResponseLevel(LabelledEnum):
    """The three-level response of the seeds: minutes to respond by default."""

    L1 = "l1", QT_TRANSLATE_NOOP("vocabulary", "一级（10 分钟）")
    L2 = "l2", QT_TRANSLATE_NOOP("vocabulary", "二级（2 小时）")
    L3 = "l3", QT_TRANSLATE_NOOP("vocabulary", "三级（24 小时）")


DEFAULT_LEVEL_MINUTES = {ResponseLevel.L1: 10, ResponseLevel.L2: 120, ResponseLevel.L3: 24 * 60}
#: Minutes for the client notices the seeds promise: after a milestone, on seeing a likely failure.
MILESTONE_NOTICE_MINUTES = 30
AT_RISK_NOTICE_MINUTES = 60
#: A clock is "near breach" when this share of its time is used.
NEAR_BREACH_SHARE = 0.8


class ClockState(Enum):
    RUNNING = "running"
    NEAR_BREACH = "near_breach"
    BREACHED = "breached"  # still open, past its due time
    PAUSED = "paused"
    MET = "met"  # stopped in time
    MISSED = "missed"  # stopped late


def clock_calendar(around_the_clock: bool, office: WorkingCalendar) -> WorkingCalendar:
    """A 7×24 clock (a VIP's, by default) counts every minute; others the office's working time."""
    return WorkingCalendar.around_the_clock() if around_the_clock else office


@dataclass(frozen=True)
class Pause:
    start: datetime
    end: datetime | None = None  # None: still paused


@dataclass(frozen=True)
class Clock:
    started: datetime
    minutes: int  # the time allowed, on the clock's calendar
    pauses: tuple[Pause, ...] = field(default_factory=tuple)
    stopped: datetime | None = None  # responded / done

    def _paused_minutes(self, calendar: WorkingCalendar, until: datetime) -> int:
        total = 0
        for pause in self.pauses:
            end = min(pause.end or until, until)
            if end > pause.start:
                total += calendar.working_minutes_between(pause.start, end)
        return total

    def used_minutes(self, calendar: WorkingCalendar, now: datetime) -> int:
        """Clock time used so far (or until it stopped), pauses left out."""
        until = min(self.stopped, now) if self.stopped else now
        return max(
            0, calendar.working_minutes_between(self.started, until) - self._paused_minutes(calendar, until)
        )

    def due(self, calendar: WorkingCalendar, now: datetime) -> datetime:
        """When the time runs out, counting the pauses so far (a running pause moves it on)."""
        paused = self._paused_minutes(calendar, now)
        return calendar.add_working_minutes(
            calendar.next_working_instant(self.started), self.minutes + paused
        )

    def state(self, calendar: WorkingCalendar, now: datetime, used: int | None = None) -> ClockState:
        """``used``: :meth:`used_minutes` when the caller has them already."""
        used = self.used_minutes(calendar, now) if used is None else used
        if self.stopped is not None:
            return ClockState.MET if used <= self.minutes else ClockState.MISSED
        if any(p.end is None and p.start <= now for p in self.pauses):
            return ClockState.PAUSED
        if used > self.minutes:
            return ClockState.BREACHED
        return ClockState.NEAR_BREACH if used >= self.minutes * NEAR_BREACH_SHARE else ClockState.RUNNING

    def breach_minutes(self, calendar: WorkingCalendar, now: datetime, used: int | None = None) -> int:
        """How far past its time the clock is (or was when stopped); 0 within time."""
        return max(0, (self.used_minutes(calendar, now) if used is None else used) - self.minutes)
