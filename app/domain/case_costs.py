"""A case's money after the fact: actual costs against the intake estimate, compensation when the
office fails, and the margin that is left. Amounts in fen, exact.

Revenue is the intake quote (every estimate line, the expedite fee included). A waived expedite fee
is revenue not earned; every other compensation (a free redo, a fine borne) is money paid out, a
cost of the failure. The margin is what is left of the revenue after the actual costs and that
compensation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.domain.cost_estimate import CostItem
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, LabelledEnum, StaffRole

#: The longest note on a cost line (the column's length).
NOTE_LIMIT = 200
#: Overtime hours a single line may carry: a month of days and nights is already a typing error.
MAX_OVERTIME_HOURS = 744


class ActualCostItem(LabelledEnum):
    OVERTIME = "overtime", QT_TRANSLATE_NOOP("vocabulary", "加班费")
    EXPERT_PREMIUM = "expert_premium", QT_TRANSLATE_NOOP("vocabulary", "专家溢价")
    CHANNEL_FEE = "channel_fee", QT_TRANSLATE_NOOP("vocabulary", "特殊通道费")
    OTHER = "other", QT_TRANSLATE_NOOP("vocabulary", "其他")


class CompensationKind(LabelledEnum):
    FEE_WAIVED = "fee_waived", QT_TRANSLATE_NOOP("vocabulary", "免收加急费")
    FREE_REDO = "free_redo", QT_TRANSLATE_NOOP("vocabulary", "免费重新办理")
    FINE_BORNE = "fine_borne", QT_TRANSLATE_NOOP("vocabulary", "承担罚款")
    OTHER = "other", QT_TRANSLATE_NOOP("vocabulary", "其他补偿")


#: The estimate line an actual cost is compared with; "other" was never estimated.
ESTIMATED_AS: dict[ActualCostItem, CostItem | None] = {
    ActualCostItem.OVERTIME: CostItem.OVERTIME,
    ActualCostItem.EXPERT_PREMIUM: CostItem.EXPERT_PREMIUM,
    ActualCostItem.CHANNEL_FEE: CostItem.CHANNEL_FEE,
    ActualCostItem.OTHER: None,
}


def yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def fen_of(amount: Decimal) -> int:
    """Yuan (as ``parse_amount`` reads them, at most two decimals) to fen."""
    return int(amount * 100)


def format_fen(fen: int) -> str:
    """``¥1,234.50``, and ``-¥1,234.50`` for a loss."""
    text = f"¥{yuan(abs(fen)):,.2f}"
    return f"-{text}" if fen < 0 else text


@dataclass(frozen=True)
class Margin:
    quoted_fen: int  # the intake quote
    fee_waived_fen: int
    costs_fen: int  # actual costs
    compensation_fen: int  # paid out for a failure, the waived fee not included

    @property
    def revenue_fen(self) -> int:
        return self.quoted_fen - self.fee_waived_fen

    @property
    def margin_fen(self) -> int:
        return self.revenue_fen - self.costs_fen - self.compensation_fen

    @property
    def rate(self) -> float | None:
        """The margin as a share of revenue; None when there is no revenue to share."""
        return self.margin_fen / self.revenue_fen if self.revenue_fen > 0 else None


def margin(
    quoted_fen: int, actual: dict[ActualCostItem, int], compensation_fen: int, fee_waived_fen: int
) -> Margin:
    """The case's margin: the quote less the waived fee, the actual costs and other compensation."""
    return Margin(quoted_fen, fee_waived_fen, sum(actual.values()), compensation_fen)


@dataclass(frozen=True)
class ItemComparison:
    item: ActualCostItem
    estimate_fen: int | None  # None: not an estimated item
    actual_fen: int

    @property
    def difference_fen(self) -> int | None:
        """Actual over estimate (negative: under); None for an item never estimated."""
        return None if self.estimate_fen is None else self.actual_fen - self.estimate_fen


def compare_items(estimate: dict[CostItem, int], actual: dict[ActualCostItem, int]) -> list[ItemComparison]:
    """Every actual-cost item against its estimate line, in the items' order."""
    return [
        ItemComparison(
            item,
            None if (line := ESTIMATED_AS[item]) is None else estimate.get(line, 0),
            actual.get(item, 0),
        )
        for item in ActualCostItem
    ]


def compensation_share(compensation_fen: int, actual_total_fen: int) -> float | None:
    """The failure's compensation as a share of what the case cost in all: its actual costs plus
    the compensation itself (so the share stays between 0 and 1). None when nothing was spent."""
    total = compensation_fen + actual_total_fen
    return compensation_fen / total if total > 0 else None


def actual_cost_problems(
    item: ActualCostItem, amount_fen: int, hours: float | None, note: str
) -> dict[str, str]:
    problems = {}
    if amount_fen < 0:
        problems["amount"] = QT_TRANSLATE_NOOP("messages", "金额不能为负数")
    if item is ActualCostItem.OVERTIME and (hours is None or hours <= 0):
        problems["hours"] = QT_TRANSLATE_NOOP("messages", "加班费请填写加班工时（小时）")
    elif hours is not None and not 0 <= hours <= MAX_OVERTIME_HOURS:
        problems["hours"] = Message(
            QT_TRANSLATE_NOOP("messages", "工时应在 0 到 {limit} 小时之间"), limit=MAX_OVERTIME_HOURS
        )
    if len(note) > NOTE_LIMIT:
        problems["note"] = Message(
            QT_TRANSLATE_NOOP("messages", "备注不能超过 {limit} 个字"), limit=NOTE_LIMIT
        )
    return problems


def compensation_problems(
    kind: CompensationKind,
    amount_fen: int,
    approver_role: StaffRole | None,
    expedite_fee_fen: int,
    already_waived_fen: int = 0,
) -> dict[str, str]:
    """A manager approves every compensation; a waived fee cannot exceed the quoted expedite fee
    (less what was waived before)."""
    problems = {}
    if approver_role is None:
        problems["approved_by"] = QT_TRANSLATE_NOOP("messages", "请选择批准补偿的主管")
    elif approver_role is not StaffRole.MANAGER:
        problems["approved_by"] = QT_TRANSLATE_NOOP("messages", "补偿须由主管批准")
    if amount_fen < 0:
        problems["amount"] = QT_TRANSLATE_NOOP("messages", "补偿金额不能为负数")
    elif kind is CompensationKind.FEE_WAIVED and amount_fen > expedite_fee_fen - already_waived_fen:
        left = max(0, expedite_fee_fen - already_waived_fen)
        problems["amount"] = Message(
            QT_TRANSLATE_NOOP("messages", "免收金额不能超过报价中的加急服务费（还可免收 {amount}）"),
            amount=format_fen(left),
        )
    return problems


def failure_allowed(
    status: CaseStatus, deadline: datetime, projected_finish: datetime | None, now: datetime
) -> bool:
    """A failure is recorded for a case closed as failed or late, and for an open case that has
    missed its deadline or whose plan is projected to miss it: the office owes the client the
    failure notice as soon as it sees the failure coming, not only once the case is closed."""
    if status in (CaseStatus.FAILED, CaseStatus.ACHIEVED_LATE):
        return True
    if not status.is_open:
        return False
    return now > deadline or (projected_finish is not None and projected_finish > deadline)
