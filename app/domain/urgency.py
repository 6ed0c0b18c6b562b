"""Urgency assessment (紧急度评估): is the urgency genuine, and how much expediting does it need?

The seed grades urgency on four dimensions and warns against false urgency; the lead time (working
time left until the hard deadline) against the normal and the expedite durations of the service's
SOP templates decides between normal handling, a targeted expedite of the bottleneck step, a full
expedite, or telling the client that even an expedite cannot make it. The same two, the reason
and the time, make the case's priority on the board and in the cases list.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from app.domain.message import Message
from app.domain.scheduling import hours_text
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum

#: Room the normal flow must leave before the deadline for the time to count as ample.
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
    genuine: bool  # a dimension scored 中 or 高: the client's reason is real, not only the deadline
    reasons: tuple[str, ...]

    def summary(self) -> str:
        return f"建议：{self.recommendation.label}。" + "".join(self.reasons)  # stored with the case


class Priority(LabelledEnum):
    """Which case's work comes first, from the four scores and the time (see :func:`priority`)."""

    CRITICAL = "p1", QT_TRANSLATE_NOOP("vocabulary", "特急")
    URGENT = "p2", QT_TRANSLATE_NOOP("vocabulary", "紧急")
    ROUTINE = "p3", QT_TRANSLATE_NOOP("vocabulary", "一般")


_PRIORITY_ORDER = {member: n for n, member in enumerate(Priority)}


def priority_order(value: Priority | None) -> int:
    """Sort key: 特急 first, a case never assessed (None) last."""
    return len(_PRIORITY_ORDER) if value is None else _PRIORITY_ORDER[value]


class _Time(IntEnum):
    """How the time left compares with the normal flow and the expedite plan."""

    AMPLE = 0  # the normal flow fits with room to spare
    SHORT = 1  # the normal flow falls a little short
    TIGHT = 2  # far short: below halfway between the normal flow and the expedite plan
    TOO_SHORT = 3  # even the expedite plan overruns


def _time(minutes_left: int, normal_minutes: int, expedite_minutes: int) -> _Time:
    if minutes_left < expedite_minutes:
        return _Time.TOO_SHORT
    if minutes_left >= normal_minutes * NORMAL_MARGIN:
        return _Time.AMPLE
    if minutes_left < (normal_minutes + expedite_minutes) / 2:
        return _Time.TIGHT
    return _Time.SHORT


def priority(facts: UrgencyInput) -> Priority:
    """特急, 紧急 or 一般: the weightier the reason and the shorter the time, the sooner."""
    top = max(facts.scores.values(), default=0)
    return priority_of(top, facts.minutes_left, facts.normal_minutes, facts.expedite_minutes)


def priority_of(top_score: int, minutes_left: int, normal_minutes: int, expedite_minutes: int) -> Priority:
    """:func:`priority` from plain figures (``top_score``: the highest of the four), for lists of
    thousands of stored assessments.

    The reason counts 0 (无/低), 1 (中) or 2 (高) by the highest score; the time 0 (ample), 1 (a
    little short) or 2 (tight, or too short even for the expedite plan). Three points or more is
    特急, two 紧急: a genuine 高 with ample time and a deadline-only rush both need watching.
    """
    reason = max(0, top_score - GENUINE_SCORE + 1)
    points = reason + min(_time(minutes_left, normal_minutes, expedite_minutes), _Time.TIGHT)
    return Priority.CRITICAL if points >= 3 else Priority.URGENT if points == 2 else Priority.ROUTINE


def _hours(minutes: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "{hours} 个工作小时"), hours=hours_text(minutes))


def assess_urgency(facts: UrgencyInput) -> UrgencyAssessment:
    """Recommend how to handle the request, with its reasons in plain Chinese.

    The scores say whether the urgency is genuine, the time whether it needs expediting: genuine
    urgency with ample time is handled normally under watch, a deadline without a genuine reason is
    questioned and at most its bottleneck expedited, and only both together get a full expedite.

    Raises:
        ValueError: a score outside 0–3.
    """
    for dimension, score in facts.scores.items():
        if not 0 <= score <= 3:
            raise ValueError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{dimension}的评分应为 0–3，现在是 {score}"),
                    dimension=dimension,
                    score=score,
                )
            )
    high = [d for d, score in facts.scores.items() if score >= GENUINE_SCORE]
    time = _time(facts.minutes_left, facts.normal_minutes, facts.expedite_minutes)
    reasons: list[str] = [
        Message(QT_TRANSLATE_NOOP("messages", "距截止还有 {left}"), left=_hours(facts.minutes_left))
    ]
    reasons.append(
        Message(
            QT_TRANSLATE_NOOP("messages", "，常规办理约需 {normal}，加急方案约需 {expedite}。"),
            normal=_hours(facts.normal_minutes),
            expedite=_hours(facts.expedite_minutes),
        )
    )
    if high:
        scored = tuple(
            Message(
                QT_TRANSLATE_NOOP("messages", "{dimension}（{score}）"),
                dimension=d,
                score=SCORE_LABELS[facts.scores[d]],
            )
            for d in high
        )
        reasons.append(Message(QT_TRANSLATE_NOOP("messages", "紧急原因：{scored}。"), scored=scored))
    else:
        reasons.append(
            QT_TRANSLATE_NOOP("messages", "四项紧急度评分均未达到“中”，紧急只来自客户给出的截止时间。")
        )
    bottleneck = (
        Message(QT_TRANSLATE_NOOP("messages", "“{step}”"), step=facts.bottleneck)
        if facts.bottleneck
        else QT_TRANSLATE_NOOP("messages", "关键路径上的瓶颈环节")
    )

    if time is _Time.TOO_SHORT:
        short = facts.expedite_minutes - facts.minutes_left
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "即使全面加急也还差约 {short}，请如实告知客户，商量调整截止时间或只办理能赶上的部分。",
                ),
                short=_hours(short),
            )
        )
        return UrgencyAssessment(Recommendation.IMPOSSIBLE, bool(high), tuple(reasons))
    if time is _Time.AMPLE:
        if high:
            reasons.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "紧急但时间充足：紧急原因属实，剩余时间也够走常规流程，建议常规办理"
                        "（客户要求更稳妥时可对{bottleneck}轻度提速）；请盯紧进度，一旦延误及时改为加急。",
                    ),
                    bottleneck=bottleneck,
                )
            )
        else:
            reasons.append(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "时间足够常规办理，属于“伪紧急”：向客户说明常规周期与加急的额外成本和风险，建议常规办理。",
                )
            )
        return UrgencyAssessment(Recommendation.NORMAL, bool(high), tuple(reasons))
    if high:
        reasons.append(
            QT_TRANSLATE_NOOP(
                "messages", "紧急原因属实且常规办理赶不上，建议全面加急：并行处理各环节并组建专属小组。"
            )
        )
        return UrgencyAssessment(Recommendation.FULL, True, tuple(reasons))
    if time is _Time.SHORT:
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "常规办理略有不足，只需对{bottleneck}专项加急，其余按常规流程，节省客户费用；"
                    "请向客户确认截止时间的依据。",
                ),
                bottleneck=bottleneck,
            )
        )
    else:
        reasons.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "常规办理赶不上：请先向客户确认截止时间的依据（合同、投标文件、政府通知等）。"
                    "可只对{bottleneck}专项加急以节省费用，但时间很紧，未必赶得上；"
                    "客户确认截止时间确有依据时，再改为全面加急（费用更高）。",
                ),
                bottleneck=bottleneck,
            )
        )
    return UrgencyAssessment(Recommendation.TARGETED, False, tuple(reasons))
