"""SLA clocks as stored: the office's promises, the client's tier, pause and resume, breaches."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.db.models import Case, Client, IncidentRecord, SlaClockRecord
from app.domain.incident import IncidentCategory
from app.domain.sla import ClockState, ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceTier
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.incidents import IncidentReport, open_incident_in
from app.usecases.sla_clocks import (
    case_clocks,
    load_sla_settings,
    pause_clock,
    resume_clock,
    running_clocks,
    save_sla_settings,
    start_clock,
    start_manual_clock,
    stop_clock,
)

MONDAY = datetime(2026, 11, 23, 11, 50)


def _case_of_tier(database, tier: ServiceTier) -> int:
    with database.unit_of_work() as session:
        case_id, client_id = session.execute(
            select(Case.id, Case.client_id).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id)
        ).first()
        session.execute(update(Client).where(Client.id == client_id).values(tier=tier))
        return case_id


def _start(database, case_id: int, level=ResponseLevel.L2, at=MONDAY) -> int:
    with database.unit_of_work() as session:
        return start_clock(session, case_id, "客户来电催办", level, at).id


def test_a_basic_clients_clock_skips_lunch_and_a_vips_does_not(sample_database):
    basic = _start(sample_database, _case_of_tier(sample_database, ServiceTier.BASIC))
    [view] = [
        c for c in case_clocks(sample_database, _case_id(sample_database, basic), MONDAY) if c.id == basic
    ]
    assert (view.minutes, view.around_the_clock) == (120, False)
    assert view.due_at == datetime(2026, 11, 23, 15, 20)  # 10 min before lunch, 110 after it
    vip = _start(sample_database, _case_of_tier(sample_database, ServiceTier.VIP))
    [view] = [c for c in running_clocks(sample_database, MONDAY) if c.id == vip]
    assert view.around_the_clock and view.due_at == datetime(2026, 11, 23, 13, 50)


def _case_id(database, clock_id: int) -> int:
    with database.unit_of_work() as session:
        return session.get(SlaClockRecord, clock_id).case_id


def test_pause_and_resume_move_the_due_time_and_a_late_stop_records_the_breach(sample_database):
    case_id = _case_of_tier(sample_database, ServiceTier.BASIC)
    clock = _start(sample_database, case_id, ResponseLevel.L1, datetime(2026, 11, 23, 9, 0))
    with pytest.raises(ValidationFailed) as failure:
        pause_clock(sample_database, clock, datetime(2026, 11, 23, 9, 5), "  ")
    assert "reason" in failure.value.problems
    pause_clock(sample_database, clock, datetime(2026, 11, 23, 9, 5), "等待客户补充身份证复印件")
    with pytest.raises(ValidationFailed):
        pause_clock(sample_database, clock, datetime(2026, 11, 23, 9, 6), "再次暂停")
    [paused] = case_clocks(sample_database, case_id, datetime(2026, 11, 23, 10, 0))
    assert paused.state is ClockState.PAUSED and paused.used_minutes == 5
    resume_clock(sample_database, clock, datetime(2026, 11, 23, 10, 0))
    [running] = case_clocks(sample_database, case_id, datetime(2026, 11, 23, 10, 4))
    assert running.due_at == datetime(2026, 11, 23, 10, 5) and running.state is ClockState.NEAR_BREACH
    assert stop_clock(sample_database, clock, datetime(2026, 11, 23, 10, 12), version=running.version) == 7
    [stopped] = case_clocks(sample_database, case_id, datetime(2026, 11, 23, 12, 0))
    assert (stopped.state, stopped.breach_minutes) == (ClockState.MISSED, 7)
    with pytest.raises(ValidationFailed):
        stop_clock(sample_database, clock, datetime(2026, 11, 23, 10, 13))
    assert clock not in {c.id for c in running_clocks(sample_database, datetime(2026, 11, 23, 12, 0))}


def test_a_stale_clock_is_refused(sample_database):
    clock = _start(sample_database, _case_of_tier(sample_database, ServiceTier.BASIC))
    stop_clock(sample_database, clock, MONDAY + timedelta(minutes=5))
    with pytest.raises(ConcurrentEdit):
        resume_clock(sample_database, clock, MONDAY + timedelta(minutes=6), version=1)


def test_the_offices_promises_are_editable_and_checked(sample_database):
    settings = load_sla_settings(sample_database)
    assert settings.level_minutes == {ResponseLevel.L1: 10, ResponseLevel.L2: 120, ResponseLevel.L3: 1440}
    with pytest.raises(ValidationFailed) as failure:
        save_sla_settings(sample_database, type(settings)({**settings.level_minutes, ResponseLevel.L1: 0}))
    assert "l1" in failure.value.problems
    with pytest.raises(ValidationFailed) as failure:
        save_sla_settings(sample_database, type(settings)({**settings.level_minutes, ResponseLevel.L1: 200}))
    assert "由急到缓" in failure.value.problems["l2"]
    save_sla_settings(
        sample_database,
        type(settings)({**settings.level_minutes, ResponseLevel.L1: 15}, basic_around_the_clock=True),
    )
    case_id = _case_of_tier(sample_database, ServiceTier.BASIC)
    clock = _start(sample_database, case_id, ResponseLevel.L1)
    [view] = [c for c in case_clocks(sample_database, case_id, MONDAY) if c.id == clock]
    assert (view.minutes, view.around_the_clock) == (15, True)


def test_a_level_three_incident_is_escalated_at_once_with_a_day_on_its_clock(sample_database):
    case_id = _case_of_tier(sample_database, ServiceTier.BASIC)
    with sample_database.unit_of_work() as session:
        incident = open_incident_in(
            session,
            IncidentReport(case_id, IncidentCategory.SYSTEM_OUTAGE, ResponseLevel.L3, "金税系统宕机", None),
            MONDAY,
        )
        incident_id = incident.id
    with sample_database.unit_of_work() as session:
        row = session.get(IncidentRecord, incident_id)
        clock = session.get(SlaClockRecord, row.clock_id)
        assert row.escalated_to_id is not None and row.escalated_at == MONDAY
        assert (clock.level, clock.minutes) == (ResponseLevel.L3, 1440)
    with sample_database.unit_of_work() as session, pytest.raises(ValidationFailed):
        open_incident_in(
            session, IncidentReport(case_id, IncidentCategory.OTHER, ResponseLevel.L1, " ", None), MONDAY
        )


def test_a_clock_started_by_hand_needs_what_it_is_for_and_an_open_case(sample_database):
    case_id = _case_of_tier(sample_database, ServiceTier.BASIC)
    with pytest.raises(ValidationFailed) as refused:
        start_manual_clock(sample_database, case_id, "  ", ResponseLevel.L2, MONDAY)
    assert set(refused.value.problems) == {"title"}
    clock_id = start_manual_clock(sample_database, case_id, " 回电说明补正要求 ", ResponseLevel.L3, MONDAY)
    clock = next(c for c in case_clocks(sample_database, case_id, MONDAY) if c.id == clock_id)
    assert (clock.title, clock.level, clock.minutes) == ("回电说明补正要求", ResponseLevel.L3, 24 * 60)
    pause_clock(sample_database, clock_id, MONDAY, "客户出差")
    paused = next(c for c in case_clocks(sample_database, case_id, MONDAY) if c.id == clock_id)
    assert paused.paused and paused.pause_reason == "客户出差"
    with sample_database.unit_of_work() as session:
        closed = session.scalar(select(Case.id).where(Case.status.not_in(OPEN_CASE_STATUSES)).limit(1))
    with pytest.raises(ValidationFailed) as refused:
        start_manual_clock(sample_database, closed, "回电", ResponseLevel.L2, MONDAY)
    assert set(refused.value.problems) == {"case"}
