"""The other documents a case sends or files: a progress report for the client, a failure notice,
and a one-page case summary. Plain data; ``reports/`` lays them out."""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.letter import Party
from app.domain.message import Message
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
        problems["what_happened"] = QT_TRANSLATE_NOOP("messages", "请写明发生了什么、何时发现")
    if not remedy.strip():
        problems["remedy"] = QT_TRANSLATE_NOOP(
            "messages", "请写明补救方案（如：免费继续办理、预计新的完成时间）"
        )
    if compensation < 0:
        problems["compensation"] = QT_TRANSLATE_NOOP("messages", "补偿金额不能为负数")
    return problems


#: Where a document's own words print, as a refusal names them; any other text is 文书内容.
_WHERE = {
    "title": QT_TRANSLATE_NOOP("messages", "办理事项"),
    "what_happened": QT_TRANSLATE_NOOP("messages", "发生了什么"),
    "remedy": QT_TRANSLATE_NOOP("messages", "补救方案"),
    "consequence": QT_TRANSLATE_NOOP("messages", "错过的后果"),
}
_PARTY = {
    "name": QT_TRANSLATE_NOOP("messages", "名称"),
    "credit_code": QT_TRANSLATE_NOOP("messages", "统一社会信用代码"),
    "address": QT_TRANSLATE_NOOP("messages", "地址"),
    "contact": QT_TRANSLATE_NOOP("messages", "联系人"),
    "phone": QT_TRANSLATE_NOOP("messages", "电话"),
}


def document_texts(document: ProgressReport | FailureNotice | CaseSummary) -> list[tuple[str, str]]:
    """(where it prints, text) for every text of a document, the parties' fields by their names, so a
    character no font has is named where the clerk can change it (app.domain.letter.unprintable_problem)."""
    texts: list[tuple[str, str]] = []
    for field in fields(document):
        value = getattr(document, field.name)
        if isinstance(value, Party):
            who = (
                QT_TRANSLATE_NOOP("messages", "客户")
                if field.name == "client"
                else QT_TRANSLATE_NOOP("messages", "本所")
            )
            texts += [
                (
                    Message(QT_TRANSLATE_NOOP("messages", "{party}{field}"), party=who, field=label),
                    getattr(value, name),
                )
                for name, label in _PARTY.items()
            ]
        else:
            texts += [
                (_WHERE.get(field.name, QT_TRANSLATE_NOOP("messages", "文书内容")), text)
                for text in _strings(value)
            ]
    return texts


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [text for item in value for text in _strings(item)]
    if is_dataclass(value) and not isinstance(value, type):
        return [text for field in fields(value) for text in _strings(getattr(value, field.name))]
    return []
