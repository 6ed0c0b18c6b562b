"""A case's money after the fact: actual costs against the intake estimate, compensation when the
office fails, and the margin that is left. Amounts in fen, exact."""

from __future__ import annotations

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum


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
