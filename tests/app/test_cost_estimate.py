"""Cost estimates: amounts as typed, exact totals, the approval threshold."""

from decimal import Decimal

import pytest

from app.domain.cost_estimate import CostEstimate, CostItem, format_yuan, parse_amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1200", "1200.00"), ("1,200.5", "1200.50"), ("¥3000", "3000.00"), ("￥800元", "800.00"), ("", "0.00")],
)
def test_amounts_are_read_as_typed(text, amount):
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["一千", "-5", "12.345", "1e3x"])
def test_bad_amounts_are_explained(text):
    with pytest.raises(ValueError, match="金额"):
        parse_amount(text)


def test_total_is_exact_and_approval_follows_the_threshold():
    estimate = CostEstimate({
        CostItem.EXPEDITE_FEE: parse_amount("8000"),
        CostItem.OVERTIME: parse_amount("1200.10"),
        CostItem.EXPERT_PREMIUM: parse_amount("2000"),
        CostItem.CHANNEL_FEE: parse_amount("1145.50"),
    })  # fmt: skip
    assert estimate.total == Decimal("12345.60")
    assert format_yuan(estimate.total) == "¥12,345.60"
    assert estimate.needs_approval(Decimal("10000")) and not estimate.needs_approval(Decimal("12345.60"))
