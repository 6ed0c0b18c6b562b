"""Why a case is at risk, in words, most serious first."""

from datetime import datetime

from app.domain.case_risk import CaseFacts, case_risk

NOW = datetime(2026, 11, 23, 10, 0)
DEADLINE = datetime(2026, 11, 25, 17, 0)


def test_a_case_on_track_has_no_risk():
    risk = case_risk(CaseFacts(DEADLINE, datetime(2026, 11, 24, 12, 0), least_critical_slack=600), NOW)
    assert not risk and not risk.severe


def test_a_projected_miss_comes_first_and_is_severe():
    facts = CaseFacts(
        DEADLINE,
        datetime(2026, 11, 26, 11, 0),
        least_critical_slack=-240,
        blocked_critical=[("税务清税", "等待客户补缴")],
        windows_crossed=["金税系统升级"],
        clocks_breached=["客户来电催办"],
        notices_overdue=2,
        open_incidents=["系统故障"],
    )
    risk = case_risk(facts, NOW)
    assert risk.severe
    assert risk.reasons[0] == "预计 2026-11-26 11:00 完成，晚于截止 2026-11-25 17:00"
    assert risk.reasons[1:] == (
        "关键任务“税务清税”受阻：等待客户补缴",
        "开放的突发事件：系统故障",
        "响应超时：客户来电催办",
        "2 条客户通知已逾期",
        "计划跨越风险窗口“金税系统升级”",
    )  # no "thin slack" line once the deadline itself is projected missed


def test_a_deadline_passed_and_thin_slack():
    assert case_risk(CaseFacts(NOW), NOW).reasons == ("已超过截止时间 2026-11-23 10:00",)
    thin = case_risk(CaseFacts(DEADLINE, datetime(2026, 11, 25, 15, 0), least_critical_slack=90), NOW)
    assert thin.reasons == ("关键路径仅余 1.5 个工作小时",) and not thin.severe
