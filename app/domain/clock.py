"""Where "now" comes from: one clock per open database, so every page and use case agrees on the
time and the tests can set it (never ``datetime.now()`` in a page or use case).

Moments are naive Beijing wall-clock times, as the office writes them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta


class Clock:
    """The computer's wall clock."""

    def now(self) -> datetime:
        """Now, to the second."""
        return datetime.now().replace(microsecond=0)

    def minute(self) -> datetime:
        """Now, to the minute: what a clerk would type in a date-and-time field."""
        return self.now().replace(second=0)

    def today(self) -> date:
        return self.now().date()


class FixedClock(Clock):
    """A clock that shows the moment it is given until it is set or moved on (tests, demos)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment.replace(microsecond=0)

    def now(self) -> datetime:
        return self.moment

    def set(self, moment: datetime) -> None:
        self.moment = moment.replace(microsecond=0)

    def advance(self, delta: timedelta) -> None:
        self.moment += delta
