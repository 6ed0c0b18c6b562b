"""Why a case is at risk of missing its deadline, in words a coordinator reads at a glance.

One plain function over plain facts the application gathers (the stored schedule, blocked critical
tasks, risk windows crossed, clocks and notices past due, open incidents); the dashboard and the
case window show its reasons, most serious first. The dashboard lists the cases by how serious their
worst risk is, and folds those that only cross a risk window into one line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import IntEnum
from typing import Protocol, TypeVar

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

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


class Severity(IntEnum):
    """How serious a case's worst risk is, the most serious lowest."""

    OVERDUE = 0  # its deadline has passed
    PROJECTED_LATE = 1  # it is projected to finish after its deadline
    CLOCK_BREACHED = 2  # a promised response is overdue
    NOTICE_OVERDUE = 3  # the client was not told in time
    THREATENED = 4  # a blocked critical task, a thin critical path or an open incident
    WINDOW_ONLY = 5  # nothing but a risk window its plan crosses: to know of, not yet to act on


@dataclass(frozen=True)
class Risk:
    reasons: tuple[str, ...]
    severity: Severity  # of the worst reason (meaningless when there is none)

    @property
    def severe(self) -> bool:
        """The deadline itself is missed or projected to be."""
        return bool(self.reasons) and self.severity <= Severity.PROJECTED_LATE

    def __bool__(self) -> bool:
        return bool(self.reasons)


def case_risk(facts: CaseFacts, now: datetime) -> Risk:
    """The case's risks, most serious first (in :class:`Severity` order); empty when it is on track."""
    found: list[tuple[Severity, str]] = []
    if facts.deadline <= now:
        found.append(
            (
                Severity.OVERDUE,
                Message(QT_TRANSLATE_NOOP("messages", "已超过截止时间 {deadline}"), deadline=facts.deadline),
            )
        )
    elif facts.projected_finish is not None and facts.projected_finish > facts.deadline:
        finish, deadline = facts.projected_finish, facts.deadline
        found.append(
            (
                Severity.PROJECTED_LATE,
                Message(
                    QT_TRANSLATE_NOOP("messages", "预计 {finish} 完成，晚于截止 {deadline}"),
                    finish=finish,
                    deadline=deadline,
                ),
            )
        )
    late = bool(found)
    found += [
        (Severity.CLOCK_BREACHED, Message(QT_TRANSLATE_NOOP("messages", "响应超时：{title}"), title=title))
        for title in facts.clocks_breached
    ]
    if facts.notices_overdue:
        found.append(
            (
                Severity.NOTICE_OVERDUE,
                Message(
                    QT_TRANSLATE_NOOP("messages", "{notices_overdue} 条客户通知已逾期"),
                    notices_overdue=facts.notices_overdue,
                ),
            )
        )
    for task, reason in facts.blocked_critical:
        blocked = (
            Message(QT_TRANSLATE_NOOP("messages", "关键任务“{task}”受阻：{reason}"), task=task, reason=reason)
            if reason
            else Message(QT_TRANSLATE_NOOP("messages", "关键任务“{task}”受阻"), task=task)
        )
        found.append((Severity.THREATENED, blocked))
    slack = facts.least_critical_slack
    if not late and slack is not None and slack < THIN_SLACK_MINUTES:  # said nothing more once late
        found.append(
            (
                Severity.THREATENED,
                Message(
                    QT_TRANSLATE_NOOP("messages", "关键路径仅余 {value:.1f} 个工作小时"),
                    value=max(0, slack) / 60,
                ),
            )
        )
    found += [
        (
            Severity.THREATENED,
            Message(QT_TRANSLATE_NOOP("messages", "开放的突发事件：{category}"), category=category),
        )
        for category in facts.open_incidents
    ]
    found += [
        (
            Severity.WINDOW_ONLY,
            Message(QT_TRANSLATE_NOOP("messages", "计划跨越风险窗口“{title}”"), title=title),
        )
        for title in facts.windows_crossed
    ]
    return Risk(tuple(reason for _severity, reason in found), found[0][0] if found else Severity.WINDOW_ONLY)


class RankedRisk(Protocol):
    @property
    def severity(self) -> Severity: ...

    @property
    def deadline(self) -> datetime: ...


Ranked = TypeVar("Ranked", bound=RankedRisk)


def risk_order(cases: Iterable[Ranked]) -> tuple[list[Ranked], list[Ranked]]:
    """The cases at risk as the dashboard lists them: those to act on, the most serious first and then
    the nearest deadline; and, apart (folded into one line), those only crossing a risk window, the
    nearest deadline first."""
    ordered = sorted(cases, key=lambda case: (case.severity, case.deadline))
    first_window = next(
        (n for n, case in enumerate(ordered) if case.severity is Severity.WINDOW_ONLY), len(ordered)
    )
    return ordered[:first_window], ordered[first_window:]
