"""The one clock every page and use case reads."""

from datetime import datetime, timedelta

from app.domain.clock import Clock, FixedClock
from tests.helpers import NOW


def test_the_computer_clock_is_to_the_second_and_its_minute_to_the_minute():
    before = datetime.now().replace(microsecond=0)
    now = Clock().now()
    assert before <= now <= datetime.now() and now.microsecond == 0
    minute = Clock().minute()
    assert minute.second == 0 and minute.microsecond == 0 and Clock().today() >= before.date()


def test_a_fixed_clock_shows_its_moment_until_it_is_set_or_moved_on():
    clock = FixedClock(NOW.replace(second=42, microsecond=5))
    assert clock.now() == NOW.replace(second=42) and clock.minute() == NOW and clock.today() == NOW.date()
    clock.advance(timedelta(days=2, minutes=5))
    assert clock.now() == NOW + timedelta(days=2, minutes=5, seconds=42)
    clock.set(datetime(2026, 12, 31, 23, 40, 7, 9))
    assert clock.now() == datetime(2026, 12, 31, 23, 40, 7) and clock.today().year == 2026
