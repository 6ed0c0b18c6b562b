"""Front-desk intake: what the form needs loaded, the live urgency advice, saving, and drafts.

The form asks :func:`load_intake_context` once, then recomputes the advice as the clerk types
without touching the database; :func:`save_intake` checks everything again and writes the client,
the case, its assessment, cost estimate, material pre-check, evidence and plan in one transaction.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    Case,
    Client,
    CostLine,
    EvidenceFile,
    IntakeDraft,
    MaterialCheck,
    MaterialReviewRecord,
    OfficeProfile,
    UrgencyAssessmentRecord,
)
from app.domain.cost_estimate import CENT, parse_amount
from app.domain.credit_code import normalize_credit_code
from app.domain.intake_form import (
    SUPERVISOR_ROLES,
    IntakeForm,
    MaterialEntry,
    Staffing,
    acceptance_problems,
    handling_needs_reason,
    intake_problems,
)
from app.domain.material_checklist import MaterialChecklist, builtin_material_checklist
from app.domain.message import Message
from app.domain.permissions import Permission, mask_identity, mask_phone
from app.domain.sop_template import Flow, duration_minutes
from app.domain.urgency import (
    Recommendation,
    UrgencyAssessment,
    UrgencyDimension,
    UrgencyInput,
    assess_urgency,
)
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, ServiceTier, ServiceType
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import acting_staff, may, require, requires
from app.usecases.calendar import load_working_calendar, working_calendar
from app.usecases.errors import ValidationFailed
from app.usecases.office import update_office_settings
from app.usecases.planning import insert_plan, store_schedules
from app.usecases.signatures import take_signatures
from app.usecases.sop import PublishedTemplate, list_templates, load_template, published_template
from app.usecases.staff import StaffMember, active_staff, list_staff, staffing_of
from app.usecases.stored_documents import checked_file, keep_file


@dataclass(frozen=True)
class ClientSummary:
    id: int
    name: str
    credit_code: str
    contact_person: str
    phone: str
    tier: ServiceTier
    address: str = ""

    def matches(self, words: list[str]) -> bool:
        """Every word (lower case) is in the name, code, contact person or phone."""
        haystack = f"{self.name} {self.credit_code} {self.contact_person} {self.phone}".lower()
        return all(word in haystack for word in words)


@dataclass
class IntakeContext:
    """Everything the form reads, loaded once when it opens."""

    calendar: WorkingCalendar
    templates: dict[ServiceType, list[PublishedTemplate]]
    staff: list[StaffMember]
    threshold: Decimal
    clients: list[ClientSummary]
    _checklists: dict[ServiceType, MaterialChecklist] = field(default_factory=dict)

    def staffing(self) -> Staffing:
        return staffing_of(self.staff)

    def checklist(self, service_type: ServiceType) -> MaterialChecklist:
        if service_type not in self._checklists:
            self._checklists[service_type] = builtin_material_checklist(service_type)
        return self._checklists[service_type]

    def template(self, code: str) -> PublishedTemplate | None:
        return next((t for ts in self.templates.values() for t in ts if t.template.code == code), None)

    def client(self, client_id: int | None) -> ClientSummary | None:
        return next((c for c in self.clients if c.id == client_id), None)


def list_client_summaries(database: Database, masked: bool = True, *where) -> list[ClientSummary]:
    """Every client (or those ``where`` picks); phones and credit codes masked for a role that may not
    see them (``masked``)."""
    with database.unit_of_work() as session:
        clients = _client_summaries(session, *where)
    if masked and not may(database, Permission.VIEW_CLIENT_IDENTITY):
        clients = [
            replace(c, credit_code=mask_identity(c.credit_code), phone=mask_phone(c.phone)) for c in clients
        ]
    return clients


def _client_summaries(session: Session, *where) -> list[ClientSummary]:
    rows = session.execute(
        select(Client.id, Client.name, func.coalesce(Client.credit_code, ""), Client.contact_person,
               Client.phone, Client.tier, Client.address).where(*where).order_by(Client.name)
    )  # fmt: skip
    return [ClientSummary(*row) for row in rows]


def approval_threshold(database: Database) -> Decimal:
    """Cost estimates above this need a supervisor's approval (the office sets it)."""
    with database.unit_of_work() as session:
        return _approval_threshold(session)


def _approval_threshold(session: Session) -> Decimal:
    fen = session.scalar(select(OfficeProfile.approval_threshold_fen).order_by(OfficeProfile.id).limit(1))
    return (Decimal(500_000 if fen is None else fen) * CENT).quantize(CENT)


@requires(Permission.EDIT_SETTINGS)
def save_approval_threshold(database: Database, text: str) -> Decimal:
    """Raises: ValidationFailed ``threshold`` for text that is not an amount, or no office profile yet."""
    try:
        amount = parse_amount(text)
    except ValueError as error:
        raise ValidationFailed({"threshold": str(error)}) from error
    update_office_settings(database, "threshold", approval_threshold_fen=int(amount * 100))
    return amount


def load_intake_context(database: Database) -> IntakeContext:
    """Everything the form offers: every expedite template, staff member and client (masked)."""
    templates: dict[ServiceType, list[PublishedTemplate]] = {service: [] for service in ServiceType}
    for summary in list_templates(database):
        # None: deleted since it was listed.
        if summary.flow is Flow.EXPEDITE and (published := load_template(database, summary.code)) is not None:
            templates[summary.service_type].append(published)
    return IntakeContext(
        load_working_calendar(database),
        templates,
        list_staff(database),
        approval_threshold(database),
        list_client_summaries(database),
    )


def _saving_context(database: Database, form: IntakeForm) -> IntakeContext:
    """What saving ``form`` checks against: its own template and client (and the owner of its credit
    code) and the people it names or who is logged in, not every template, client and person the form
    offers: a save reads a handful of rows, in one transaction (on a server, each costs round trips of
    its own; a large office's staff took 6 ms to read)."""
    templates: dict[ServiceType, list[PublishedTemplate]] = {service: [] for service in ServiceType}
    code = normalize_credit_code(form.new_client.credit_code)
    picked = [Client.id == form.client_id] if form.client_id is not None else []
    owner = [Client.credit_code == code] if code else []
    named = form.named_staff() | ({database.actor.staff_id} if database.actor else set())
    with database.unit_of_work() as session:
        published = published_template(session, form.template_code) if form.template_code else None
        clients = _client_summaries(session, or_(*picked, *owner)) if picked or owner else []
        calendar, staff, threshold = (
            working_calendar(session),
            active_staff(session, among=named),
            _approval_threshold(session),
        )
    if published is not None and published.template.flow is Flow.EXPEDITE:
        templates[published.template.service_type].append(published)
    return IntakeContext(calendar, templates, staff, threshold, clients)


@dataclass(frozen=True)
class LeadTime:
    """The advice and the figures behind it."""

    facts: UrgencyInput
    assessment: UrgencyAssessment
    projected_finish: datetime  # of the expedite plan started now
    estimated: bool  # the plan or the normal flow runs over days of estimated holiday data
    normal_finish: datetime  # of the normal flow started now

    def finish_window(self, handling: Recommendation) -> tuple[datetime, datetime]:
        """When ``handling`` finishes, earliest and latest: one moment, except a targeted expedite,
        which speeds up only the bottleneck and so lands between the expedite plan and the normal flow."""
        if handling is Recommendation.NORMAL:
            return self.normal_finish, self.normal_finish
        if handling is Recommendation.TARGETED:
            earliest, latest = sorted((self.projected_finish, self.normal_finish))
            return earliest, latest
        return self.projected_finish, self.projected_finish


def assess_request(context: IntakeContext, form: IntakeForm, now: datetime) -> LeadTime | None:
    """The urgency advice for the form as it stands; None until it has a deadline and a template."""
    published = context.template(form.template_code)
    if form.deadline is None or published is None:
        return None
    template, calendar = published.template, context.calendar
    schedule = template.schedule(calendar, now, form.deadline)
    finish = schedule.projected_finish
    chain = [schedule.tasks[key] for key in schedule.critical_chain()]
    bottleneck = max(chain, key=lambda task: task.duration).name if chain else ""
    facts = UrgencyInput(
        scores={d: form.scores.get(d, 0) for d in UrgencyDimension},
        minutes_left=max(0, calendar.working_minutes_between(now, form.deadline)),
        normal_minutes=duration_minutes(template.normal_duration, calendar.hours.minutes_per_day),
        expedite_minutes=calendar.working_minutes_between(now, finish),
        bottleneck=bottleneck,
    )
    normal_finish = calendar.add_working_minutes(now, facts.normal_minutes)
    estimated = schedule.estimated or calendar.estimated_between(now, normal_finish)
    return LeadTime(facts, assess_urgency(facts), finish, estimated, normal_finish)


@dataclass(frozen=True)
class SavedIntake:
    case_id: int
    number: str
    status: CaseStatus
    tasks: int
    open_problems: tuple[str, ...]  # why the case is not 已受理 yet (empty when it is)


def next_case_number(session: Session, year: int) -> str:
    """``JJ2026-00042``: per year, one more than the highest so far."""
    prefix = f"JJ{year}-"
    latest = session.scalar(select(func.max(Case.number)).where(Case.number.like(f"{prefix}%")))
    return f"{prefix}{int(latest.removeprefix(prefix)) + 1 if latest else 1:05d}"


def case_acceptance(
    form: IntakeForm, checklist: MaterialChecklist, name: str, code: str, staffing: Staffing, now: datetime
) -> tuple[CaseStatus, list[str]]:
    """已受理 when the materials pass the checklist and all three reviews, or a supervisor overrides."""
    problems = acceptance_problems(form, checklist, name, code, staffing, now.date())
    by_id = form.acceptance_override_by_id
    overridden = bool(form.acceptance_override_reason.strip()) and (
        by_id is not None and staffing.roles.get(by_id) in SUPERVISOR_ROLES
    )
    return (CaseStatus.ACCEPTED if not problems or overridden else CaseStatus.INTAKE), problems


def save_intake(database: Database, form: IntakeForm, now: datetime, desk: str) -> SavedIntake:
    """Create the client (if new), the case and everything the intake decided; drop the desk's draft.

    Raises:
        NotPermitted: the role may not take intakes, or not approve the estimate above the threshold.
        ValidationFailed: field → Chinese message; nothing is written.
    """
    require(database, Permission.INTAKE)
    form = replace(form, intake_by_id=acting_staff(database, form.intake_by_id))  # 接待人: who is logged in
    context = _saving_context(database, form)
    lead = assess_request(context, form, now)
    recommended = lead.assessment.recommendation if lead else Recommendation.FULL
    if form.cost_estimate().needs_approval(context.threshold) and may(database, Permission.APPROVE_FEES):
        # A manager logged in approves; anyone else needs the manager's signature at the desk.
        form = replace(form, cost_approver_id=acting_staff(database, form.cost_approver_id))
    staffing = context.staffing()
    problems = intake_problems(form, now, staffing, context.threshold, recommended)
    if form.client_id is not None and context.client(form.client_id) is None:
        problems["client_name"] = QT_TRANSLATE_NOOP("messages", "所选客户已不存在，请重新搜索")
    code = normalize_credit_code(form.new_client.credit_code)
    if form.client_id is None and code and "client_credit_code" not in problems:
        owner = next((c for c in context.clients if c.credit_code == code), None)
        if owner is not None:
            problems["client_credit_code"] = Message(
                QT_TRANSLATE_NOOP("messages", "该信用代码已登记为客户“{name}”，请在搜索中选择该客户"),
                name=owner.name,
            )
    if problems or lead is None:
        raise ValidationFailed(problems or {"deadline": QT_TRANSLATE_NOOP("messages", "请填写截止时间")})

    # Measured and hashed before the transaction, stored within it (with the records that name them).
    stored = [
        (entry.title.strip(), Path(entry.path), checked_file(Path(entry.path), "evidence"))
        for entry in form.evidence
    ]
    existing = context.client(form.client_id)
    name = existing.name if existing else form.new_client.name.strip()
    code = existing.credit_code if existing else code
    status, open_problems = case_acceptance(
        form, context.checklist(form.service_type), name, code, staffing, now
    )
    estimate = form.cost_estimate()
    published = context.template(form.template_code)
    assert published is not None  # else assess_request found none and lead is None

    def write() -> SavedIntake:
        with database.unit_of_work() as session:
            if existing is None:
                client = Client(
                    name=name,
                    credit_code=code or None,
                    contact_person=form.new_client.contact_person.strip(),
                    phone=form.new_client.phone.strip(),
                    tier=form.new_client.tier,
                    address=form.new_client.address.strip(),
                )
                session.add(client)
                session.flush()
                client_id = client.id
            else:
                client_id = existing.id
                if existing.address != form.new_client.address.strip():  # completed or corrected
                    session.get_one(Client, client_id).address = form.new_client.address.strip()
            case = Case(
                number=next_case_number(session, now.year),
                client_id=client_id,
                service_type=form.service_type,
                title=form.title.strip(),
                status=status,
                requested_deadline=form.deadline,
                request_detail=form.detail.strip(),
                consequence=form.consequence.strip(),
                intake_by_id=form.intake_by_id,
                cost_approved_by_id=form.cost_approver_id
                if estimate.needs_approval(context.threshold)
                else None,
                cost_approved_at=now if estimate.needs_approval(context.threshold) else None,
                accepted_at=now if status is CaseStatus.ACCEPTED else None,
                acceptance_override_reason=form.acceptance_override_reason.strip() if open_problems else "",
                acceptance_override_by_id=form.acceptance_override_by_id if open_problems else None,
                sop_version_id=published.version_id,  # the plan's, inserted below
                created_at=now,
                updated_at=now,
            )
            session.add(case)
            session.flush()
            take_signatures(database, session, signers(form, case), now, case.id)
            _write_assessment(session, case.id, form, lead, now)
            session.execute(
                insert(CostLine),
                [{"case_id": case.id, "item": item, "amount_fen": int(amount * 100)}
                 for item, amount in estimate.items.items()],
            )  # fmt: skip
            write_material_checks(session, case.id, form, context.checklist(form.service_type), new_case=True)
            for _title, path, checked in stored:
                keep_file(session, path, checked, "evidence")
            if stored:
                session.execute(
                    insert(EvidenceFile),
                    [{"case_id": case.id, "title": title, "file_name": f.file_name, "sha256": f.sha256,
                      "size": f.size, "attached_at": now} for title, _path, f in stored],
                )  # fmt: skip
            tasks = insert_plan(session, case, published, context.calendar.hours.minutes_per_day)
            store_schedules(session, [case.id], context.calendar, now)
            session.execute(delete(IntakeDraft).where(IntakeDraft.desk == desk))
            return SavedIntake(case.id, case.number, status, tasks, tuple(open_problems))

    # Two desks saving at the same moment may draw the same case number: the second one retries.
    for _retry in range(2):
        try:
            return write()
        except IntegrityError:
            continue
    try:
        return write()
    except IntegrityError as error:
        raise ValidationFailed(
            {
                "case": QT_TRANSLATE_NOOP(
                    "messages", "保存时与其他工作台冲突（案件编号或客户重复），请再保存一次"
                )
            }
        ) from error


def _write_assessment(
    session: Session, case_id: int, form: IntakeForm, lead: LeadTime, now: datetime
) -> None:
    facts, assessment = lead.facts, lead.assessment
    chosen = form.chosen_handling(assessment.recommendation)
    session.add(
        UrgencyAssessmentRecord(
            case_id=case_id,
            **{dimension.value: facts.scores[dimension] for dimension in UrgencyDimension},
            minutes_left=facts.minutes_left,
            normal_minutes=facts.normal_minutes,
            expedite_minutes=facts.expedite_minutes,
            recommended=assessment.recommendation,
            reasons=assessment.summary(),
            chosen=chosen,
            override_reason=form.override_reason.strip()
            if handling_needs_reason(chosen, assessment.recommendation)
            else "",
            assessed_at=now,
        )
    )


def signers(
    form: IntakeForm, case: Case, signed: Collection[tuple[int, datetime]] = ()
) -> dict[str, int | None]:
    """The people a save names as signing (field → staff id), leaving out reviews already stored."""
    named = {
        f"review_{r.level.value}": r.staff_id for r in form.reviews if (r.staff_id, r.at) not in set(signed)
    }
    return named | {
        "cost_approver": case.cost_approved_by_id,
        "acceptance_override": case.acceptance_override_by_id,
    }


def write_material_checks(
    session: Session, case_id: int, form: IntakeForm, checklist: MaterialChecklist, *, new_case: bool = False
) -> None:
    """Make the case's material checks and reviews the form's (every checklist item gets a row).

    Rows are changed in place, field by field, so the audit trail says what changed (not that every
    item was deleted and added again); items and reviews no longer in the form are deleted. A
    ``new_case`` has none yet: nothing is read (two round trips to a server).
    """
    stored = {} if new_case else {
        c.item_key: c for c in session.scalars(select(MaterialCheck).where(MaterialCheck.case_id == case_id))
    }  # fmt: skip
    entries = {entry.key: entry for entry in form.materials}
    added = []
    for position, item in enumerate(checklist.items):
        entry = entries.get(item.key) or MaterialEntry(item.key)
        values = {
            "position": position, "item_name": item.name, "required": item.required, "state": entry.state,
            "note": entry.note.strip(), "name_on_document": entry.name_on_document.strip(),
            "code_on_document": normalize_credit_code(entry.code_on_document),
            "issued_on": entry.issued_on, "expires_on": entry.expires_on,
        }  # fmt: skip
        row = stored.pop(item.key, None)
        if row is None:
            added.append({"case_id": case_id, "item_key": item.key, **values})
        else:
            _update(row, values)
    for row in stored.values():
        session.delete(row)
    if added:
        session.execute(insert(MaterialCheck), added)
    reviews = {} if new_case else {
        r.level: r
        for r in session.scalars(select(MaterialReviewRecord).where(MaterialReviewRecord.case_id == case_id))
    }  # fmt: skip
    for review in form.reviews:
        signed = {"reviewer_id": review.staff_id, "reviewed_at": review.at}
        if (stored_review := reviews.pop(review.level, None)) is None:
            session.add(MaterialReviewRecord(case_id=case_id, level=review.level, **signed))
        else:
            _update(stored_review, signed)
    for withdrawn in reviews.values():
        session.delete(withdrawn)


def _update(row: object, values: dict[str, object]) -> None:
    """Set only the fields that differ: an unchanged value is no change in the audit trail."""
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


@dataclass(frozen=True)
class Draft:
    form: IntakeForm
    saved_at: datetime


@requires(Permission.INTAKE)
def save_draft(database: Database, desk: str, form: IntakeForm, now: datetime) -> None:
    """Keep the form as typed, one draft per desk (replaced at every autosave)."""
    with database.unit_of_work() as session:
        draft = session.scalars(select(IntakeDraft).where(IntakeDraft.desk == desk)).first()
        if draft is None:
            session.add(IntakeDraft(desk=desk, content=form.to_data(), saved_at=now))
        else:
            draft.content, draft.saved_at = form.to_data(), now


def load_draft(database: Database, desk: str) -> Draft | None:
    """The desk's draft, or None. A draft an older or newer app cannot read is dropped, not fatal."""
    with database.unit_of_work() as session:
        draft = session.scalars(select(IntakeDraft).where(IntakeDraft.desk == desk)).first()
        if draft is None:
            return None
        content, saved_at = draft.content, draft.saved_at
    try:
        return Draft(IntakeForm.from_data(content), saved_at)
    except (KeyError, TypeError, ValueError):
        return None


@requires(Permission.INTAKE)
def discard_draft(database: Database, desk: str) -> None:
    with database.unit_of_work() as session:
        session.execute(delete(IntakeDraft).where(IntakeDraft.desk == desk))
