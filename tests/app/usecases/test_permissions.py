"""Each role's permissions as the use cases enforce them, whatever the screens show or hide; and the
client identity masked for roles that may not see it. Without a login (database.actor None) the
caller is the system and every check passes: the other tests run that way."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app.db.models import (
    Case,
    Client,
    ClientFeedback,
    ClientNotice,
    CompensationRecord,
    FailureRecord,
    IncidentRecord,
    MaterialReviewRecord,
    SlaClockRecord,
    Staff,
    Task,
    TaskChecklistItem,
)
from app.domain.case_costs import CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.client_notice import NoticeChannel
from app.domain.cost_estimate import CostItem
from app.domain.incident import IncidentCategory, PlanForm
from app.domain.intake_form import ReviewEntry
from app.domain.material_checklist import ReviewLevel
from app.domain.office_profile import OfficeProfileData
from app.domain.permissions import SYSTEM, Actor, mask_identity, mask_phone
from app.domain.risk_window import WindowForm
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus, StaffRole, TaskStatus
from app.domain.working_calendar import CalendarOverride
from app.sample.logins import DEMO_PASSWORD
from app.usecases.access import NotPermitted
from app.usecases.audit import audit_of_case
from app.usecases.board import MoveRequest, move_task
from app.usecases.calendar import delete_calendar_override, save_calendar_override, save_office_hours
from app.usecases.case_activity import case_feed, post_activity
from app.usecases.case_costs import record_compensation, record_failure
from app.usecases.cases import case_header
from app.usecases.client_notices import log_adhoc_notice, notice_templates, save_notice_templates
from app.usecases.closing import close_case
from app.usecases.contingency_plans import save_plan
from app.usecases.errors import ValidationFailed
from app.usecases.feedback import record_feedback
from app.usecases.incidents import IncidentReport, case_incidents, log_incident, resolve_incident
from app.usecases.intake import (
    list_client_summaries,
    load_intake_context,
    save_approval_threshold,
    save_intake,
)
from app.usecases.letters import (
    compose_confirmation_letter,
    generate_letter_version,
    mark_signed,
)
from app.usecases.material_review import load_case_materials, save_case_materials
from app.usecases.office import save_office_profile
from app.usecases.risk_calendar import save_window
from app.usecases.signatures import WrongSigner, countersign
from app.usecases.sla_clocks import load_sla_settings, save_sla_settings
from app.usecases.sop import load_template, publish_template_version
from tests.app.usecases.test_intake import DESK, _form
from tests.helpers import NOW, just_taken_in

SOP_CODE = "company-setup-expedite"


def _as(database, role: StaffRole, n: int = 0) -> Actor:
    """Log in (in effect) as the ``n``-th sample person with ``role``."""
    with database.unit_of_work() as session:
        staff = session.scalars(select(Staff).where(Staff.role == role).order_by(Staff.id)).all()[n]
        database.actor = Actor(staff.id, staff.name, staff.role, staff.username)
    return database.actor


def _username(database, staff_id: int) -> str:
    with database.unit_of_work() as session:
        return session.get_one(Staff, staff_id).username or ""


def _first(database, query):
    with database.unit_of_work() as session:
        return session.scalars(query.limit(1)).first()


def _open_case(database) -> int:
    return _first(
        database,
        select(Case.id)
        .where(Case.status.in_(OPEN_CASE_STATUSES), Case.requested_deadline > NOW)
        .order_by(Case.id),
    )


# -- intake -----------------------------------------------------------------------------------------
def test_a_specialist_cannot_save_an_intake_the_front_desk_can(sample_database):
    context = load_intake_context(sample_database)
    _as(sample_database, StaffRole.SPECIALIST)
    with pytest.raises(NotPermitted, match="“执行专员”无权登记接待单"):
        save_intake(sample_database, _form(context), NOW, DESK)
    _as(sample_database, StaffRole.FRONT_DESK)
    assert save_intake(sample_database, _form(context), NOW, DESK).number.startswith("JJ2026-")


def test_an_estimate_above_the_threshold_is_approved_by_the_manager_logged_in_or_signing_here(
    sample_database,
):
    save_approval_threshold(sample_database, "3,000")
    context = load_intake_context(sample_database)
    managers = [s for s in context.staff if s.role is StaffRole.MANAGER]
    above = {CostItem.EXPEDITE_FEE: "2500", CostItem.CHANNEL_FEE: "600"}
    clerk = _as(sample_database, StaffRole.FRONT_DESK)
    form = _form(context, costs=above, cost_approver_id=managers[1].id)  # a manager picked from the list
    with pytest.raises(ValidationFailed) as refused:
        save_intake(sample_database, form, NOW, DESK)
    assert "现场授权" in refused.value.problems["cost_approver"]
    with pytest.raises(WrongSigner):  # the password of someone who may not approve
        countersign(sample_database, clerk.username, DEMO_PASSWORD, [StaffRole.MANAGER], NOW)
    username = _username(sample_database, managers[1].id)
    countersign(sample_database, username, DEMO_PASSWORD, [StaffRole.MANAGER], NOW)
    saved = save_intake(sample_database, form, NOW, DESK)
    with sample_database.unit_of_work() as session:
        case = session.get_one(Case, saved.case_id)
        assert (case.cost_approved_by_id, case.intake_by_id) == (managers[1].id, clerk.staff_id)
    sample_database.actor = SYSTEM  # reading the trail is the audit's permission, not the clerk's
    note = [line for line in audit_of_case(sample_database, saved.case_id) if line.field == "cost_approver"]
    assert note and f"在{clerk.name}的工位现场授权" in note[0].new_value
    sample_database.actor = clerk
    with sample_database.unit_of_work() as session:
        form.client_id = session.get_one(Case, saved.case_id).client_id  # the client is on file now
    with pytest.raises(ValidationFailed) as refused:  # the signature served that save only
        save_intake(sample_database, form, NOW, DESK)
    assert "现场授权" in refused.value.problems["cost_approver"]
    manager = _as(sample_database, StaffRole.MANAGER)
    saved = save_intake(sample_database, form, NOW, DESK)
    with sample_database.unit_of_work() as session:
        assert session.get_one(Case, saved.case_id).cost_approved_by_id == manager.staff_id != managers[1].id


# -- money ------------------------------------------------------------------------------------------
def test_only_a_manager_approves_compensation_and_is_recorded_as_the_approver(sample_database):
    case_id = _open_case(sample_database)
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    coordinator = _as(sample_database, StaffRole.COORDINATOR)
    record_failure(sample_database, case_id, Responsibility.OFFICE, "专员漏交材料", coordinator.staff_id, NOW)
    other_manager = _as(sample_database, StaffRole.MANAGER, 1).staff_id
    _as(sample_database, StaffRole.COORDINATOR)
    with pytest.raises(NotPermitted, match="无权批准补偿"):
        record_compensation(
            sample_database, case_id, CompensationKind.FINE_BORNE, 100, "", other_manager, NOW
        )
    manager = _as(sample_database, StaffRole.MANAGER)
    row_id = record_compensation(
        sample_database, case_id, CompensationKind.FINE_BORNE, 100, "", other_manager, NOW
    )
    with sample_database.unit_of_work() as session:
        assert session.get(CompensationRecord, row_id).approved_by_id == manager.staff_id


# -- compliance -------------------------------------------------------------------------------------
def test_only_compliance_signs_off_a_compliance_checkpoint_on_the_board(sample_database):
    task_id = _first(
        sample_database,
        select(Task.id)
        .join(Case, Case.id == Task.case_id)
        .where(Task.role == StaffRole.COMPLIANCE, Task.status != TaskStatus.DONE,
               Case.status.in_(OPEN_CASE_STATUSES))
        .order_by(Task.id),
    )  # fmt: skip
    with sample_database.unit_of_work() as session:  # the reviewer has ticked every item
        session.execute(
            update(TaskChecklistItem).where(TaskChecklistItem.task_id == task_id).values(done=True)
        )
    done = MoveRequest(task_id, TaskStatus.DONE, confirmed=True)
    _as(sample_database, StaffRole.COORDINATOR)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True),
        NOW,
    )  # work on it
    with pytest.raises(NotPermitted, match="无权签署合规复核"):
        move_task(sample_database, done, NOW)
    _as(sample_database, StaffRole.COMPLIANCE)
    assert move_task(sample_database, done, NOW).card.status is TaskStatus.DONE
    _as(sample_database, StaffRole.MANAGER)
    with pytest.raises(NotPermitted, match="无权签署合规复核"):  # nor reopen it
        move_task(sample_database, MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True), NOW)


def test_only_compliance_gives_the_legal_sign_off_of_the_materials(sample_database):
    case_id = _first(
        sample_database,
        select(Case.id)
        .where(Case.status == CaseStatus.INTAKE, ~Case.id.in_(
            select(MaterialReviewRecord.case_id).where(MaterialReviewRecord.level == ReviewLevel.LEGAL)))
        .order_by(Case.id),
    )  # fmt: skip
    assert case_id is not None
    with sample_database.unit_of_work() as session:
        someone_else = session.scalars(select(Staff.id).where(Staff.role == StaffRole.COMPLIANCE)).all()[1]
    _as(sample_database, StaffRole.MANAGER)
    materials = load_case_materials(sample_database, case_id)
    materials.form.reviews.append(ReviewEntry(ReviewLevel.LEGAL, someone_else, NOW))
    with pytest.raises(ValidationFailed) as refused:  # named, but neither logged in nor signing here
        save_case_materials(sample_database, materials, NOW)
    assert "现场授权" in refused.value.problems["review_legal"]
    reviewer = _as(sample_database, StaffRole.COMPLIANCE)
    save_case_materials(
        sample_database, load_case_materials(sample_database, case_id), NOW
    )  # unchanged: fine
    materials = load_case_materials(sample_database, case_id)
    materials.form.reviews.append(ReviewEntry(ReviewLevel.LEGAL, someone_else, NOW))
    save_case_materials(sample_database, materials, NOW)
    with sample_database.unit_of_work() as session:
        signed = session.scalar(
            select(MaterialReviewRecord.reviewer_id).where(
                MaterialReviewRecord.case_id == case_id, MaterialReviewRecord.level == ReviewLevel.LEGAL
            )
        )
    assert signed == reviewer.staff_id


# -- cases ------------------------------------------------------------------------------------------
def test_the_front_desk_cannot_close_or_withdraw_a_case_a_coordinator_can(sample_database):
    case_id = _open_case(sample_database)
    _as(sample_database, StaffRole.FRONT_DESK)
    with pytest.raises(NotPermitted, match="“前台”无权结案"):
        close_case(sample_database, case_id, CaseStatus.WITHDRAWN, NOW, cancel_open_tasks=True)
    _as(sample_database, StaffRole.COORDINATOR)
    close_case(sample_database, case_id, CaseStatus.WITHDRAWN, NOW, cancel_open_tasks=True)
    with sample_database.unit_of_work() as session:
        assert session.get(Case, case_id).status is CaseStatus.WITHDRAWN


# -- settings ---------------------------------------------------------------------------------------
def _sla(database):
    settings = load_sla_settings(database)
    settings.level_minutes[ResponseLevel.L1] = 15
    save_sla_settings(database, settings)


def _sop(database):
    published = load_template(database, SOP_CODE)
    publish_template_version(database, published.template, "调整工期")


SETTINGS_SAVES = {
    "office profile": lambda db: save_office_profile(
        db, OfficeProfileData("明远企业服务有限公司", "上海市", "021-58881234", "周明远", "合同专用章")
    ),
    "approval threshold": lambda db: save_approval_threshold(db, "8,000"),
    "office hours": lambda db: save_office_hours(db, "09:00-12:00, 13:00-18:00"),
    "calendar": lambda db: save_calendar_override(db, CalendarOverride(date(2026, 12, 5), True, "加班")),
    "calendar delete": lambda db: delete_calendar_override(db, date(2026, 12, 5)),
    "sla": _sla,
    "notice templates": lambda db: save_notice_templates(db, notice_templates(db)),
    "sop template": _sop,
    "contingency plan": lambda db: save_plan(
        db, PlanForm("税务系统停机预案", IncidentCategory.SYSTEM_OUTAGE, steps=("改约线下窗口",)), NOW
    ),
    "risk window": lambda db: save_window(
        db, WindowForm("金税系统升级", datetime(2026, 12, 1, 18), datetime(2026, 12, 3, 8))
    ),
}


@pytest.mark.parametrize("what", SETTINGS_SAVES)
def test_only_a_manager_or_admin_saves_office_settings(sample_database, what):
    save = SETTINGS_SAVES[what]
    _as(sample_database, StaffRole.COORDINATOR)
    with pytest.raises(NotPermitted, match="无权修改机构设置"):
        save(sample_database)
    _as(sample_database, StaffRole.ADMIN)
    save(sample_database)


# -- masking ----------------------------------------------------------------------------------------
def _client_of(database, case_id: int) -> Client:
    with database.unit_of_work() as session:
        return session.get(Client, session.get(Case, case_id).client_id)


def test_a_specialist_sees_client_phones_and_codes_masked_the_front_desk_in_full(sample_database):
    case_id = _open_case(sample_database)
    client = _client_of(sample_database, case_id)
    _as(sample_database, StaffRole.SPECIALIST)
    masked = next(c for c in list_client_summaries(sample_database) if c.id == client.id)
    assert masked.phone == client.phone[:3] + "****" + client.phone[-4:]
    assert masked.credit_code == client.credit_code[:4] + "*" * 12 + client.credit_code[-2:]
    assert client.phone not in case_header(sample_database, case_id).contact
    assert masked.phone in case_header(sample_database, case_id).contact
    _as(sample_database, StaffRole.FRONT_DESK)
    full = next(c for c in list_client_summaries(sample_database) if c.id == client.id)
    assert (full.phone, full.credit_code) == (client.phone, client.credit_code)
    assert case_header(sample_database, case_id).contact == f"{client.contact_person} {client.phone}"


def test_the_confirmation_letter_keeps_the_real_identity_the_client_signs(sample_database):
    case_id = _open_case(sample_database)
    client = _client_of(sample_database, case_id)
    _as(sample_database, StaffRole.SPECIALIST)
    letter = compose_confirmation_letter(sample_database, case_id, NOW + timedelta(minutes=1), 1)
    assert (letter.client.phone, letter.client.credit_code) == (client.phone, client.credit_code)


def test_a_number_too_short_to_keep_any_digits_is_masked_whole():
    assert mask_phone("95588") == "*****"  # a bank's short number: nothing is kept
    assert mask_phone("8123456") == "8123*56"  # seven digits: a local number keeps its ends
    assert mask_phone("") == ""
    assert mask_phone("13912345678") == "139****5678"


def test_a_landline_keeps_its_area_code_and_a_mobile_its_country_code():
    # Before: any eleven digits were taken for a mobile, 010-12345678 kept 010 and 5678.
    assert mask_phone("010-12345678") == "010-******78"
    assert mask_phone("02112345678") == "021******78"
    assert mask_phone("0571-87654321") == "0571-******21"
    assert mask_phone("+86 139 1234 5678") == "+86 139 **** 5678"
    assert mask_phone("139 1234 5678") == "139 **** 5678"


def test_a_code_too_short_to_keep_its_ends_is_masked_whole():
    assert mask_identity("A12345") == "******"
    assert mask_identity("91310115MA1K4DXQ3N") == "9131************3N"


def test_whatever_a_caller_names_the_record_names_the_login(sample_database):
    """The use cases themselves record the person logged in, not only the screens' locked pickers."""
    case_id = _open_case(sample_database)
    manager = _as(sample_database, StaffRole.MANAGER).staff_id
    clerk = _as(sample_database, StaffRole.FRONT_DESK)
    post_activity(sample_database, case_id, manager, "客户来电：材料下午送到", NOW)
    assert case_feed(sample_database, case_id)[-1].author_id == clerk.staff_id
    notice_id = log_adhoc_notice(
        sample_database, case_id, NoticeChannel.PHONE, "进度已告知客户", manager, NOW, NOW
    )
    with sample_database.unit_of_work() as session:
        assert session.get_one(ClientNotice, notice_id).sent_by_id == clerk.staff_id
    letter = generate_letter_version(sample_database, case_id, NOW)
    signed = mark_signed(sample_database, letter.id, NOW.date(), "黄海", None, NOW)
    assert signed.received_by == clerk.name
    coordinator = _as(sample_database, StaffRole.COORDINATOR)
    close_case(sample_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    record_failure(sample_database, case_id, Responsibility.OFFICE, "专员漏交材料", manager, NOW)
    with sample_database.unit_of_work() as session:
        failure = session.scalars(select(FailureRecord).where(FailureRecord.case_id == case_id)).one()
        assert failure.recorded_by_id == coordinator.staff_id


def test_feedback_incidents_and_an_unsigned_start_name_the_login(sample_database):
    """Who took the client's feedback, reported and closed an incident, and decided to start before
    the client signed: the person logged in, whoever the caller named."""
    case_id = _open_case(sample_database)
    manager = _as(sample_database, StaffRole.MANAGER)
    clerk = _as(sample_database, StaffRole.FRONT_DESK)
    feedback_id = record_feedback(
        sample_database, case_id, 2, "进度太慢", manager.staff_id, NOW, complaint=True
    )
    with sample_database.unit_of_work() as session:
        feedback = session.get_one(ClientFeedback, feedback_id)
        assert feedback.taken_by_id == clerk.staff_id
        assert session.get_one(IncidentRecord, feedback.incident_id).reported_by_id == clerk.staff_id
    coordinator = _as(sample_database, StaffRole.COORDINATOR)
    incident_id = log_incident(
        sample_database,
        IncidentReport(
            case_id, IncidentCategory.COMPLAINT, ResponseLevel.L2, "客户来电催办", manager.staff_id
        ),
        NOW,
    )
    incident = next(i for i in case_incidents(sample_database, case_id, NOW) if i.id == incident_id)
    assert incident.reported_by == coordinator.name
    resolve_incident(sample_database, incident_id, "已回电说明", manager.staff_id, NOW, incident.version)
    with sample_database.unit_of_work() as session:
        clock_id = session.get_one(IncidentRecord, incident_id).clock_id
        assert session.get_one(SlaClockRecord, clock_id).stopped_by_id == coordinator.staff_id
    first = just_taken_in(sample_database, case_id)[0]
    move_task(
        sample_database, MoveRequest(first, TaskStatus.IN_PROGRESS, confirmed=True, start_unsigned=True), NOW
    )
    with sample_database.unit_of_work() as session:
        assert session.get_one(Case, case_id).unsigned_start_by == coordinator.name
