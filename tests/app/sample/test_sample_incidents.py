"""The sample's incidents, clocks and risk windows: enough of every kind for the demo's screens."""

import random
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.models import (
    Case,
    ContingencyPlanRecord,
    IncidentRecord,
    IncidentStep,
    RiskWindow,
    SlaClockRecord,
    Staff,
)
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import StaffRole
from app.sample.incidents import generate_sample_incidents
from app.usecases.contingency_plans import builtin_plans
from app.usecases.incidents import open_incidents
from app.usecases.risk_calendar import cases_crossing_windows, list_windows
from tests.helpers import NOW


def _counts(database):
    with database.unit_of_work() as session:  # the office may already hold the sample's incidents
        return {
            model: session.scalar(select(func.count()).select_from(model))
            for model in (IncidentRecord, SlaClockRecord, RiskWindow)
        }


@pytest.mark.slow
def test_open_and_closed_cases_get_incidents_with_plans_clocks_and_escalations(large_sample_database):
    database = large_sample_database
    before = _counts(database)
    generate_sample_incidents(database, random.Random(1), NOW)
    with database.unit_of_work() as session:
        incidents = session.execute(
            select(
                IncidentRecord.id, IncidentRecord.case_id, IncidentRecord.level, IncidentRecord.category,
                IncidentRecord.plan_id, IncidentRecord.escalated_to_id, IncidentRecord.resolved_at,
                IncidentRecord.clock_id, IncidentRecord.reported_at, Case.status, Case.created_at,
            ).join(Case, Case.id == IncidentRecord.case_id).order_by(IncidentRecord.id)
        ).all()[before[IncidentRecord]:]  # fmt: skip
        clocks = {
            row.id: row
            for row in session.scalars(
                select(SlaClockRecord).where(SlaClockRecord.id.in_([i.clock_id for i in incidents]))
            )
        }
        managers = set(session.scalars(select(Staff.id).where(Staff.role == StaffRole.MANAGER)))
        steps = session.scalar(select(func.count()).select_from(IncidentStep))
        assert session.scalar(select(func.count()).select_from(ContingencyPlanRecord)) == len(builtin_plans())
        assert session.scalar(select(func.count()).select_from(RiskWindow)) >= 5
    open_cases = [i for i in incidents if i.status.is_open]
    closed_cases = [i for i in incidents if not i.status.is_open]
    assert len(open_cases) >= 3 and len(closed_cases) >= 20
    assert all(i.resolved_at is not None for i in closed_cases)
    assert any(i.resolved_at is None for i in open_cases)
    assert {i.level for i in incidents} == set(ResponseLevel) and len({i.category for i in incidents}) >= 6
    assert sum(i.plan_id is not None for i in incidents) > len(incidents) / 2 and steps > len(incidents)
    assert all(i.escalated_to_id in managers for i in incidents if i.level is ResponseLevel.L3)
    assert all(i.reported_at >= i.created_at for i in incidents)
    for incident in incidents:
        clock = clocks[incident.clock_id]
        assert clock.started_at == incident.reported_at and clock.level is incident.level
        if incident.resolved_at is not None:
            assert clock.stopped_at == incident.resolved_at and clock.breach_minutes is not None
    assert any(clock.breach_minutes for clock in clocks.values())  # some were answered late
    unresolved = {i.id for i in open_cases if i.resolved_at is None}
    assert unresolved <= {i.id for i in open_incidents(database, NOW)}  # the dashboard lists them


@pytest.mark.slow
def test_the_sample_windows_are_added_once_and_open_plans_cross_them(large_sample_database):
    database = large_sample_database
    generate_sample_incidents(database, random.Random(2), NOW)
    generate_sample_incidents(database, random.Random(3), NOW)
    with database.unit_of_work() as session:
        titles = session.scalars(select(RiskWindow.title)).all()
    assert len(titles) == len(set(titles)) >= 5
    assert {"金税系统升级", "春节前后窗口收件暂停", "海关系统切换", "两会期间"} <= set(titles)
    soon = [w for w in list_windows(database, NOW) if w.starts_at < NOW + timedelta(days=30)]
    assert len(soon) >= 3
    assert cases_crossing_windows(database, NOW)  # open plans run into them
