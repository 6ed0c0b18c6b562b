"""Cost estimates: amounts as typed, exact totals, the approval threshold."""

from decimal import Decimal

import pytest

from app.domain.cost_estimate import CostEstimate, CostItem, format_yuan, parse_amount


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1200", "1200.00"), ("1,200.5", "1200.50"), ("¥3000", "3000.00"), ("￥800元", "800.00"), ("", "0.00"),
     ("１，２００", "1200.00"), ("一千二", "1200.00"), ("一千", "1000.00"), ("两千五百元", "2500.00"),
     ("壹万贰仟元整", "12000.00"), ("1.2万", "12000.00"), ("3千", "3000.00"), ("三百元五角", "300.50"),
     ("五角三分", "0.53"), ("一万二", "12000.00")],
)  # fmt: skip
def test_amounts_are_read_as_typed(text, amount):
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "why"),
    [("-5", "不小于 0"), ("12.345", "最多两位小数"), ("1200.555", "最多两位小数"), ("1e3x", "无法识别"),
     ("一千二百五十元五", "无法识别"), ("三千五五", "无法识别"), ("1.2.3万", "无法识别"),
     ("1.2345678万", "最多两位小数")],
)  # fmt: skip
def test_bad_amounts_are_explained(text, why):
    with pytest.raises(ValueError, match=why):
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
