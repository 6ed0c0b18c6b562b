"""A case's material pre-check after intake: the supervisor and legal reviews, or an override.

The three levels rarely happen at the counter: the supervisor and the legal reviewer sign later,
and the case becomes 已受理 when the last one passes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Case, Client, MaterialCheck, MaterialReviewRecord
from app.domain.intake_form import IntakeForm, MaterialEntry, ReviewEntry, pre_check_problems
from app.domain.material_checklist import ReviewLevel, builtin_material_checklist
from app.domain.permissions import Permission
from app.domain.vocabulary import CaseStatus
from app.usecases.access import acting_staff, may, require, requires
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from app.usecases.intake import case_acceptance, signers, write_material_checks
from app.usecases.signatures import take_signatures
from app.usecases.staff import list_staff, staffing_of


@dataclass
class CaseMaterials:
    """A case's pre-check as the review dialog edits it; ``form`` carries the checks and reviews."""

    case_id: int
    number: str
    version: int  # the case's version when read: saving over another desk's change is refused
    client_name: str
    credit_code: str
    status: CaseStatus
    form: IntakeForm


def load_case_materials(database: Database, case_id: int) -> CaseMaterials:
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, case_id)
        client = session.get_one(Client, case.client_id)  # kept by the foreign key
        form = IntakeForm(
            service_type=case.service_type,
            deadline=case.requested_deadline,
            acceptance_override_by_id=case.acceptance_override_by_id,
            acceptance_override_reason=case.acceptance_override_reason,
        )
        form.materials = [
            MaterialEntry(c.item_key, c.state, c.note, c.name_on_document, c.code_on_document, c.issued_on,
                          c.expires_on)
            for c in session.scalars(
                select(MaterialCheck).where(MaterialCheck.case_id == case_id).order_by(MaterialCheck.position)
            )
        ]  # fmt: skip
        form.reviews = [
            ReviewEntry(r.level, r.reviewer_id, r.reviewed_at)
            for r in session.scalars(
                select(MaterialReviewRecord).where(MaterialReviewRecord.case_id == case_id)
            )
        ]
        return CaseMaterials(
            case.id, case.number, case.version, client.name, client.credit_code or "", case.status, form
        )


@requires(Permission.REVIEW_MATERIALS)
def save_case_materials(
    database: Database, materials: CaseMaterials, now: datetime
) -> tuple[CaseStatus, list[str]]:
    """Store the checks and reviews; a case waiting for acceptance becomes 已受理 when they pass.

    Returns the case's status and what still keeps it from passing.

    Raises:
        NotPermitted: the legal sign-off changed by a role that may not sign compliance.
        ValidationFailed: a review by the wrong role or person, an override without reason.
        ConcurrentEdit: another desk changed the case since it was read.
    """
    form = materials.form
    signed = _check_legal_sign_off(database, materials.case_id, form)
    staffing = staffing_of(list_staff(database))
    if problems := pre_check_problems(form, staffing):
        raise ValidationFailed(problems)
    checklist = builtin_material_checklist(form.service_type)
    status, open_problems = case_acceptance(
        form, checklist, materials.client_name, materials.credit_code, staffing, now
    )
    with database.unit_of_work() as session:
        case = get_or_refuse(session, Case, materials.case_id)
        if case.version != materials.version:
            raise ConcurrentEdit()
        case.updated_at = now
        session.flush()  # the versioned UPDATE first: a second desk waits here, then finds it stale
        write_material_checks(session, case.id, form, checklist)
        overridden_by = case.acceptance_override_by_id
        case.acceptance_override_reason = form.acceptance_override_reason.strip() if open_problems else ""
        case.acceptance_override_by_id = form.acceptance_override_by_id if open_problems else None
        named = signers(form, case, signed)
        if case.acceptance_override_by_id == overridden_by:
            named.pop("acceptance_override")  # decided before, not signed now
        named.pop("cost_approver")
        take_signatures(database, session, named, now, case.id)
        if case.status is CaseStatus.INTAKE and status is CaseStatus.ACCEPTED:
            case.status, case.accepted_at = CaseStatus.ACCEPTED, now
        session.flush()
        materials.version = case.version
        return case.status, open_problems


def _check_legal_sign_off(database: Database, case_id: int, form: IntakeForm) -> set[tuple[int, datetime]]:
    """The reviews already stored (reviewer, time); the legal review (法务终审) is the compliance
    sign-off: taken back only by a compliance role, and a new one is signed by the compliance person
    logged in, or by one who signs at this desk (app/usecases/signatures.py)."""
    with database.unit_of_work() as session:
        stored = session.execute(
            select(
                MaterialReviewRecord.level, MaterialReviewRecord.reviewer_id, MaterialReviewRecord.reviewed_at
            ).where(MaterialReviewRecord.case_id == case_id)
        ).all()
    signed = {(reviewer, at) for level, reviewer, at in stored if level is ReviewLevel.LEGAL}
    legal = {(r.staff_id, r.at) for r in form.reviews if r.level is ReviewLevel.LEGAL}
    if signed - legal:
        require(database, Permission.SIGN_COMPLIANCE)
    if legal - signed and may(database, Permission.SIGN_COMPLIANCE):
        for review in form.reviews:
            if review.level is ReviewLevel.LEGAL and (review.staff_id, review.at) not in signed:
                review.staff_id = acting_staff(database, review.staff_id)
    return {(reviewer, at) for _level, reviewer, at in stored}
