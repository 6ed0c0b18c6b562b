"""The other documents a case sends or files: a progress report for the client, a failure notice,
and a one-page case summary. Plain data; ``reports/`` lays them out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.letter import Party
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum


class DocumentKind(LabelledEnum):
    CONFIRMATION = "confirmation", QT_TRANSLATE_NOOP("vocabulary", "加急服务确认书")
    PROGRESS = "progress", QT_TRANSLATE_NOOP("vocabulary", "进度报告")
    FAILURE = "failure", QT_TRANSLATE_NOOP("vocabulary", "未能按期完成告知书")
    SUMMARY = "summary", QT_TRANSLATE_NOOP("vocabulary", "案件摘要")


class Responsibility(LabelledEnum):
    CLIENT = "client", QT_TRANSLATE_NOOP("vocabulary", "甲方原因")
    OFFICE = "office", QT_TRANSLATE_NOOP("vocabulary", "乙方原因")
    EXTERNAL = "external", QT_TRANSLATE_NOOP("vocabulary", "外部因素或不可抗力")


@dataclass(frozen=True)
class MilestoneProgress:
    name: str
    due: datetime  # planned (or actual) finish
    done: bool
    estimated: bool
    makeup: bool = False  # due on a make-up working day (调休上班)


@dataclass(frozen=True)
class ProgressReport:
    document_number: str
    issued_at: datetime
    office: Party
    client: Party
    case_number: str
    title: str
    service: str
    deadline: datetime
    projected_finish: datetime
    estimated: bool
    on_track: bool
    summary: str  # the schedule's feasibility in words
    milestones: tuple[MilestoneProgress, ...]
    tasks_done: int
    tasks_total: int


@dataclass(frozen=True)
class FailureNotice:
    document_number: str
    issued_on: date
    office: Party
    signatory: str
    client: Party
    case_number: str
    title: str
    deadline: datetime
    what_happened: str
    responsibility: Responsibility
    remedy: str
    compensation: Decimal
    compensation_capitals: str
    fee_waived: bool  # the office's own failure: the expedite fee is not charged


@dataclass(frozen=True)
class CaseSummary:
    document_number: str
    issued_at: datetime
    office: Party
    client: Party
    case_number: str
    service: str
    title: str
    status: str
    taken_on: datetime
    deadline: datetime
    projected_finish: datetime | None
    manager: str
    consequence: str
    urgency: str  # the advice and what was chosen, in words
    fees_total: Decimal
    fees_capitals: str
    materials: str  # received / missing / problems, in words
    reviews: tuple[str, ...]
    tasks_done: int
    tasks_total: int
    open_critical: tuple[str, ...]
    letter: str  # the confirmation letter's state, in words
    evidence: tuple[str, ...]


def failure_notice_problems(what_happened: str, remedy: str, compensation: Decimal) -> dict[str, str]:
    problems = {}
    if not what_happened.strip():
        problems["what_happened"] = "请写明发生了什么、何时发现"
    if not remedy.strip():
        problems["remedy"] = "请写明补救方案（如：免费继续办理、预计新的完成时间）"
    if compensation < 0:
        problems["compensation"] = "补偿金额不能为负数"
    return problems
