"""A case's money after the fact: margin, estimate against actual, compensation rules, in exact fen."""

from datetime import datetime, timedelta

import pytest

from app.domain.case_costs import (
    ActualCostItem,
    CompensationKind,
    actual_cost_problems,
    compare_items,
    compensation_problems,
    compensation_share,
    failure_allowed,
    format_fen,
    margin,
)
from app.domain.cost_estimate import CostItem, parse_amount
from app.domain.vocabulary import CaseStatus, StaffRole

FEE = 800_000  # ¥8,000.00 expedite fee


def test_margin_is_the_quote_less_waived_fee_costs_and_compensation_to_the_fen():
    actual = {ActualCostItem.OVERTIME: 120_010, ActualCostItem.OTHER: 3_333}
    result = margin(1_234_560, actual, compensation_fen=50_001, fee_waived_fen=100_000)
    assert result.revenue_fen == 1_134_560
    assert result.costs_fen == 123_343
    assert result.margin_fen == 1_134_560 - 123_343 - 50_001 == 961_216
    assert result.rate == pytest.approx(961_216 / 1_134_560)


def test_a_loss_is_a_negative_margin_and_shown_with_its_sign():
    result = margin(100_000, {ActualCostItem.EXPERT_PREMIUM: 90_000}, 30_050, 0)
    assert result.margin_fen == -20_050
    assert result.rate == pytest.approx(-0.2005)
    assert format_fen(result.margin_fen) == "-¥200.50"
    assert format_fen(123_450) == "¥1,234.50"


def test_no_revenue_has_no_margin_rate():
    nothing = margin(0, {}, 0, 0)
    assert (nothing.margin_fen, nothing.rate) == (0, None)
    all_waived = margin(FEE, {ActualCostItem.OVERTIME: 10_000}, 0, FEE)
    assert (all_waived.revenue_fen, all_waived.margin_fen, all_waived.rate) == (0, -10_000, None)


def test_actual_costs_are_compared_with_their_estimate_line_and_other_has_none():
    estimate = {CostItem.EXPEDITE_FEE: FEE, CostItem.OVERTIME: 150_000, CostItem.CHANNEL_FEE: 50_000}
    rows = {
        row.item: row
        for row in compare_items(estimate, {ActualCostItem.OVERTIME: 180_050, ActualCostItem.OTHER: 2_000})
    }
    assert list(rows) == list(ActualCostItem)
    assert (rows[ActualCostItem.OVERTIME].estimate_fen, rows[ActualCostItem.OVERTIME].difference_fen) == (
        150_000,
        30_050,
    )
    assert rows[ActualCostItem.CHANNEL_FEE].difference_fen == -50_000  # estimated, not spent
    assert rows[ActualCostItem.EXPERT_PREMIUM].estimate_fen == 0
    assert (
        rows[ActualCostItem.OTHER].estimate_fen is None and rows[ActualCostItem.OTHER].difference_fen is None
    )


def test_compensation_share_counts_the_compensation_in_the_total_cost():
    assert compensation_share(30_000, 90_000) == 0.25
    assert compensation_share(0, 90_000) == 0.0
    assert compensation_share(50_000, 0) == 1.0
    assert compensation_share(0, 0) is None


def test_a_manager_approves_compensation_and_a_waived_fee_stays_within_the_quote():
    assert compensation_problems(CompensationKind.FEE_WAIVED, FEE, StaffRole.MANAGER, FEE) == {}
    assert "approved_by" in compensation_problems(
        CompensationKind.FINE_BORNE, 100, StaffRole.COORDINATOR, FEE
    )
    assert "approved_by" in compensation_problems(CompensationKind.FINE_BORNE, 100, None, FEE)
    assert "amount" in compensation_problems(CompensationKind.FREE_REDO, -1, StaffRole.MANAGER, FEE)
    over = compensation_problems(CompensationKind.FEE_WAIVED, FEE + 1, StaffRole.MANAGER, FEE)
    assert "¥8,000.00" in over["amount"]
    later = compensation_problems(CompensationKind.FEE_WAIVED, 300_001, StaffRole.MANAGER, FEE, 500_000)
    assert "¥3,000.00" in later["amount"]
    assert compensation_problems(CompensationKind.FINE_BORNE, FEE * 3, StaffRole.MANAGER, FEE) == {}


def test_overtime_needs_its_hours():
    assert "hours" in actual_cost_problems(ActualCostItem.OVERTIME, 10_000, None, "")
    assert "hours" in actual_cost_problems(ActualCostItem.OVERTIME, 10_000, 0, "")
    assert actual_cost_problems(ActualCostItem.OVERTIME, int(parse_amount("1,200") * 100), 8, "") == {}
    assert actual_cost_problems(ActualCostItem.OTHER, 0, None, "快递") == {}
    assert "note" in actual_cost_problems(ActualCostItem.OTHER, 0, None, "长" * 201)


def test_a_failure_is_recorded_once_the_deadline_is_or_will_be_missed():
    now = datetime(2026, 11, 23, 10, 0)
    ahead, behind = now + timedelta(days=1), now - timedelta(hours=1)
    assert failure_allowed(CaseStatus.FAILED, ahead, None, now)
    assert failure_allowed(CaseStatus.ACHIEVED_LATE, behind, None, now)
    assert not failure_allowed(CaseStatus.ACHIEVED, behind, None, now)
    assert not failure_allowed(CaseStatus.WITHDRAWN, behind, None, now)
    assert failure_allowed(CaseStatus.ACTIVE, behind, None, now)
    assert failure_allowed(CaseStatus.ACTIVE, ahead, ahead + timedelta(hours=2), now)  # projected late
    assert not failure_allowed(CaseStatus.ACTIVE, ahead, ahead - timedelta(hours=2), now)


def test_a_negative_actual_cost_is_refused():
    assert actual_cost_problems(ActualCostItem.OTHER, -1, None, "") == {"amount": "金额不能为负数"}
    assert actual_cost_problems(ActualCostItem.OTHER, 0, None, "") == {}


def test_overtime_hours_beyond_a_month_of_hours_or_below_zero_are_refused():
    message = {"hours": "工时应在 0 到 744 小时之间"}
    assert actual_cost_problems(ActualCostItem.OVERTIME, 10_000, 745, "") == message
    assert actual_cost_problems(ActualCostItem.OTHER, 10_000, -0.5, "") == message
    assert actual_cost_problems(ActualCostItem.OVERTIME, 10_000, 744, "") == {}
