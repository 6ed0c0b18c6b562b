"""Moments of the sample office, all inside its working time and none after now.

People take cases, finish tasks, answer clients and write reviews while the office works: the
sample's moments are working minutes on one timeline of the office calendar
(app/domain/working_calendar.py), so none falls on a night, a weekend or 国庆.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.working_calendar import WorkingCalendar, WorkingTimeline

#: How far back the timeline starts: the sample's five years of history, and a margin.
HISTORY_DAYS = 6 * 365


class OfficeTime:
    """Working-minute offsets and the instants they are, from HISTORY_DAYS before ``now`` up to it."""

    def __init__(self, calendar: WorkingCalendar, now: datetime) -> None:
        self.calendar, self.now, self.origin = calendar, now, (now - timedelta(days=HISTORY_DAYS)).date()
        self.minutes_per_day = calendar.hours.minutes_per_day
        self._timeline: WorkingTimeline = calendar.timeline(self.origin)
        self.now_offset = self._timeline.offset(now)

    def renew(self) -> None:
        """Forget the instants remembered so far (the timeline keeps each one it converts): the
        generator renews between batches, so a large office does not hold them all."""
        self._timeline = self.calendar.timeline(self.origin)

    def offset(self, moment: datetime) -> int:
        return self._timeline.offset(moment)

    def instant(self, offset: int, *, finish: bool = False) -> datetime:
        """The instant ``offset`` working minutes from the origin, later than now too (a deadline)."""
        return self._timeline.instant(offset, finish=finish)

    def at(self, offset: int, *, finish: bool = False) -> datetime:
        """The instant ``offset`` working minutes from the origin; now's at the latest (the end of
        the last working period when now is outside working time)."""
        if offset >= self.now_offset:
            return self._timeline.instant(self.now_offset, finish=True)
        return self._timeline.instant(offset, finish=finish)

    def after(self, moment: datetime, minutes: int, *, finish: bool = False) -> datetime:
        """``minutes`` of working time after ``moment`` (before it when negative), not after now."""
        return self.at(self.offset(moment) + minutes, finish=finish)

    def working(self, moment: datetime) -> datetime:
        """``moment`` itself when the office is working then, else the next working instant (now's
        at the latest)."""
        return self.after(moment, 0)
