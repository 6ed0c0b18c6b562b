"""SLA clock arithmetic: lunch breaks, weekends, holidays, make-up days, 7×24, pauses, breaches."""

from datetime import datetime

import pytest

from app.domain.sla import Clock, ClockState, Pause, clock_calendar
from app.domain.working_calendar import WorkingCalendar

OFFICE = WorkingCalendar()  # 09:00-12:00, 13:30-18:00


@pytest.mark.parametrize(
    ("started", "due"),
    [
        (datetime(2026, 11, 23, 11, 50), datetime(2026, 11, 23, 13, 50)),  # across lunch
        (datetime(2026, 11, 27, 17, 50), datetime(2026, 11, 30, 9, 20)),  # Friday evening → Monday
        (datetime(2026, 9, 30, 17, 50), datetime(2026, 10, 8, 9, 20)),  # across the National Day holiday
        (datetime(2026, 10, 9, 17, 50), datetime(2026, 10, 10, 9, 20)),  # to a make-up working Saturday
        (datetime(2026, 11, 28, 10, 0), datetime(2026, 11, 30, 9, 30)),  # started on a weekend
    ],
)
def test_a_basic_clients_clock_runs_on_working_time(started, due):
    assert Clock(started, 30).due(clock_calendar(False, OFFICE), started) == due


def test_a_vip_clock_runs_around_the_clock():
    calendar = clock_calendar(True, OFFICE)
    started = datetime(2026, 11, 27, 23, 50)
    assert Clock(started, 30).due(calendar, started) == datetime(2026, 11, 28, 0, 20)


def test_a_pause_while_waiting_on_the_client_does_not_count():
    started = datetime(2026, 11, 23, 10, 0)
    clock = Clock(started, 120, (Pause(datetime(2026, 11, 23, 10, 30), datetime(2026, 11, 23, 11, 30)),))
    assert clock.due(OFFICE, datetime(2026, 11, 23, 12, 0)) == datetime(2026, 11, 23, 14, 30)
    assert clock.used_minutes(OFFICE, datetime(2026, 11, 23, 12, 0)) == 60
    running = Clock(started, 120, (Pause(datetime(2026, 11, 23, 10, 30)),))
    assert running.state(OFFICE, datetime(2026, 11, 23, 15, 0)) is ClockState.PAUSED
    assert running.used_minutes(OFFICE, datetime(2026, 11, 23, 15, 0)) == 30


def test_states_and_breaches():
    started = datetime(2026, 11, 23, 9, 0)
    clock = Clock(started, 60)
    assert clock.state(OFFICE, datetime(2026, 11, 23, 9, 30)) is ClockState.RUNNING
    assert clock.state(OFFICE, datetime(2026, 11, 23, 9, 50)) is ClockState.NEAR_BREACH
    assert clock.state(OFFICE, datetime(2026, 11, 23, 10, 15)) is ClockState.BREACHED
    assert clock.breach_minutes(OFFICE, datetime(2026, 11, 23, 10, 15)) == 15
    met = Clock(started, 60, stopped=datetime(2026, 11, 23, 9, 45))
    assert met.state(OFFICE, datetime(2026, 11, 23, 16, 0)) is ClockState.MET
    missed = Clock(started, 60, stopped=datetime(2026, 11, 23, 13, 45))  # 3 h before lunch + 15 min after
    assert missed.state(OFFICE, datetime(2026, 11, 23, 16, 0)) is ClockState.MISSED
    assert missed.breach_minutes(OFFICE, datetime(2026, 11, 23, 16, 0)) == 135
