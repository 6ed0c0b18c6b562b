"""Urgency assessment: false urgency, targeted and full expedite, and the plan that cannot make it."""

import pytest

from app.domain.urgency import (
    Priority,
    Recommendation,
    UrgencyDimension,
    UrgencyInput,
    assess_urgency,
    priority,
    priority_order,
)

D = UrgencyDimension
H = 60
# Tax filing: the normal flow takes about 4 working days (30 h), the expedite plan about 14 h.
NORMAL, EXPEDITE = 30 * H, 14 * H


def _facts(hours_left, **scores):
    return UrgencyInput(
        {D(k): v for k, v in scores.items()}, hours_left * H, NORMAL, EXPEDITE, "申报报表生成"
    )


def _assess(hours_left, **scores):
    return assess_urgency(_facts(hours_left, **scores))


ALL_HIGH = {d.value: 3 for d in D}
ALL_NONE = {d.value: 0 for d in D}


def test_there_is_time_for_normal_handling_false_urgency():
    # The seed's client who wanted a scope change "for financing" still in early talks.
    result = _assess(60, internal_need=1, market_opportunity=1)
    assert result.recommendation is Recommendation.NORMAL and not result.genuine
    assert "伪紧急" in result.summary() and result.summary().startswith(
        "建议：常规办理。距截止还有 60 个工作小时"
    )


def test_a_little_short_of_the_normal_flow_expedites_the_bottleneck_only():
    result = _assess(26, internal_need=1)
    assert result.recommendation is Recommendation.TARGETED
    assert "“申报报表生成”专项加急" in result.summary()


def test_a_licence_about_to_expire_gets_a_full_expedite():
    result = _assess(26, business_survival=3)
    assert result.recommendation is Recommendation.FULL and result.genuine
    assert "紧急原因：影响业务存续（高）" in result.summary()


def test_genuine_urgency_with_time_to_spare_is_not_called_false_urgency():
    # Seen: all four 高 and ample time said "属于“伪紧急”".
    result = _assess(60, **ALL_HIGH)
    assert result.recommendation is Recommendation.NORMAL and result.genuine
    assert "伪紧急" not in result.summary()
    assert "紧急但时间充足：紧急原因属实" in result.summary() and "盯紧进度" in result.summary()
    assert "“申报报表生成”轻度提速" in result.summary()


def test_a_short_deadline_without_a_genuine_reason_is_questioned_not_fully_expedited():
    # Seen: all four 无 and a short deadline said 全面加急, as if the scores did not count.
    result = _assess(16, **ALL_NONE)
    assert result.recommendation is Recommendation.TARGETED and not result.genuine
    assert "紧急只来自客户给出的截止时间" in result.summary()
    assert "确认截止时间的依据" in result.summary() and "“申报报表生成”专项加急" in result.summary()
    # The same time with a genuine reason is a full expedite: the scores shape the advice.
    assert _assess(16, financial_loss=3).recommendation is Recommendation.FULL


def test_too_little_time_without_a_reason_is_not_genuine():
    result = _assess(10)
    assert result.recommendation is Recommendation.IMPOSSIBLE and not result.genuine
    assert "紧急只来自客户给出的截止时间" in result.summary()


@pytest.mark.parametrize(
    ("hours_left", "scores", "expected"),
    [
        (60, ALL_NONE, Priority.ROUTINE),  # false urgency
        (60, {"internal_need": 2}, Priority.ROUTINE),  # a middling reason, time to spare
        (60, ALL_HIGH, Priority.URGENT),  # genuine, time to spare: watch it
        (26, {"internal_need": 1}, Priority.ROUTINE),  # a little short, no reason
        (26, {"market_opportunity": 2}, Priority.URGENT),
        (26, {"business_survival": 3}, Priority.CRITICAL),
        (16, ALL_NONE, Priority.URGENT),  # tight, the deadline alone
        (16, {"financial_loss": 2}, Priority.CRITICAL),
        (10, {}, Priority.URGENT),  # even the expedite plan overruns: no more than tight
        (10, ALL_HIGH, Priority.CRITICAL),
    ],
)
def test_priority_weighs_the_reason_and_the_time(hours_left, scores, expected):
    assert priority(_facts(hours_left, **scores)) is expected


def test_priorities_sort_the_most_urgent_first_and_the_unassessed_last():
    most_urgent_first = [Priority.CRITICAL, Priority.URGENT, Priority.ROUTINE, None]
    assert sorted(reversed(most_urgent_first), key=priority_order) == most_urgent_first


def test_when_even_the_expedite_plan_overruns_the_client_is_told():
    result = _assess(10, market_opportunity=3)
    assert result.recommendation is Recommendation.IMPOSSIBLE
    assert "即使全面加急也还差约 4 个工作小时" in result.summary()


def test_scores_outside_the_scale_are_refused():
    with pytest.raises(ValueError, match="应为 0–3"):
        _assess(20, financial_loss=5)


def test_the_advice_prints_working_hours_to_one_decimal_at_most():
    # 902 minutes left, 18 334 for the normal flow: 15 h and 305.6 h, never 15.0333 or 305.567.
    facts = UrgencyInput({D.MARKET_OPPORTUNITY: 3}, 902, 18_334, 1_590, "申报报表生成")
    summary = assess_urgency(facts).summary()
    assert "距截止还有 15 个工作小时，常规办理约需 305.6 个工作小时，加急方案约需 26.5 个工作小时" in summary
    assert "还差约 11.5 个工作小时" in summary
