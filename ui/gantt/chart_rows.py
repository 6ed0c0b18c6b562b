"""What the Gantt chart draws, row by row: built from a case's bars or from the office overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.domain.chinese_format import format_datetime
from app.domain.vocabulary import TaskStatus
from app.usecases.gantt import CaseBar, CaseGantt
from app.usecases.risk_calendar import WindowView
from ui.labels import counted, label


class Tone(Enum):
    NORMAL = "normal"
    CRITICAL = "critical"
    NEAR = "near"  # critical and close to its latest finish
    DONE = "done"
    CANCELLED = "cancelled"  # dropped when its case closed: drawn grey and struck through
    GROUP = "group"  # a heading row of the overview


@dataclass(frozen=True)
class ChartRow:
    key: int | None  # task id (case chart) or case id (overview); None for a heading
    title: str
    assignee: str
    start: datetime | None
    finish: datetime | None
    progress: float = 0.0
    tone: Tone = Tone.NORMAL
    slack_end: datetime | None = None  # the latest finish: the slack tail runs to it
    baseline: tuple[datetime, datetime] | None = None
    milestone: bool = False
    deadline: datetime | None = None  # the overview marks each case's own deadline
    slack_hours: float | None = None
    movable: bool = False  # not started yet: its start may be dragged
    risk_windows: tuple[str, ...] = ()  # the policy-risk windows its plan runs into (flagged ⚠)


@dataclass(frozen=True)
class ChartBand:
    """A policy-risk window, shaded across the chart from ``start`` to ``finish``."""

    start: datetime
    finish: datetime
    title: str


def window_bands(windows: list[WindowView] | tuple[WindowView, ...]) -> list[ChartBand]:
    return [ChartBand(w.starts_at, w.ends_at, w.title) for w in windows]


@dataclass(frozen=True)
class ChartLink:
    dependency_id: int
    predecessor: int
    successor: int
    start_to_start: bool


def case_rows(gantt: CaseGantt) -> tuple[list[ChartRow], list[ChartLink]]:
    rows = []
    for task in gantt.tasks:
        tone = (
            Tone.CANCELLED
            if task.status is TaskStatus.CANCELLED
            else Tone.DONE
            if task.status is TaskStatus.DONE
            else Tone.NEAR
            if task.near_critical
            else Tone.CRITICAL
            if task.critical
            else Tone.NORMAL
        )
        baseline = (
            (task.baseline_start, task.baseline_finish)
            if task.baseline_start and task.baseline_finish
            else None
        )
        rows.append(
            ChartRow(
                task.task_id,
                task.name,
                task.assignee_name,
                task.start,
                task.finish,
                task.progress,
                tone,
                task.latest_finish if task.slack_minutes is not None else None,
                baseline,
                task.milestone,
                None,
                task.slack_minutes / 60 if task.slack_minutes is not None else None,
                task.status is TaskStatus.TODO,
                task.risk_windows,
            )
        )
    links = [
        ChartLink(link.dependency_id, link.predecessor_id, link.successor_id, link.kind.value == "ss")
        for link in gantt.links
    ]
    return rows, links


def overview_rows(bars: list[CaseBar], group_by: str) -> list[ChartRow]:
    """Case bars under headings by service type (``service``) or case manager (``manager``)."""

    def heading(bar: CaseBar) -> str:
        if group_by == "service":
            return label(bar.service_type)
        return bar.manager_name or QCoreApplication.translate("GanttPage", "未指定项目经理")

    groups: dict[str, list[CaseBar]] = {}
    for bar in bars:
        groups.setdefault(heading(bar), []).append(bar)
    rows = []
    for title in sorted(groups):
        members = groups[title]
        risky = sum(bar.at_risk for bar in members)
        rows.append(
            ChartRow(
                None,
                counted(title, len(members)) + (f" ⚠{risky}" if risky else ""),
                "",
                None,
                None,
                tone=Tone.GROUP,
            )
        )
        for bar in members:
            rows.append(
                ChartRow(
                    bar.case_id,
                    f"{bar.number} {bar.client_name}",
                    bar.manager_name,
                    bar.start,
                    bar.projected_finish,
                    bar.progress,
                    Tone.CRITICAL if bar.at_risk else Tone.NORMAL,
                    deadline=bar.deadline,
                    risk_windows=bar.risk_windows,
                )
            )
    return rows


def when(moment: datetime | None) -> str:
    return format_datetime(moment) if moment else ""
