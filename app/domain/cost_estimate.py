"""The cost estimate the client sees at intake: itemised, editable, approved above a threshold."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.chinese_amount import NUMERALS, spoken_amount
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum

CENT = Decimal("0.01")
#: Amounts a form takes: below one 万亿 yuan (and within a 64-bit count of fen).
MAX_AMOUNT = Decimal(10**12)


class CostItem(LabelledEnum):
    EXPEDITE_FEE = "expedite_fee", QT_TRANSLATE_NOOP("vocabulary", "加急服务费")
    OVERTIME = "overtime", QT_TRANSLATE_NOOP("vocabulary", "加班费")
    EXPERT_PREMIUM = "expert_premium", QT_TRANSLATE_NOOP("vocabulary", "专家溢价")
    CHANNEL_FEE = "channel_fee", QT_TRANSLATE_NOOP("vocabulary", "特殊通道费")


def parse_amount(text: str) -> Decimal:
    """Yuan as typed (``1,200``, ``¥1200.5``, ``1200元``, full-width figures, or said in words:
    ``一千二``, ``1.2万``) to an exact amount in fen.

    Raises:
        ValueError: with a Chinese message, for text that is not a non-negative amount.
    """
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", "").lstrip("¥").strip()
    try:
        if any(char in NUMERALS for char in cleaned):
            amount = spoken_amount(cleaned)
        else:
            amount = Decimal(cleaned.removesuffix("元").strip() or "0")
    except (InvalidOperation, ValueError) as error:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "无法识别的金额“{text}”，请填写数字，如 1200 或 1200.50，或写作“一千二”"
                ),
                text=text,
            )
        ) from error
    if amount < 0 or amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise ValueError(
            Message(QT_TRANSLATE_NOOP("messages", "金额“{text}”应为不小于 0、最多两位小数的数字"), text=text)
        )
    if amount >= MAX_AMOUNT:
        raise ValueError(
            Message(
                QT_TRANSLATE_NOOP("messages", "金额“{text}”过大，请核对（上限为一万亿元以下）"), text=text
            )
        )
    return amount.quantize(CENT)


@dataclass(frozen=True)
class CostEstimate:
    items: dict[CostItem, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.items.values(), Decimal("0.00"))

    def needs_approval(self, threshold: Decimal) -> bool:
        """A supervisor approves any estimate above the office's threshold."""
        return self.total > threshold


def format_yuan(amount: Decimal) -> str:
    """``¥12,345.60``: how amounts read in lists and on screen."""
    return f"¥{amount:,.2f}"
