"""Why a case is at risk of missing its deadline, in words a coordinator reads at a glance.

One plain function over plain facts the application gathers (the stored schedule, blocked critical
tasks, risk windows crossed, clocks and notices past due, open incidents); the dashboard and the
case window show its reasons, most serious first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.chinese_format import format_datetime

#: A critical path with less slack than this (working minutes) is named a risk.
THIN_SLACK_MINUTES = 240


@dataclass
class CaseFacts:
    """What is known of one open case, as of now."""

    deadline: datetime
    projected_finish: datetime | None = None
    least_critical_slack: int | None = None  # working minutes, over the open critical tasks
    blocked_critical: list[tuple[str, str]] = field(default_factory=list)  # (task, reason)
    windows_crossed: list[str] = field(default_factory=list)
    clocks_breached: list[str] = field(default_factory=list)
    notices_overdue: int = 0
    open_incidents: list[str] = field(default_factory=list)  # category labels


@dataclass(frozen=True)
class Risk:
    reasons: tuple[str, ...]
    severe: bool  # the deadline itself is missed or projected to be

    def __bool__(self) -> bool:
        return bool(self.reasons)


def case_risk(facts: CaseFacts, now: datetime) -> Risk:
    """The case's risks, most serious first; empty when it is on track."""
    reasons: list[str] = []
    severe = False
    if facts.deadline <= now:
        reasons.append(f"已超过截止时间 {format_datetime(facts.deadline)}")
        severe = True
    elif facts.projected_finish is not None and facts.projected_finish > facts.deadline:
        reasons.append(
            f"预计 {format_datetime(facts.projected_finish)} 完成，晚于截止 {format_datetime(facts.deadline)}"
        )
        severe = True
    for task, reason in facts.blocked_critical:
        reasons.append(f"关键任务“{task}”受阻" + (f"：{reason}" if reason else ""))
    if (
        not severe
        and facts.least_critical_slack is not None
        and facts.least_critical_slack < THIN_SLACK_MINUTES
    ):
        hours = max(0, facts.least_critical_slack) / 60
        reasons.append(f"关键路径仅余 {hours:.1f} 个工作小时")
    reasons += [f"开放的突发事件：{category}" for category in facts.open_incidents]
    reasons += [f"响应超时：{title}" for title in facts.clocks_breached]
    if facts.notices_overdue:
        reasons.append(f"{facts.notices_overdue} 条客户通知已逾期")
    reasons += [f"计划跨越风险窗口“{title}”" for title in facts.windows_crossed]
    return Risk(tuple(reasons), severe)
