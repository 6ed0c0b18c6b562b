"""A case's other documents: progress report, failure notice, case summary; each kept as a version."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import (
    Case,
    CostLine,
    EvidenceFile,
    MaterialCheck,
    MaterialReviewRecord,
    Staff,
    Task,
    UrgencyAssessmentRecord,
)
from app.domain.case_documents import (
    CaseSummary,
    DocumentKind,
    FailureNotice,
    MilestoneProgress,
    ProgressReport,
    Responsibility,
    document_texts,
    failure_notice_problems,
)
from app.domain.chinese_amount import rmb_capitals
from app.domain.letter import unprintable_problem
from app.domain.material_checklist import ItemState
from app.domain.permissions import Permission
from app.domain.scheduling import schedule_plan
from app.domain.vocabulary import TaskStatus
from app.usecases.access import requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ValidationFailed
from app.usecases.letters import (
    LetterInfo,
    case_parties,
    keep_document,
    list_letter_versions,
    next_document_version,
)
from app.usecases.planning import plans_of_cases
from reports.case_documents import render_case_summary, render_failure_notice, render_progress_report
from reports.fonts import printable

_PREFIX = {DocumentKind.PROGRESS: "JD", DocumentKind.FAILURE: "GZ", DocumentKind.SUMMARY: "ZY"}


def _number(kind: DocumentKind, case_number: str, version: int) -> str:
    return f"{_PREFIX[kind]}-{case_number}-V{version}"


def compose_progress_report(
    database: Database, case_id: int, now: datetime, version: int = 1
) -> ProgressReport:
    calendar = load_working_calendar(database)
    with database.unit_of_work() as session:
        parties = case_parties(session, case_id)
        case = session.get_one(Case, case_id)  # case_parties found it
        tasks, deadline = plans_of_cases(session, [case_id])[case_id]
        number, title, service = case.number, case.title, case.service_type.label
    schedule = schedule_plan(tasks, calendar, now, deadline)
    feasibility = schedule.feasibility()
    milestones = [task for key in schedule.order if (task := schedule.tasks[key]).milestone]
    finishes = [schedule.instant(task.earliest_finish, finish=True) for task in milestones]
    progress = tuple(
        MilestoneProgress(
            task.name,
            finish,
            task.done,
            calendar.is_estimated(finish.date()),
            calendar.day(finish.date()).makeup,
        )
        for task, finish in zip(milestones, finishes, strict=True)
    )
    done = sum(task.done for task in schedule.tasks.values())
    return ProgressReport(
        _number(DocumentKind.PROGRESS, number, version),
        now,
        parties.office,
        parties.client,
        number,
        title,
        service,
        deadline,
        feasibility.projected_finish,
        feasibility.estimated,
        feasibility.feasible,
        feasibility.summary(),
        progress,
        done,
        len(schedule.tasks),
    )


@dataclass(frozen=True)
class FailureAccount:
    """What the office tells the client about a failure: what happened, whose doing, the remedy, and
    the compensation offered."""

    what_happened: str
    responsibility: Responsibility
    remedy: str
    compensation: Decimal


def compose_failure_notice(
    database: Database, case_id: int, now: datetime, account: FailureAccount, version: int = 1
) -> FailureNotice:
    """Raises: ValidationFailed with a message per field left empty or wrong."""
    if problems := failure_notice_problems(account.what_happened, account.remedy, account.compensation):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        parties = case_parties(session, case_id)
        case = session.get_one(Case, case_id)  # case_parties found it
        number, title, deadline = case.number, case.title, case.requested_deadline
    return FailureNotice(
        _number(DocumentKind.FAILURE, number, version),
        now.date(),
        parties.office,
        parties.signatory,
        parties.client,
        number,
        title,
        deadline,
        account.what_happened.strip(),
        account.responsibility,
        account.remedy.strip(),
        account.compensation,
        rmb_capitals(account.compensation),
        account.responsibility is Responsibility.OFFICE,
    )


def compose_case_summary(database: Database, case_id: int, now: datetime, version: int = 1) -> CaseSummary:
    with database.unit_of_work() as session:
        parties = case_parties(session, case_id)
        case = session.get_one(Case, case_id)  # case_parties found it
        manager = session.get_one(Staff, case.manager_id).name if case.manager_id else "—"  # a foreign key
        assessment = session.scalars(
            select(UrgencyAssessmentRecord).where(UrgencyAssessmentRecord.case_id == case_id)
        ).first()
        fen = session.scalar(select(func.sum(CostLine.amount_fen)).where(CostLine.case_id == case_id)) or 0
        states = Counter(session.scalars(select(MaterialCheck.state).where(MaterialCheck.case_id == case_id)))
        reviews = [
            f"{level.label}：{name}（{at:%m-%d %H:%M}）"
            for level, name, at in session.execute(
                select(MaterialReviewRecord.level, Staff.name, MaterialReviewRecord.reviewed_at)
                .join(Staff, Staff.id == MaterialReviewRecord.reviewer_id)
                .where(MaterialReviewRecord.case_id == case_id)
                .order_by(MaterialReviewRecord.reviewed_at)
            )
        ]
        statuses = Counter(session.scalars(select(Task.status).where(Task.case_id == case_id)))
        critical = session.scalars(
            select(Task.name).where(Task.case_id == case_id, Task.critical, Task.status != TaskStatus.DONE)
        ).all()
        evidence = session.scalars(select(EvidenceFile.title).where(EvidenceFile.case_id == case_id)).all()
        facts = (
            case.number,
            case.service_type.label,
            case.title,
            case.status.label,
            case.created_at,
            case.requested_deadline,
            case.projected_finish,
            case.consequence,
        )
    if assessment is None:
        urgency = "无评估记录"
    else:
        urgency = f"建议“{assessment.recommended.label}”，采用“{assessment.chosen.label}”"
        urgency += f"（理由：{assessment.override_reason}）" if assessment.override_reason else ""
    total = Decimal(fen) / 100
    materials = "、".join(f"{state.label} {states.get(state, 0)} 项" for state in ItemState)
    letters = [v for v in list_letter_versions(database, case_id) if v.kind is DocumentKind.CONFIRMATION]
    letter = "尚未生成确认书" if not letters else _letter_state(letters)
    number, service, title, status, taken_on, deadline, finish, consequence = facts
    return CaseSummary(
        _number(DocumentKind.SUMMARY, number, version),
        now,
        parties.office,
        parties.client,
        number,
        service,
        title,
        status,
        taken_on,
        deadline,
        finish,
        manager,
        consequence,
        urgency,
        total,
        rmb_capitals(total),
        materials,
        tuple(reviews),
        statuses.get(TaskStatus.DONE, 0),
        sum(statuses.values()),
        tuple(critical),
        letter,
        tuple(evidence),
    )


def _letter_state(letters: list[LetterInfo]) -> str:
    signed = next((v for v in letters if v.signed_on), None)
    latest = f"最新为第 {letters[0].version} 版"
    if signed is None:
        return f"{latest}，尚未签回"
    return (
        f"{latest}；第 {signed.version} 版已于 {signed.signed_on:%Y-%m-%d} 签回（{signed.received_by} 接收）"
    )


def _generate(
    database: Database, case_id: int, kind: DocumentKind, now: datetime, compose, render, total_fen: int = 0
) -> LetterInfo:
    """Compose the case's next version of a document, render it, keep it."""
    version = next_document_version(database, case_id, kind)
    document = compose(version)
    if problem := unprintable_problem(document_texts(document), printable):  # never a blank in print
        raise ValidationFailed({"document": problem})
    return keep_document(
        database, case_id, kind, version, document.document_number, render(document), now, total_fen
    )


@requires(Permission.DOCUMENTS)
def generate_progress_report(database: Database, case_id: int, now: datetime) -> LetterInfo:
    return _generate(
        database,
        case_id,
        DocumentKind.PROGRESS,
        now,
        lambda version: compose_progress_report(database, case_id, now, version),
        render_progress_report,
    )


@requires(Permission.DOCUMENTS)
def generate_failure_notice(
    database: Database, case_id: int, now: datetime, account: FailureAccount
) -> LetterInfo:
    return _generate(
        database,
        case_id,
        DocumentKind.FAILURE,
        now,
        lambda version: compose_failure_notice(database, case_id, now, account, version),
        render_failure_notice,
        int(account.compensation * 100),
    )


@requires(Permission.DOCUMENTS)
def generate_case_summary(database: Database, case_id: int, now: datetime) -> LetterInfo:
    return _generate(
        database,
        case_id,
        DocumentKind.SUMMARY,
        now,
        lambda version: compose_case_summary(database, case_id, now, version),
        render_case_summary,
    )
