"""Why a case is at risk, in words, most serious first."""

from dataclasses import dataclass
from datetime import datetime

import pytest

from app.domain.case_risk import CaseFacts, Severity, case_risk, risk_order

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
        "响应超时：客户来电催办",
        "2 条客户通知已逾期",
        "关键任务“税务清税”受阻：等待客户补缴",
        "开放的突发事件：系统故障",
        "计划跨越风险窗口“金税系统升级”",
    )  # in severity order; no "thin slack" line once the deadline itself is projected missed
    assert risk.severity is Severity.PROJECTED_LATE


def test_a_deadline_passed_and_thin_slack():
    assert case_risk(CaseFacts(NOW), NOW).reasons == ("已超过截止时间 2026-11-23 10:00",)
    thin = case_risk(CaseFacts(DEADLINE, datetime(2026, 11, 25, 15, 0), least_critical_slack=90), NOW)
    assert thin.reasons == ("关键路径仅余 1.5 个工作小时",) and not thin.severe


@pytest.mark.parametrize(
    ("facts", "severity"),
    [
        (CaseFacts(NOW, windows_crossed=["国庆"], clocks_breached=["回电"]), Severity.OVERDUE),
        (CaseFacts(DEADLINE, datetime(2026, 11, 26, 9, 0), notices_overdue=1), Severity.PROJECTED_LATE),
        (CaseFacts(DEADLINE, clocks_breached=["回电"], notices_overdue=1), Severity.CLOCK_BREACHED),
        (CaseFacts(DEADLINE, notices_overdue=1, open_incidents=["系统故障"]), Severity.NOTICE_OVERDUE),
        (CaseFacts(DEADLINE, blocked_critical=[("清税", "")], windows_crossed=["国庆"]), Severity.THREATENED),
        (CaseFacts(DEADLINE, least_critical_slack=30), Severity.THREATENED),
        (CaseFacts(DEADLINE, open_incidents=["系统故障"]), Severity.THREATENED),
        (CaseFacts(DEADLINE, windows_crossed=["金税系统升级", "国庆"]), Severity.WINDOW_ONLY),
    ],
)
def test_a_cases_severity_is_its_worst_risks(facts: CaseFacts, severity: Severity):
    risk = case_risk(facts, NOW)
    assert risk.severity is severity and risk.severe == (severity <= Severity.PROJECTED_LATE)


@dataclass(frozen=True)
class _Case:
    number: str
    severity: Severity
    deadline: datetime


def test_risk_order_puts_the_urgent_first_and_folds_the_window_only_apart():
    """Seen: 170 of 300 open cases "at risk", 69 of them only for crossing a risk window, burying the
    urgent ones."""
    day = datetime(2026, 11, 24, 17, 0)
    cases = [
        _Case("窗口-晚", Severity.WINDOW_ONLY, day.replace(day=30)),
        _Case("通知", Severity.NOTICE_OVERDUE, day),
        _Case("窗口-早", Severity.WINDOW_ONLY, day),
        _Case("预计超期-晚", Severity.PROJECTED_LATE, day.replace(day=28)),
        _Case("已超期", Severity.OVERDUE, day.replace(day=20)),
        _Case("响应超时", Severity.CLOCK_BREACHED, day.replace(day=21)),
        _Case("预计超期-早", Severity.PROJECTED_LATE, day.replace(day=25)),
        _Case("受阻", Severity.THREATENED, day.replace(day=19)),
    ]
    urgent, windows = risk_order(cases)
    assert [c.number for c in urgent] == ["已超期", "预计超期-早", "预计超期-晚", "响应超时", "通知", "受阻"]
    assert [c.number for c in windows] == ["窗口-早", "窗口-晚"]
    assert risk_order([]) == ([], []) and risk_order(cases[:1]) == ([], cases[:1])
