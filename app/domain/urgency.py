"""Urgency assessment (紧急度评估): is the urgency genuine, and how much expediting does it need?

The seed grades urgency on four dimensions and warns against false urgency; the lead time (working
time left until the hard deadline) against the normal and the expedite durations of the service's
SOP templates decides between normal handling, a targeted expedite of the bottleneck step, a full
expedite, or telling the client that even an expedite cannot make it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum

#: Room the normal flow must leave before the deadline for the urgency to count as false.
NORMAL_MARGIN = 1.2
#: A dimension scored this high (of 3) makes the urgency genuine: survival or a major loss.
GENUINE_SCORE = 2


class UrgencyDimension(LabelledEnum):
    BUSINESS_SURVIVAL = "business_survival", QT_TRANSLATE_NOOP("vocabulary", "影响业务存续")
    FINANCIAL_LOSS = "financial_loss", QT_TRANSLATE_NOOP("vocabulary", "重大经济损失")
    MARKET_OPPORTUNITY = "market_opportunity", QT_TRANSLATE_NOOP("vocabulary", "市场机会丧失")
    INTERNAL_NEED = "internal_need", QT_TRANSLATE_NOOP("vocabulary", "内部管理需求")


SCORE_LABELS = (
    QT_TRANSLATE_NOOP("vocabulary", "无"),
    QT_TRANSLATE_NOOP("vocabulary", "低"),
    QT_TRANSLATE_NOOP("vocabulary", "中"),
    QT_TRANSLATE_NOOP("vocabulary", "高"),
)


class Recommendation(LabelledEnum):
    NORMAL = "normal", QT_TRANSLATE_NOOP("vocabulary", "常规办理")
    TARGETED = "targeted", QT_TRANSLATE_NOOP("vocabulary", "专项加急（仅瓶颈环节）")
    FULL = "full", QT_TRANSLATE_NOOP("vocabulary", "全面加急")
    IMPOSSIBLE = "impossible", QT_TRANSLATE_NOOP("vocabulary", "加急也无法按期完成")


@dataclass(frozen=True)
class UrgencyInput:
    scores: dict[UrgencyDimension, int]  # 0 none … 3 high, per dimension
    minutes_left: int  # working minutes from now to the hard deadline
    normal_minutes: int  # the normal flow's working duration
    expedite_minutes: int  # the expedite plan's critical path
    bottleneck: str = ""  # the expedite plan's longest critical step, named in the advice


@dataclass(frozen=True)
class UrgencyAssessment:
    recommendation: Recommendation
    genuine: bool  # the urgency is real (a dimension scored high, or time is short)
    reasons: tuple[str, ...]

    def summary(self) -> str:
        return f"建议：{self.recommendation.label}。" + "".join(self.reasons)


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g} 个工作小时"


def assess_urgency(facts: UrgencyInput) -> UrgencyAssessment:
    """Recommend how to handle the request, with its reasons in plain Chinese.

    Raises:
        ValueError: a score outside 0–3.
    """
    for dimension, score in facts.scores.items():
        if not 0 <= score <= 3:
            raise ValueError(f"{dimension.label}的评分应为 0–3，现在是 {score}")
    high = [d for d, score in facts.scores.items() if score >= GENUINE_SCORE]
    reasons = [f"距截止还有 {_hours(facts.minutes_left)}"]
    reasons.append(
        f"，常规办理约需 {_hours(facts.normal_minutes)}，加急方案约需 {_hours(facts.expedite_minutes)}。"
    )
    if high:
        reasons.append(
            "紧急原因：" + "、".join(f"{d.label}（{SCORE_LABELS[facts.scores[d]]}）" for d in high) + "。"
        )

    if facts.minutes_left < facts.expedite_minutes:
        short = facts.expedite_minutes - facts.minutes_left
        reasons.append(
            f"即使全面加急也还差约 {_hours(short)}，请如实告知客户，商量调整截止时间或只办理能赶上的部分。"
        )
        return UrgencyAssessment(Recommendation.IMPOSSIBLE, True, tuple(reasons))
    if facts.minutes_left >= facts.normal_minutes * NORMAL_MARGIN:
        reasons.append(
            "时间足够常规办理，属于“伪紧急”：向客户说明常规周期与加急的额外成本和风险，建议常规办理。"
        )
        return UrgencyAssessment(Recommendation.NORMAL, bool(high), tuple(reasons))
    if high or facts.minutes_left < (facts.normal_minutes + facts.expedite_minutes) / 2:
        reasons.append("常规办理赶不上且时间紧，建议全面加急：并行处理各环节并组建专属小组。")
        return UrgencyAssessment(Recommendation.FULL, True, tuple(reasons))
    bottleneck = f"“{facts.bottleneck}”" if facts.bottleneck else "关键路径上的瓶颈环节"
    reasons.append(f"常规办理略有不足，只需对{bottleneck}专项加急，其余按常规流程，节省客户费用。")
    return UrgencyAssessment(Recommendation.TARGETED, True, tuple(reasons))
