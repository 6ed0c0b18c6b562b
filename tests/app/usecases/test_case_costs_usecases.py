"""A case's money and failure as stored: actual costs, the failure record, compensation, margins."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import Case, CostLine, Staff
from app.domain.case_costs import ActualCostItem, CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.cost_estimate import CostItem
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, StaffRole
from app.sample.logins import DEMO_PASSWORD
from app.usecases.access import NotPermitted
from app.usecases.accounts import login
from app.usecases.case_costs import (
    approve_compensation,
    case_money,
    decline_compensation,
    delete_actual_cost,
    margins,
    propose_compensation,
    record_actual_cost,
    record_compensation,
    record_failure,
)
from app.usecases.closing import close_case
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from tests.helpers import NOW


def _one(database, query):
    with database.unit_of_work() as session:
        return session.execute(query.limit(1)).first()


def _staff(database, role: StaffRole) -> int:
    return _one(database, select(Staff.id).where(Staff.role == role).order_by(Staff.id))[0]


def _on_track_case(database) -> int:
    """An open case whose deadline is ahead and whose plan makes it."""
    return _one(
        database,
        select(Case.id)
        .where(
            Case.status.in_(OPEN_CASE_STATUSES),
            Case.requested_deadline > NOW,
            Case.projected_finish <= Case.requested_deadline,
        )
        .order_by(Case.id),
    )[0]


def _failed_case(database) -> int:
    case_id = _on_track_case(database)
    close_case(database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    return case_id


def _expedite_fee(database, case_id: int) -> int:
    return _one(
        database,
        select(CostLine.amount_fen).where(
            CostLine.case_id == case_id, CostLine.item == CostItem.EXPEDITE_FEE
        ),
    )[0]


def test_actual_costs_are_set_against_the_quote_and_leave_the_margin(sample_database):
    case_id = _on_track_case(sample_database)
    before = case_money(sample_database, case_id)
    assert before.quote[CostItem.EXPEDITE_FEE] > 0 and before.quoted_fen == sum(before.quote.values())
    with pytest.raises(ValidationFailed) as failure:
        record_actual_cost(sample_database, case_id, ActualCostItem.OVERTIME, 120_000, None, "", NOW)
    assert "hours" in failure.value.problems
    overtime = record_actual_cost(
        sample_database, case_id, ActualCostItem.OVERTIME, 120_050, 8.5, " 周末加班 ", NOW
    )
    record_actual_cost(sample_database, case_id, ActualCostItem.OTHER, 4_000, 3.0, "快递", NOW)
    money = case_money(sample_database, case_id)
    added = money.actual_total_fen - before.actual_total_fen
    assert added == 124_050
    line = next(line for line in money.actual if line.id == overtime)
    assert (line.hours, line.note) == (8.5, "周末加班")
    assert next(line for line in money.actual if line.item is ActualCostItem.OTHER).hours is None
    row = next(c for c in money.comparisons if c.item is ActualCostItem.OVERTIME)
    assert row.estimate_fen == money.quote.get(CostItem.OVERTIME, 0)
    assert money.margin.margin_fen == before.margin.margin_fen - 124_050
    delete_actual_cost(sample_database, overtime)
    assert case_money(sample_database, case_id).actual_total_fen == before.actual_total_fen + 4_000
    with pytest.raises(ValidationFailed):
        delete_actual_cost(sample_database, overtime)


def test_a_failure_is_recorded_once_per_case_for_a_missed_deadline_and_can_be_corrected(sample_database):
    coordinator = _staff(sample_database, StaffRole.COORDINATOR)
    on_track = _on_track_case(sample_database)
    with pytest.raises(ValidationFailed) as refused:
        record_failure(sample_database, on_track, Responsibility.OFFICE, "材料漏交", coordinator, NOW)
    assert "case" in refused.value.problems
    achieved = _one(sample_database, select(Case.id).where(Case.status == CaseStatus.ACHIEVED))[0]
    with pytest.raises(ValidationFailed):
        record_failure(sample_database, achieved, Responsibility.OFFICE, "材料漏交", coordinator, NOW)
    with pytest.raises(ValidationFailed) as empty:
        record_failure(sample_database, on_track, Responsibility.OFFICE, " ", None, NOW)
    assert set(empty.value.problems) == {"description", "recorded_by"}

    case_id = _failed_case(sample_database)
    record_failure(sample_database, case_id, Responsibility.OFFICE, "专员漏交股东会决议", coordinator, NOW)
    shown = case_money(sample_database, case_id).failure
    assert (shown.attribution, shown.description, shown.recorded_at) == (
        Responsibility.OFFICE,
        "专员漏交股东会决议",
        NOW,
    )
    later = NOW + timedelta(minutes=5)
    record_failure(
        sample_database, case_id, Responsibility.CLIENT, "客户迟交公章", coordinator, later, seen_at=NOW
    )
    assert case_money(sample_database, case_id).failure.attribution is Responsibility.CLIENT
    with pytest.raises(ConcurrentEdit):  # edited from a panel that still shows the first version
        record_failure(sample_database, case_id, Responsibility.EXTERNAL, "系统故障", coordinator, later, NOW)


def test_an_open_case_past_its_deadline_may_record_its_failure_before_closing(sample_database):
    coordinator = _staff(sample_database, StaffRole.COORDINATOR)
    case_id = _on_track_case(sample_database)
    deadline = case_money(sample_database, case_id).deadline
    record_failure(
        sample_database,
        case_id,
        Responsibility.EXTERNAL,
        "登记系统停机两天",
        coordinator,
        deadline + timedelta(hours=1),
    )
    assert case_money(sample_database, case_id).failure.attribution is Responsibility.EXTERNAL


def test_compensation_is_approved_by_a_manager_after_the_failure_and_counts_in_the_margin(sample_database):
    manager = _staff(sample_database, StaffRole.MANAGER)
    coordinator = _staff(sample_database, StaffRole.COORDINATOR)
    case_id = _failed_case(sample_database)
    fee = _expedite_fee(sample_database, case_id)
    with pytest.raises(ValidationFailed) as early:
        record_compensation(sample_database, case_id, CompensationKind.FEE_WAIVED, fee, "", manager, NOW)
    assert set(early.value.problems) == {"case"}
    record_failure(sample_database, case_id, Responsibility.OFFICE, "专员漏交材料", coordinator, NOW)
    with pytest.raises(ValidationFailed) as not_manager:
        record_compensation(sample_database, case_id, CompensationKind.FINE_BORNE, 100, "", coordinator, NOW)
    assert set(not_manager.value.problems) == {"approved_by"}
    with pytest.raises(ValidationFailed) as too_much:
        record_compensation(sample_database, case_id, CompensationKind.FEE_WAIVED, fee + 1, "", manager, NOW)
    assert set(too_much.value.problems) == {"amount"}

    before = case_money(sample_database, case_id)
    record_compensation(
        sample_database, case_id, CompensationKind.FEE_WAIVED, fee - 100, "全额减免", manager, NOW
    )
    with pytest.raises(ValidationFailed):  # only ¥1.00 of the fee is left to waive
        record_compensation(sample_database, case_id, CompensationKind.FEE_WAIVED, 101, "", manager, NOW)
    record_compensation(sample_database, case_id, CompensationKind.FINE_BORNE, 50_000, "滞纳金", manager, NOW)
    record_actual_cost(sample_database, case_id, ActualCostItem.OVERTIME, 150_000, 10, "", NOW)
    money = case_money(sample_database, case_id)
    assert [(c.kind, c.amount_fen) for c in money.compensation[-2:]] == [
        (CompensationKind.FEE_WAIVED, fee - 100),
        (CompensationKind.FINE_BORNE, 50_000),
    ]
    assert money.margin.revenue_fen == before.quoted_fen - (fee - 100)
    assert money.margin.margin_fen == before.margin.margin_fen - (fee - 100) - 50_000 - 150_000
    assert money.compensation_total_fen == before.compensation_total_fen + fee - 100 + 50_000
    assert money.compensation_share == money.compensation_total_fen / (
        money.compensation_total_fen + money.actual_total_fen
    )


def test_the_office_margins_sum_the_cases_closed_in_the_period(sample_database):
    manager = _staff(sample_database, StaffRole.MANAGER)
    since, until = (NOW - timedelta(days=3 * 365)).date(), NOW.date()
    with sample_database.unit_of_work() as session:
        closed = session.scalars(
            select(Case.id).where(Case.closed_at >= since, Case.closed_at < NOW.replace(hour=23, minute=59))
        ).all()
    moneys = [case_money(sample_database, case_id) for case_id in closed]
    summary = margins(sample_database, since, until)
    assert summary.cases == len(closed) > 0
    assert summary.revenue_fen == sum(m.margin.revenue_fen for m in moneys)
    assert summary.costs_fen == sum(m.actual_total_fen for m in moneys)
    assert summary.margin_fen == sum(m.margin.margin_fen for m in moneys)

    case_id = _failed_case(sample_database)  # closed at NOW: in the period
    record_failure(sample_database, case_id, Responsibility.OFFICE, "漏交材料", manager, NOW)
    record_compensation(sample_database, case_id, CompensationKind.FINE_BORNE, 12_345, "", manager, NOW)
    grown = margins(sample_database, since, until)
    assert grown.cases == summary.cases + 1
    assert grown.compensation_fen == summary.compensation_fen + 12_345
    assert margins(sample_database, until + timedelta(days=1), until + timedelta(days=30)).cases == 0


def test_a_proposal_without_a_failure_record_is_refused_as_its_approval_would_be(sample_database):
    """Seen: 待审批的赔付 listed a proposal whose 批准 answered 「请先登记失败原因和责任归属，再登记补偿」."""
    case_id = _failed_case(sample_database)
    sample_database.actor = login(sample_database, "wanglei", DEMO_PASSWORD, NOW)  # 项目经理
    with pytest.raises(ValidationFailed) as proposing:
        propose_compensation(
            sample_database, case_id, CompensationKind.OTHER, 50_000, "赔付快递费", None, NOW
        )
    sample_database.actor = login(sample_database, "zhoumingyuan", DEMO_PASSWORD, NOW)  # 主管
    with pytest.raises(ValidationFailed) as recording:
        record_compensation(sample_database, case_id, CompensationKind.OTHER, 50_000, "赔付快递费", None, NOW)
    assert (
        proposing.value.problems
        == recording.value.problems
        == {"case": "请先登记失败原因和责任归属，再登记补偿"}
    )


def test_a_coordinator_proposes_a_compensation_and_only_a_manager_approves_it(sample_database):
    """Seen: a coordinator could not even propose a compensation for the manager to approve."""
    case_id = _failed_case(sample_database)
    record_failure(
        sample_database,
        case_id,
        Responsibility.OFFICE,
        "漏交材料",
        _staff(sample_database, StaffRole.COORDINATOR),
        NOW,
    )
    sample_database.actor = login(sample_database, "wanglei", DEMO_PASSWORD, NOW)  # 项目经理
    with pytest.raises(NotPermitted):
        record_compensation(sample_database, case_id, CompensationKind.OTHER, 50_000, "", None, NOW)
    with pytest.raises(ValidationFailed) as refused:
        propose_compensation(sample_database, case_id, CompensationKind.OTHER, -1, "", None, NOW)
    assert set(refused.value.problems) == {"amount"}
    first = propose_compensation(
        sample_database, case_id, CompensationKind.OTHER, 50_000, "赔付快递费", None, NOW
    )
    second = propose_compensation(sample_database, case_id, CompensationKind.FREE_REDO, 0, "", None, NOW)
    money = case_money(sample_database, case_id)
    assert [(p.id, p.proposed_by, p.amount_fen) for p in money.proposals][0] == (first, "王磊", 50_000)
    assert money.compensation == []  # nothing given until a manager approves
    with pytest.raises(NotPermitted):
        approve_compensation(sample_database, first, NOW)

    sample_database.actor = login(sample_database, "zhoumingyuan", DEMO_PASSWORD, NOW)  # 主管
    version = money.proposals[0].version
    approve_compensation(sample_database, first, NOW + timedelta(hours=1), version)
    with pytest.raises(ConcurrentEdit):  # decided meanwhile at another desk
        approve_compensation(sample_database, first, NOW, version)
    with pytest.raises(ValidationFailed, match="已处理"):
        decline_compensation(sample_database, first, "重复", NOW)
    with pytest.raises(ValidationFailed) as refused:
        decline_compensation(sample_database, second, " ", NOW)
    assert set(refused.value.problems) == {"reason"}
    decline_compensation(sample_database, second, "客户未要求重办", NOW)
    money = case_money(sample_database, case_id)
    assert money.proposals == []
    assert [(c.kind, c.amount_fen, c.note, c.approved_by) for c in money.compensation] == [
        (CompensationKind.OTHER, 50_000, "赔付快递费", "周明远")
    ]
