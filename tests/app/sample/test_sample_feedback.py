"""Sample feedback, costs, failures and compensation: plausible, consistent, and safe to run twice."""

import random
from collections import Counter, defaultdict

from sqlalchemy import func, select

from app.db.models import (
    ActualCost,
    Case,
    ClientFeedback,
    CompensationProposal,
    CompensationRecord,
    CostLine,
    FailureRecord,
    IncidentRecord,
    SlaClockRecord,
    Staff,
)
from app.domain.case_costs import ESTIMATED_AS, ActualCostItem, CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.cost_estimate import CostItem
from app.domain.incident import IncidentCategory
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import CaseStatus, StaffRole
from app.sample.feedback import generate_sample_feedback
from app.sample.office import generate_sample_office
from tests.helpers import NOW

CLOSING_RANGE = {
    CaseStatus.ACHIEVED: range(4, 6),
    CaseStatus.ACHIEVED_LATE: range(2, 5),
    CaseStatus.FAILED: range(1, 4),
    CaseStatus.WITHDRAWN: range(3, 6),
}
TABLES = (ClientFeedback, ActualCost, FailureRecord, CompensationRecord, IncidentRecord, SlaClockRecord)


def _rows(database, query):
    with database.unit_of_work() as session:
        return session.execute(query).all()


def _counts(database) -> dict:
    with database.unit_of_work() as session:
        return {model: session.scalar(select(func.count()).select_from(model)) for model in TABLES}


def test_the_sample_office_gets_feedback_costs_failures_and_compensation(large_sample_database):
    generate_sample_feedback(large_sample_database, random.Random(3), NOW)
    status = dict(_rows(large_sample_database, select(Case.id, Case.status)))

    feedback = _rows(
        large_sample_database,
        select(
            ClientFeedback.case_id,
            ClientFeedback.at_closing,
            ClientFeedback.satisfaction,
            ClientFeedback.complaint,
            ClientFeedback.incident_id,
            ClientFeedback.taken_at,
        ),
    )
    closing = [row for row in feedback if row.at_closing]
    assert len(closing) > 0.7 * sum(s is CaseStatus.ACHIEVED for s in status.values())
    assert any(not row.at_closing for row in feedback)
    assert all(row.satisfaction in CLOSING_RANGE[status[row.case_id]] for row in closing)
    assert all(row.taken_at <= NOW for row in feedback)
    complaints = [row for row in feedback if row.complaint]
    assert 0.01 < len(complaints) / len(feedback) < 0.07
    incidents = {
        row.id: row
        for row in _rows(
            large_sample_database,
            select(
                IncidentRecord.id,
                IncidentRecord.case_id,
                IncidentRecord.category,
                IncidentRecord.level,
                SlaClockRecord.minutes,
                SlaClockRecord.started_at,
                SlaClockRecord.stopped_at,
            ).join(SlaClockRecord, SlaClockRecord.id == IncidentRecord.clock_id),
        )
    }
    assert all(row.incident_id is None for row in feedback if not row.complaint)
    for row in complaints:
        incident = incidents[row.incident_id]
        assert (incident.case_id, incident.category, incident.level, incident.minutes) == (
            row.case_id,
            IncidentCategory.COMPLAINT,
            ResponseLevel.L2,
            120,
        )
        assert incident.started_at == row.taken_at
        assert incident.stopped_at is None or row.taken_at < incident.stopped_at <= NOW

    quotes: dict[int, dict] = defaultdict(dict)
    for case_id, item, fen in _rows(
        large_sample_database, select(CostLine.case_id, CostLine.item, CostLine.amount_fen)
    ):
        quotes[case_id][item] = fen
    spent = _rows(
        large_sample_database,
        select(ActualCost.case_id, ActualCost.item, ActualCost.amount_fen, ActualCost.hours),
    )
    assert {status[case_id] for case_id, *_ in spent} >= {CaseStatus.ACHIEVED, CaseStatus.ACTIVE}
    assert not {status[case_id] for case_id, *_ in spent} & {CaseStatus.INTAKE, CaseStatus.ACCEPTED}
    for case_id, item, fen, hours in spent:
        assert (hours is not None and hours > 0) == (item is ActualCostItem.OVERTIME)
        estimate = quotes[case_id].get(ESTIMATED_AS[item], 0) if ESTIMATED_AS[item] else 0
        if status[case_id] is CaseStatus.ACHIEVED and estimate:
            assert 0.69 * estimate <= fen <= 1.31 * estimate

    failures = dict(_rows(large_sample_database, select(FailureRecord.case_id, FailureRecord.attribution)))
    # Every failed case, and the open ones past their deadline whose delay a coordinator recorded
    # before proposing compensation (the office's own failure).
    proposed = {case_id for (case_id,) in _rows(large_sample_database, select(CompensationProposal.case_id))}
    failed = {case_id for case_id, s in status.items() if s is CaseStatus.FAILED}
    assert set(failures) - failed == {case_id for case_id in proposed if status[case_id] is CaseStatus.ACTIVE}
    assert failed <= set(failures)
    managers = set(_rows(large_sample_database, select(Staff.id).where(Staff.role == StaffRole.MANAGER)))
    compensation = _rows(
        large_sample_database,
        select(
            CompensationRecord.case_id,
            CompensationRecord.kind,
            CompensationRecord.amount_fen,
            CompensationRecord.approved_by_id,
        ),
    )
    assert compensation
    assert all(failures[row.case_id] is Responsibility.OFFICE for row in compensation)
    assert all((row.approved_by_id,) in managers for row in compensation)
    waived = Counter()
    for row in compensation:
        if row.kind is CompensationKind.FEE_WAIVED:
            waived[row.case_id] += row.amount_fen
    assert all(fen <= quotes[case_id][CostItem.EXPEDITE_FEE] for case_id, fen in waived.items())


def test_a_second_run_adds_only_for_the_cases_added_since(database):
    generate_sample_office(database, 60, seed=7, now=NOW)
    generate_sample_feedback(database, random.Random(7), NOW)
    once = _counts(database)
    assert once[ClientFeedback] and once[ActualCost]
    generate_sample_feedback(database, random.Random(8), NOW)
    assert _counts(database) == once
    generate_sample_office(database, 20, seed=8, now=NOW)
    generate_sample_feedback(database, random.Random(8), NOW)
    newer = _rows(database, select(ActualCost.case_id).where(ActualCost.id > once[ActualCost]))
    assert newer and min(case_id for (case_id,) in newer) > 60
