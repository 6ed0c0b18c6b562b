"""Incidents worked through a contingency plan, timed by their level's clock; the plan library."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.db.models import Case, Client, Staff
from app.domain.incident import (
    IncidentCategory,
    PlanForm,
    incident_problems,
    plan_problems,
    resolution_problems,
    steps_from_text,
)
from app.domain.sla import ClockState, ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceTier, StaffRole
from app.usecases.contingency_plans import (
    builtin_plans,
    import_builtin_plans,
    list_plans,
    retire_plan,
    save_plan,
)
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.incidents import (
    IncidentReport,
    case_incidents,
    escalate,
    log_incident,
    open_incidents,
    resolve_incident,
    tick_step,
)
from tests.helpers import NOW  # a Monday, 10:00


@pytest.fixture
def case_id(sample_database) -> int:
    """An open case of a basic client: its clocks run on the office's working time."""
    with sample_database.unit_of_work() as session:
        case_id, client_id = session.execute(
            select(Case.id, Case.client_id).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id)
        ).first()
        session.execute(update(Client).where(Client.id == client_id).values(tier=ServiceTier.BASIC))
    import_builtin_plans(sample_database)
    return case_id


def _staff(database, role: StaffRole) -> int:
    with database.unit_of_work() as session:
        return session.scalar(select(Staff.id).where(Staff.role == role).order_by(Staff.id))


def _plan(database, category: IncidentCategory):
    return list_plans(database, category)[0]


def _incident(database, case_id, incident_id, now=NOW):
    return next(i for i in case_incidents(database, case_id, now) if i.id == incident_id)


def test_each_level_runs_its_own_response_time(sample_database, case_id):
    minutes = {}
    for level in ResponseLevel:
        incident_id = log_incident(
            sample_database,
            IncidentReport(case_id, IncidentCategory.OTHER, level, "窗口临时停止收件", None),
            NOW,
        )
        minutes[level] = _incident(sample_database, case_id, incident_id).clock.minutes
    assert minutes == {ResponseLevel.L1: 10, ResponseLevel.L2: 120, ResponseLevel.L3: 24 * 60}


def test_a_level_three_incident_goes_to_a_manager_at_once_and_lower_ones_by_hand(sample_database, case_id):
    manager = _staff(sample_database, StaffRole.MANAGER)
    serious = log_incident(
        sample_database,
        IncidentReport(case_id, IncidentCategory.SYSTEM_OUTAGE, ResponseLevel.L3, "金税系统宕机", None),
        NOW,
    )
    view = _incident(sample_database, case_id, serious)
    assert (view.escalated_to_id, view.escalated_at) == (manager, NOW) and view.escalated_to
    minor = log_incident(
        sample_database,
        IncidentReport(case_id, IncidentCategory.HUMAN_ERROR, ResponseLevel.L1, "盖章位置错误", None),
        NOW,
    )
    assert _incident(sample_database, case_id, minor).escalated_to_id is None
    with pytest.raises(ValidationFailed) as refused:
        escalate(sample_database, minor, _staff(sample_database, StaffRole.SPECIALIST), NOW)
    assert "manager" in refused.value.problems
    escalate(sample_database, minor, manager, NOW + timedelta(minutes=3))
    assert _incident(sample_database, case_id, minor).escalated_at == NOW + timedelta(minutes=3)


def test_the_plans_steps_are_copied_and_a_later_edit_of_the_plan_leaves_them(sample_database, case_id):
    plan = _plan(sample_database, IncidentCategory.SYSTEM_OUTAGE)
    report = IncidentReport(
        case_id, IncidentCategory.SYSTEM_OUTAGE, ResponseLevel.L2, "电子税务局无法提交", None, plan.id
    )
    incident_id = log_incident(sample_database, report, NOW)
    edited = PlanForm("改名后的预案", plan.category, plan.trigger, ("只剩一步",), plan.escalation)
    save_plan(sample_database, edited, NOW, plan.id, plan.version)
    view = _incident(sample_database, case_id, incident_id)
    assert [step.text for step in view.steps] == list(plan.steps)
    assert view.plan_name == plan.name
    tick_step(sample_database, view.steps[0].id, True, NOW + timedelta(minutes=5))
    view = _incident(sample_database, case_id, incident_id)
    assert view.steps[0].done_at == NOW + timedelta(minutes=5) and not view.steps[1].done
    tick_step(sample_database, view.steps[0].id, False, NOW)
    assert not _incident(sample_database, case_id, incident_id).steps[0].done


def test_resolving_stops_the_clock_and_records_how_late_it_was(sample_database, case_id):
    plan = _plan(sample_database, IncidentCategory.MATERIAL_REJECTED)
    report = IncidentReport(
        case_id, IncidentCategory.MATERIAL_REJECTED, ResponseLevel.L1, "章程签字页缺失", None, plan.id
    )
    incident_id = log_incident(sample_database, report, NOW)
    later = NOW + timedelta(minutes=25)  # the 10 minutes of level 1 are long gone
    view = _incident(sample_database, case_id, incident_id, later)
    assert view.clock.state is ClockState.BREACHED
    assert incident_id in {i.id for i in open_incidents(sample_database, later)}
    with pytest.raises(ValidationFailed) as refused:  # steps still open, no reason given
        resolve_incident(sample_database, incident_id, "已补正并重新提交", None, later, view.version)
    assert "steps" in refused.value.problems
    with pytest.raises(ValidationFailed) as refused:
        resolve_incident(sample_database, incident_id, "  ", None, later, view.version, reason="客户自行处理")
    assert "resolution" in refused.value.problems
    breach = resolve_incident(
        sample_database, incident_id, "已补正并重新提交", None, later, view.version, reason="客户自行送件"
    )
    assert breach == 15
    view = _incident(sample_database, case_id, incident_id, later + timedelta(hours=1))
    assert view.resolved_at == later and "客户自行送件" in view.resolution
    assert (view.clock.state, view.clock.breach_minutes) == (ClockState.MISSED, 15)
    assert incident_id not in {i.id for i in open_incidents(sample_database, later)}
    with pytest.raises(ValidationFailed):  # a closed incident's checklist stays as it was
        tick_step(sample_database, view.steps[0].id, True, later)


def test_an_incident_answered_in_time_records_no_breach(sample_database, case_id):
    incident_id = log_incident(
        sample_database,
        IncidentReport(case_id, IncidentCategory.COMPLAINT, ResponseLevel.L2, "客户投诉通报不及时", None),
        NOW,
    )
    version = _incident(sample_database, case_id, incident_id).version
    assert (
        resolve_incident(sample_database, incident_id, "主管已回电", None, NOW + timedelta(hours=1), version)
        == 0
    )
    assert _incident(sample_database, case_id, incident_id).clock.state is ClockState.MET


def test_a_stale_copy_of_an_incident_cannot_resolve_it(sample_database, case_id):
    incident_id = log_incident(
        sample_database,
        IncidentReport(case_id, IncidentCategory.POLICY_CHANGE, ResponseLevel.L2, "经营范围新规", None),
        NOW,
    )
    shown = _incident(sample_database, case_id, incident_id)
    escalate(sample_database, incident_id, _staff(sample_database, StaffRole.MANAGER), NOW)  # another desk
    with pytest.raises(ConcurrentEdit):
        resolve_incident(sample_database, incident_id, "已确认口径", None, NOW, shown.version)


def test_logging_checks_the_description_and_the_plan(sample_database, case_id):
    with pytest.raises(ValidationFailed) as refused:
        log_incident(
            sample_database, IncidentReport(case_id, IncidentCategory.OTHER, ResponseLevel.L1, " ", None), NOW
        )
    assert "description" in refused.value.problems
    plan = _plan(sample_database, IncidentCategory.OTHER)
    retire_plan(sample_database, plan.id)
    with pytest.raises(ValidationFailed) as refused:
        log_incident(
            sample_database,
            IncidentReport(case_id, IncidentCategory.OTHER, ResponseLevel.L1, "停电", None, plan.id),
            NOW,
        )
    assert "plan" in refused.value.problems


def test_the_builtin_library_is_imported_once_and_edits_are_kept(database):
    count = len(builtin_plans())
    assert import_builtin_plans(database) == count >= 9
    assert {plan.category for plan in list_plans(database)} >= set(IncidentCategory) - {
        IncidentCategory.OTHER
    }
    outage = _plan(database, IncidentCategory.SYSTEM_OUTAGE)
    assert any("线下" in step for step in outage.steps)
    save_plan(database, PlanForm(outage.name, outage.category, "", ("本所自己的步骤",)), NOW, outage.id)
    assert import_builtin_plans(database) == 0
    assert _plan(database, IncidentCategory.SYSTEM_OUTAGE).steps == ("本所自己的步骤",)


def test_a_plan_is_checked_before_it_is_saved_and_stale_edits_are_refused(database):
    problems = {}
    for form in (
        PlanForm(" ", IncidentCategory.OTHER, steps=("一步",)),
        PlanForm("无步骤", IncidentCategory.OTHER, steps=(" ",)),
        PlanForm("太长", IncidentCategory.OTHER, steps=("长" * 301,)),
        PlanForm("名" * 101, IncidentCategory.OTHER, steps=("一步",)),
    ):
        with pytest.raises(ValidationFailed) as refused:
            save_plan(database, form, NOW)
        problems.update(refused.value.problems)
    assert set(problems) == {"name", "steps"}
    plan_id = save_plan(database, PlanForm("断网", IncidentCategory.CYBER_SECURITY, steps=("换用 4G",)), NOW)
    with pytest.raises(ValidationFailed) as refused:
        save_plan(database, PlanForm("断网", IncidentCategory.OTHER, steps=("一步",)), NOW)
    assert "name" in refused.value.problems
    [plan] = list_plans(database, IncidentCategory.CYBER_SECURITY)
    save_plan(
        database, PlanForm("断网", plan.category, steps=("换用 4G", "告知客户")), NOW, plan_id, plan.version
    )
    with pytest.raises(ConcurrentEdit):
        save_plan(database, PlanForm("断网", plan.category, steps=("旧的",)), NOW, plan_id, plan.version)
    retire_plan(database, plan_id)
    assert list_plans(database, IncidentCategory.CYBER_SECURITY) == []
    assert not list_plans(database, IncidentCategory.CYBER_SECURITY, include_inactive=True)[0].active


def test_steps_are_typed_one_per_line_with_or_without_numbers():
    assert steps_from_text("1. 联系窗口\n2、申请线下通道\n\n（3）告知客户\n- 重新排程") == (
        "联系窗口",
        "申请线下通道",
        "告知客户",
        "重新排程",
    )


def test_a_description_over_the_limit_is_refused_with_the_limit():
    assert incident_problems("断" * 2001) == {"description": "说明不能超过 2000 个字"}
    assert incident_problems("断" * 2000) == {}


def test_a_plan_of_more_than_thirty_steps_is_refused():
    steps = tuple(f"第{n}步" for n in range(31))
    assert plan_problems(PlanForm("系统故障预案", IncidentCategory.SYSTEM_OUTAGE, steps=steps)) == {
        "steps": "步骤不能超过 30 个"
    }
    assert plan_problems(PlanForm("系统故障预案", IncidentCategory.SYSTEM_OUTAGE, steps=steps[:30])) == {}


def test_a_plans_trigger_and_escalation_are_limited_each_on_its_own():
    form = PlanForm(
        "断网预案",
        IncidentCategory.CYBER_SECURITY,
        trigger="断" * 2001,
        steps=("切换备用网络",),
        escalation="报" * 2001,
    )
    assert plan_problems(form) == {"trigger": "不能超过 2000 个字", "escalation": "不能超过 2000 个字"}
    shorter = PlanForm(
        "断网预案", IncidentCategory.CYBER_SECURITY, trigger="断" * 2000, steps=("切换备用网络",)
    )
    assert plan_problems(shorter) == {}


def test_a_resolution_over_the_limit_is_refused_with_the_limit():
    assert resolution_problems("办" * 2001, [], "") == {"resolution": "处理结果不能超过 2000 个字"}
    assert resolution_problems("办" * 2000, [], "") == {}
