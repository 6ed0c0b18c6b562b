"""Urgency assessment: false urgency, targeted and full expedite, and the plan that cannot make it."""

import pytest

from app.domain.urgency import Recommendation, UrgencyDimension, UrgencyInput, assess_urgency

D = UrgencyDimension
H = 60
# Tax filing: the normal flow takes about 4 working days (30 h), the expedite plan about 14 h.
NORMAL, EXPEDITE = 30 * H, 14 * H


def _assess(hours_left, **scores):
    facts = UrgencyInput(
        {D(k): v for k, v in scores.items()}, hours_left * H, NORMAL, EXPEDITE, "申报报表生成"
    )
    return assess_urgency(facts)


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


def test_very_short_time_gets_a_full_expedite_even_without_high_scores():
    assert _assess(16).recommendation is Recommendation.FULL


def test_when_even_the_expedite_plan_overruns_the_client_is_told():
    result = _assess(10, market_opportunity=3)
    assert result.recommendation is Recommendation.IMPOSSIBLE
    assert "即使全面加急也还差约 4 个工作小时" in result.summary()


def test_scores_outside_the_scale_are_refused():
    with pytest.raises(ValueError, match="应为 0–3"):
        _assess(20, financial_loss=5)
