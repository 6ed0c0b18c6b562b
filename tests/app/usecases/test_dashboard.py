"""The dashboard: my tasks today, cases at risk and why, notices, clocks, incidents, mentions."""

from datetime import timedelta

from sqlalchemy import select, update

from app.db.models import Case, Task
from app.domain.case_risk import Severity
from app.domain.incident import IncidentCategory
from app.domain.risk_window import WindowForm
from app.domain.sla import ClockState, ResponseLevel
from app.domain.vocabulary import CaseStatus, TaskStatus
from app.usecases.calendar import load_working_calendar
from app.usecases.case_activity import post_activity
from app.usecases.case_team import case_team
from app.usecases.client_notices import notices_due, raise_at_risk_notices_in
from app.usecases.dashboard import due_within, load_dashboard, risk_of_case
from app.usecases.incidents import IncidentReport, open_incident_in
from app.usecases.risk_calendar import save_window
from app.usecases.sla_clocks import start_clock
from tests.helpers import NOW


def _active_case(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        return session.execute(
            select(Case.id, Case.manager_id)
            .where(Case.status == CaseStatus.ACTIVE, Case.manager_id.is_not(None))
            .order_by(Case.id)
        ).first()


def test_a_breached_clock_puts_the_case_at_risk_and_on_the_dashboard(sample_database):
    case_id, _manager = _active_case(sample_database)
    with sample_database.unit_of_work() as session:
        start_clock(session, case_id, "VIP 客户来电要求回电", ResponseLevel.L1, NOW - timedelta(hours=3))
    board = load_dashboard(sample_database, NOW, None)
    clock = next(c for c in board.clocks if c.case_id == case_id and c.title == "VIP 客户来电要求回电")
    assert clock.state is ClockState.BREACHED and clock.breach_minutes > 0
    risky = next(c for c in board.at_risk if c.case_id == case_id)
    assert "响应超时：VIP 客户来电要求回电" in risky.reasons
    assert risk_of_case(sample_database, case_id, NOW).reasons == risky.reasons
    assert any("响应超时：VIP 客户来电要求回电" in line for line in due_within([], board.clocks, NOW))
    severe = [c.severe for c in board.at_risk]
    assert severe == sorted(severe, reverse=True)  # deadline misses first


def test_overdue_notices_and_open_incidents_are_counted(sample_database):
    case_id, _manager = _active_case(sample_database)
    office = load_working_calendar(sample_database)
    with sample_database.unit_of_work() as session:  # turned red on Friday: the notice is long overdue
        raise_at_risk_notices_in(session, [case_id], NOW - timedelta(days=3), office)
        open_incident_in(
            session,
            IncidentReport(case_id, IncidentCategory.MATERIAL_REJECTED, ResponseLevel.L2, "章程被退回", None),
            NOW,
        )
    board = load_dashboard(sample_database, NOW, None)
    assert board.notices == notices_due(sample_database, NOW)
    overdue = [n for n in board.notices if n.overdue]
    assert case_id in {n.case_id for n in overdue}
    risky = {c.case_id: c for c in board.at_risk}
    assert all(any("客户通知已逾期" in r for r in risky[n.case_id].reasons) for n in overdue)
    assert "开放的突发事件：材料被退回" in risky[case_id].reasons
    assert case_id in {i.case_id for i in board.incidents}
    assert risk_of_case(sample_database, case_id, NOW).reasons == risky[case_id].reasons  # the case window


def test_my_tasks_today_and_my_mentions(sample_database):
    case_id, manager = _active_case(sample_database)
    with sample_database.unit_of_work() as session:
        task_id = session.scalar(select(Task.id).where(Task.case_id == case_id).order_by(Task.position))
        session.execute(
            update(Task).where(Task.id == task_id).values(assignee_id=manager, status=TaskStatus.IN_PROGRESS)
        )
        author = session.scalar(select(Case.intake_by_id).where(Case.id == case_id))
    board = load_dashboard(sample_database, NOW, manager)
    assert task_id in {t.task_id for t in board.my_tasks}
    assert load_dashboard(sample_database, NOW, None).my_tasks == []
    manager_name = next(m.name for m in case_team(sample_database, case_id).members if m.staff_id == manager)
    post_activity(sample_database, case_id, author, f"@{manager_name} 改走线下窗口", NOW, decision=True)
    mentions = load_dashboard(sample_database, NOW, manager).mentions
    assert mentions[0].decision and "改走线下窗口" in mentions[0].text


def test_the_dashboard_lists_risk_by_severity_and_keeps_window_only_cases_apart(sample_database):
    """Seen: cases at risk only for crossing a risk window listed among (and burying) the urgent ones."""
    save_window(sample_database, WindowForm("金税系统升级", NOW, NOW + timedelta(days=60)))  # every plan
    board = load_dashboard(sample_database, NOW, None)
    ranks = [(case.severity, case.deadline) for case in board.at_risk]
    assert ranks == sorted(ranks) and all(case.severity is not Severity.WINDOW_ONLY for case in board.at_risk)
    assert board.window_only and all(case.severity is Severity.WINDOW_ONLY for case in board.window_only)
    assert all(r.startswith("计划跨越风险窗口") for case in board.window_only for r in case.reasons)
