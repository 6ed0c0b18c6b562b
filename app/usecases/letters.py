"""Confirmation letters: composed from the case, rendered, kept as versions, signed copies tracked.

A version, once generated, is never overwritten: a change to the case makes the next version. The
client's signed version fixes the plan the case is measured against (its baseline).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    CostLine,
    LetterVersion,
    MaterialCheck,
    MaterialReviewRecord,
    OfficeProfile,
    Staff,
    Task,
)
from app.domain.case_documents import DocumentKind
from app.domain.chinese_amount import rmb_capitals
from app.domain.chinese_format import format_moment_long
from app.domain.cost_estimate import CENT, CostItem
from app.domain.letter import (
    ConfirmationLetter,
    FeeLine,
    LetterClauses,
    MaterialLine,
    Milestone,
    Party,
    document_file_name,
    fill,
    letter_texts,
    load_letter_clauses,
    unprintable_problem,
)
from app.domain.material_checklist import Review
from app.domain.permissions import Permission
from app.domain.scheduling import schedule_plan
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceTier
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_name, requires
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ValidationFailed, get_or_refuse
from app.usecases.gantt import set_baseline_in
from app.usecases.planning import plans_of_cases
from app.usecases.stored_documents import StoredFile, checked_file, keep_bytes, keep_file
from reports.confirmation_letter import render_confirmation_letter
from reports.fonts import printable


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


@dataclass(frozen=True)
class CaseParties:
    """Both parties of a case's documents: the office (乙方) and the client (甲方)."""

    office: Party
    signatory: str
    seal_text: str
    office_hours: str
    client: Party
    tier: ServiceTier
    bank_name: str = ""
    bank_account: str = ""


def case_parties(session: Session, case_id: int) -> CaseParties:
    """Raises: ValidationFailed ``letter`` without an office profile or for a case that does not exist."""
    office = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id).limit(1)).first()
    if office is None:
        raise ValidationFailed({"letter": QT_TRANSLATE_NOOP("messages", "请先填写机构信息")})
    case = get_or_refuse(session, Case, case_id, field="letter")
    client = session.get_one(Client, case.client_id)  # kept by the foreign key
    return CaseParties(
        Party(office.name, office.credit_code, office.address, office.signatory, office.phone),
        office.signatory, office.seal_text, office.office_hours,
        Party(client.name, client.credit_code or "", client.address, client.contact_person, client.phone),
        client.tier, office.bank_name, office.bank_account,
    )  # fmt: skip


def compose_confirmation_letter(
    database: Database,
    case_id: int,
    now: datetime,
    version: int,
    clauses: LetterClauses | None = None,
    calendar: WorkingCalendar | None = None,
) -> ConfirmationLetter:
    """The letter as it would print now: parties, plan from ``now``, fees, clauses filled in.

    Raises:
        ValidationFailed: ``letter`` when the office profile is missing, the case has no plan, or a
            text holds a character no font has (it would print blank).
    """
    clauses = clauses or load_letter_clauses()
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        parties = case_parties(session, case_id)
        case = session.get_one(Case, case_id)  # case_parties found it
        plans = plans_of_cases(session, [case_id])
        milestone_ids = set(session.scalars(select(Task.id).where(Task.case_id == case_id, Task.milestone)))
        fees = dict(
            session.execute(
                select(CostLine.item, CostLine.amount_fen).where(CostLine.case_id == case_id)
            ).all()
        )
        materials = tuple(
            MaterialLine(check.item_name, check.required, check.state, check.note)
            for check in session.scalars(
                select(MaterialCheck).where(MaterialCheck.case_id == case_id).order_by(MaterialCheck.position)
            )
        )
        reviews = tuple(
            Review(level, name, at)
            for level, name, at in session.execute(
                select(MaterialReviewRecord.level, Staff.name, MaterialReviewRecord.reviewed_at)
                .join(Staff, Staff.id == MaterialReviewRecord.reviewer_id)
                .where(MaterialReviewRecord.case_id == case_id)
                .order_by(MaterialReviewRecord.reviewed_at)
            )
        )
        number, title, detail = case.number, case.title, case.request_detail
        service, deadline = case.service_type, case.requested_deadline
    office_party, client_party, hours = parties.office, parties.client, parties.office_hours
    signatory, seal, tier = parties.signatory, parties.seal_text, parties.tier
    tasks, _deadline = plans.get(case_id, ([], deadline))
    if not tasks:
        raise ValidationFailed(
            {"letter": QT_TRANSLATE_NOOP("messages", "该案件还没有任务计划，无法写明完成时限")}
        )
    schedule = schedule_plan(tasks, calendar, now, deadline)
    finish = schedule.projected_finish
    milestones = tuple(
        Milestone(
            t.name,
            schedule.instant(t.earliest_finish, finish=True),
            calendar.is_estimated(schedule.instant(t.earliest_finish, finish=True).date()),
            calendar.day(schedule.instant(t.earliest_finish, finish=True).date()).makeup,
        )
        for key in schedule.order
        if int(key) in milestone_ids and not (t := schedule.tasks[key]).done
    )
    lines = tuple(FeeLine(item.label, _yuan(fees.get(item, 0))) for item in CostItem if fees.get(item, 0))
    total = sum((line.amount for line in lines), Decimal("0.00"))
    cap = total * clauses.loss_cap_multiple
    values = {
        "client": client_party.name,
        "office": office_party.name,
        "deadline": format_moment_long(deadline),
        "finish": format_moment_long(finish),  # what 乙方 promises, which may be after the deadline
        "materials_due": format_moment_long(
            calendar.add_working_minutes(now, clauses.materials_due_hours * 60)
        ),
        "confirm_hours": str(clauses.confirm_within_hours),
        "total": f"¥{total:,.2f}",
        "loss_cap_multiple": str(clauses.loss_cap_multiple),
        "office_hours": hours,
        "cap": f"¥{cap:,.2f}（{rmb_capitals(cap)}）",
    }
    tier_name, response = clauses.tiers[tier]
    estimated = schedule.estimated
    basis = fill(clauses.calendar_basis, values) + (fill(clauses.estimated_note, values) if estimated else "")
    letter = ConfirmationLetter(
        clauses.title,
        f"QR-{number}-V{version}",
        version,
        now.date(),
        office_party,
        signatory,
        seal,
        client_party,
        service.label,
        title,
        detail,
        deadline,
        finish,
        estimated,
        basis,
        milestones,
        lines,
        total,
        rmb_capitals(total),
        fill(clauses.preamble, values),
        tuple(fill(t, values) for t in clauses.client_obligations),
        tuple(fill(t, values) for t in clauses.risks),
        tuple(fill(t, values) for t in clauses.responsibilities),
        tier_name,
        tuple(fill(t, values) for t in response),
        fill(clauses.closing, values),
        calendar.day(finish.date()).makeup,
        parties.bank_name,
        parties.bank_account,
        materials,
        reviews,
    )
    if problem := unprintable_problem(letter_texts(letter), printable):
        raise ValidationFailed({"letter": problem})
    return letter


def render_letter(database: Database, case_id: int, now: datetime) -> bytes:
    """The current confirmation letter of a case as PDF bytes (the next version's number)."""
    version = next_document_version(database, case_id, DocumentKind.CONFIRMATION)
    return render_confirmation_letter(compose_confirmation_letter(database, case_id, now, version))


def next_document_version(database: Database, case_id: int, kind: DocumentKind) -> int:
    with database.unit_of_work() as session:
        latest = session.scalar(
            select(func.max(LetterVersion.version)).where(
                LetterVersion.case_id == case_id, LetterVersion.kind == kind
            )
        )
    return (latest or 0) + 1


@dataclass(frozen=True)
class LetterInfo:
    id: int
    case_id: int
    kind: DocumentKind
    version: int
    document_number: str
    file_name: str
    sha256: str
    total: Decimal
    committed_finish: datetime | None
    created_at: datetime
    signed_on: date | None
    received_by: str
    scan_name: str
    scan_sha256: str | None  # None: no scan registered


def _info(row: LetterVersion) -> LetterInfo:
    return LetterInfo(
        row.id,
        row.case_id,
        DocumentKind(row.kind),
        row.version,
        row.document_number,
        row.file_name,
        row.sha256,
        _yuan(row.total_fen),
        row.committed_finish,
        row.created_at,
        row.signed_on,
        row.received_by,
        row.scan_name,
        row.scan_sha256,
    )


@requires(Permission.DOCUMENTS)
def generate_letter_version(database: Database, case_id: int, now: datetime) -> LetterInfo:
    """Render the letter as it stands and keep it as the next version (never overwriting one)."""
    version = next_document_version(database, case_id, DocumentKind.CONFIRMATION)
    letter = compose_confirmation_letter(database, case_id, now, version)
    return keep_document(
        database, case_id, DocumentKind.CONFIRMATION, version, letter.document_number,
        render_confirmation_letter(letter), now, int(letter.total * 100), letter.committed_finish,
    )  # fmt: skip


@requires(Permission.DOCUMENTS)
def keep_document(
    database: Database,
    case_id: int,
    kind: DocumentKind,
    version: int,
    number: str,
    pdf: bytes,
    now: datetime,
    total_fen: int = 0,
    committed_finish: datetime | None = None,
) -> LetterInfo:
    """Store a generated document by content and record it as a version of the case's documents."""
    with database.unit_of_work() as session:
        stored = keep_bytes(session, pdf, f"{number}.pdf")
        row = LetterVersion(
            case_id=case_id,
            kind=kind.value,
            version=version,
            document_number=number,
            file_name=stored.file_name,
            sha256=stored.sha256,
            size=stored.size,
            total_fen=total_fen,
            committed_finish=committed_finish,
            created_at=now,
        )
        session.add(row)
        session.flush()
        return _info(row)


#: How a saved copy's file name starts, per kind of document.
FILE_TITLES = {
    DocumentKind.CONFIRMATION: "确认书", DocumentKind.PROGRESS: "进度报告",
    DocumentKind.FAILURE: "告知书", DocumentKind.SUMMARY: "案件摘要",
}  # fmt: skip


def suggested_file_name(database: Database, letter: LetterInfo) -> str:
    """``确认书-<客户>-<案件号>-V<n>.pdf``: the name a saved copy is offered under."""
    with database.unit_of_work() as session:
        number, client = session.execute(
            select(Case.number, Client.name)
            .join(Client, Client.id == Case.client_id)
            .where(Case.id == letter.case_id)
        ).one()
    return document_file_name(FILE_TITLES[letter.kind], client, number, letter.version)


def list_letter_versions(database: Database, case_id: int) -> list[LetterInfo]:
    with database.unit_of_work() as session:
        rows = session.scalars(
            select(LetterVersion)
            .where(LetterVersion.case_id == case_id)
            .order_by(LetterVersion.version.desc())
        )
        return [_info(row) for row in rows]


@requires(Permission.REGISTER_SIGNED)
def mark_signed(
    database: Database, letter_id: int, signed_on: date, received_by: str, scan: Path | None, now: datetime
) -> LetterInfo:
    """Record the client's signature on a confirmation letter, with the scanned copy.

    The first signature of a case makes its plan as it stands the baseline; registering again (to add
    the scan later) changes the record, not the baseline.

    Raises:
        ValidationFailed: ``received_by`` empty, ``signed_on`` in the future, the scan unreadable or
            over the size limit.
    """
    received_by = acting_name(database, received_by)
    problems = {}
    if not received_by.strip():
        problems["received_by"] = QT_TRANSLATE_NOOP("messages", "请填写接收签回件的人")
    if signed_on > now.date():
        problems["signed_on"] = QT_TRANSLATE_NOOP("messages", "签署日期不能晚于今天")
    if problems:
        raise ValidationFailed(problems)
    stored: StoredFile | None = checked_file(scan, "scan") if scan else None
    with database.unit_of_work() as session:
        row = session.get(LetterVersion, letter_id)
        if row is None or row.kind != DocumentKind.CONFIRMATION.value:
            raise ValidationFailed({"letter": QT_TRANSLATE_NOOP("messages", "只有确认书才能登记签回")})
        first_signature = not session.scalar(
            select(func.count())
            .select_from(LetterVersion)
            .where(LetterVersion.case_id == row.case_id, LetterVersion.signed_on.is_not(None))
        )
        row.signed_on, row.received_by = signed_on, received_by.strip()
        if scan is not None and stored is not None:
            keep_file(session, scan, stored, "scan")
            row.scan_name, row.scan_sha256 = stored.file_name, stored.sha256
        if first_signature:  # the plan the client agreed to; a scan added later does not move it
            set_baseline_in(session, row.case_id, now)
        return _info(row)


def signed_letter(database: Database, case_id: int) -> LetterInfo | None:
    """The latest signed version of the case's confirmation letter, or None."""
    return next(
        (
            letter
            for letter in list_letter_versions(database, case_id)
            if letter.kind is DocumentKind.CONFIRMATION and letter.signed_on
        ),
        None,
    )


def start_needs_decision(session: Session, case: Case) -> bool:
    """Starting work on ``case`` needs someone's decision (board.move_task asks for it): no task of
    it started, its confirmation letter not signed back, and no one decided to start before that."""
    if case.unsigned_start_by:
        return False
    started = select(Task.id).where(Task.case_id == case.id, Task.started_at.is_not(None))
    signed = select(LetterVersion.id).where(
        LetterVersion.case_id == case.id,
        LetterVersion.kind == DocumentKind.CONFIRMATION.value,
        LetterVersion.signed_on.is_not(None),
    )
    return not session.scalar(select(started.exists() | signed.exists()))
