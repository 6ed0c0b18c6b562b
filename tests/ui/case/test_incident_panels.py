"""The incidents tab of the case window, the contingency plan library and the policy-risk calendar."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Case, Staff
from app.domain.incident import IncidentCategory
from app.domain.permissions import SYSTEM
from app.domain.sla import ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES, StaffRole
from app.usecases.contingency_plans import import_builtin_plans, list_plans
from app.usecases.incidents import case_incidents, escalate
from app.usecases.risk_calendar import list_windows
from tests.helpers import NOW
from ui.case.incidents_panel import IncidentsPanel
from ui.settings.contingency_plans_view import ContingencyPlansView
from ui.settings.risk_calendar_view import RiskCalendarView


@pytest.fixture
def case_id(sample_database) -> int:
    import_builtin_plans(sample_database)
    with sample_database.unit_of_work() as session:
        return session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id))


def _panel(qtbot, database, case_id) -> IncidentsPanel:
    panel = IncidentsPanel(database, case_id)
    panel.now = lambda: NOW
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_logging_an_incident_offers_the_categorys_plans_and_keeps_what_was_typed(
    qtbot, sample_database, case_id
):
    panel = _panel(qtbot, sample_database, case_id)
    dialog = panel.log_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.category, IncidentCategory.KEY_PERSON_ABSENT.value)
    offered = {dialog.plan.itemData(n) for n in range(1, dialog.plan.count())}
    assert offered == {p.id for p in list_plans(sample_database, IncidentCategory.KEY_PERSON_ABSENT)}
    assert "资源池" in dialog.steps.text()  # the chosen plan's steps are previewed
    assert [dialog.level.itemText(n).split("：")[1][:6] for n in range(3)] == [
        "10 分钟内",
        "2 小时内响",
        "24 小时内",
    ]
    _choose(dialog.level, ResponseLevel.L3.value)
    dialog.reporter.setCurrentIndex(2)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # empty
    assert dialog.cells["description"].problem() and dialog.isVisible()
    assert dialog.level.currentData() == ResponseLevel.L3.value and dialog.reporter.currentIndex() == 2
    dialog.description.setPlainText("负责专员突发急病住院")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(panel.changed):
        panel.logged(dialog.incident_id)
    shown = panel.selected()
    assert shown.id == dialog.incident_id and shown.escalated_to  # level 3: with a manager at once
    assert panel.steps.count() == len(shown.steps) > 0
    row = panel.table.selectionModel().selectedRows()[0].row()
    assert "三级" in panel.model.data(panel.model.index(row, panel.model.LEVEL))


def test_steps_are_ticked_with_space_and_closing_asks_why_steps_are_open(qtbot, sample_database, case_id):
    panel = _panel(qtbot, sample_database, case_id)
    dialog = panel.log_dialog()
    qtbot.addWidget(dialog)
    _choose(dialog.category, IncidentCategory.SYSTEM_OUTAGE.value)
    _choose(dialog.level, ResponseLevel.L1.value)
    dialog.description.setPlainText("电子税务局无法提交")
    dialog.save()
    panel.logged(dialog.incident_id)
    panel.steps.setFocus()
    panel.steps.setCurrentRow(0)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel.steps, Qt.Key.Key_Space)
    [stored] = [i for i in case_incidents(sample_database, case_id, NOW) if i.id == dialog.incident_id]
    assert stored.steps[0].done_at == NOW and not stored.steps[1].done
    assert panel.steps.item(0).checkState() == Qt.CheckState.Checked

    with sample_database.unit_of_work() as session:
        manager = session.scalar(
            select(Staff.id).where(Staff.role == StaffRole.MANAGER).order_by(Staff.id.desc())
        )
    assert panel.escalate_selected(manager)
    assert panel.selected().escalated_to_id == manager

    panel.now = lambda: NOW + timedelta(minutes=30)  # level 1: 20 minutes late
    closing = panel.resolve_dialog()
    qtbot.addWidget(closing)
    closing.resolution.setPlainText("已申请线下通道并提交")
    closing.save()
    assert closing.cells["steps"].problem() and closing.result() == 0
    assert closing.resolution.toPlainText() == "已申请线下通道并提交"
    closing.reason.setPlainText("系统已恢复，其余步骤不再需要")
    closing.save()
    assert closing.breach_minutes == 20
    panel.logged(None)
    closed = next(i for i in case_incidents(sample_database, case_id, NOW) if i.id == dialog.incident_id)
    assert closed.resolved_at and "系统已恢复" in closed.resolution
    panel.select_incident(closed.id)
    assert not panel.resolve_button.isEnabled()
    assert not panel.steps.item(1).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "超时" in panel.model.data(panel.model.index(panel.table.currentIndex().row(), panel.model.CLOCK))


def test_the_plan_library_edits_adds_and_retires_plans(qtbot, sample_database):
    import_builtin_plans(sample_database)
    view = ContingencyPlansView(sample_database)
    qtbot.addWidget(view)
    view.show()
    assert view.model.rowCount() == len(list_plans(sample_database))
    view.table.selectRow(0)
    first = view.model.row_at(0)
    assert view.name.text() == first.name and view.steps.toPlainText().splitlines() == list(first.steps)
    view.steps.setPlainText(view.steps.toPlainText() + "\n4. 记录到复盘")
    assert view.save()
    assert list_plans(sample_database, first.category)[0].steps[-1] == "记录到复盘"

    view.new_plan()
    view.name.setText("停电")
    _choose(view.category, IncidentCategory.NATURAL_DISASTER.value)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no steps yet
    assert view.cells["steps"].problem() and view.name.text() == "停电"
    view.steps.setPlainText("启用备用电源\n告知客户")
    assert view.save()
    plan = next(p for p in list_plans(sample_database) if p.name == "停电")
    assert plan.steps == ("启用备用电源", "告知客户") and plan.category is IncidentCategory.NATURAL_DISASTER

    view.toggle_retired()
    assert all(p.name != "停电" for p in list_plans(sample_database))
    view.show_retired.setChecked(True)
    assert any(view.model.row_at(r).name == "停电" for r in range(view.model.rowCount()))


def test_the_risk_calendar_saves_windows_and_lists_the_cases_they_concern(qtbot, sample_database):
    view = RiskCalendarView(sample_database)
    qtbot.addWidget(view)
    view.show()
    before = len(list_windows(sample_database))
    view.new_window()
    view.title.setText("全市登记系统停机")
    view.starts.setDateTime(_qt(NOW + timedelta(days=2)))
    view.ends.setDateTime(_qt(NOW + timedelta(days=2, hours=-1)))
    view.service_types.item(0).setCheckState(Qt.CheckState.Checked)
    assert not view.save()
    assert view.cells["ends_at"].problem() and view.title.text() == "全市登记系统停机"
    # From before the sample's plans to past today: every open plan runs into it.
    view.starts.setDateTime(_qt(NOW - timedelta(days=1)))
    view.ends.setDateTime(_qt(NOW + timedelta(days=30)))
    view.service_types.item(0).setCheckState(Qt.CheckState.Unchecked)  # every service type
    assert view.save()
    assert len(list_windows(sample_database)) == before + 1
    saved = next(w for w in list_windows(sample_database) if w.title == "全市登记系统停机")
    assert saved.service_types == ()
    assert view.cases.count() > 0  # open plans run into a month-long window
    assert f"在办案件 {view.cases.count()} 个" in view.message.text()
    view.delete(confirmed=True)
    assert len(list_windows(sample_database)) == before and view.cases.count() == 0


def test_closing_an_incident_another_desk_changed_meanwhile_reloads_the_tab(qtbot, sample_database, case_id):
    panel = _panel(qtbot, sample_database, case_id)
    dialog = panel.log_dialog()
    qtbot.addWidget(dialog)
    _choose(dialog.category, IncidentCategory.MATERIAL_REJECTED.value)
    _choose(dialog.level, ResponseLevel.L2.value)
    dialog.description.setPlainText("章程被退回")
    dialog.save()
    panel.logged(dialog.incident_id)
    closing = panel.resolve_dialog()  # desk A opens the incident as it is now
    qtbot.addWidget(closing)
    closing.stale.connect(panel.show_stale)
    desk_b = open_database(sample_database.url, clock=sample_database.clock)
    desk_b.actor = SYSTEM
    with desk_b.unit_of_work() as session:
        manager = session.scalar(select(Staff.id).where(Staff.role == StaffRole.MANAGER).order_by(Staff.id))
    escalate(desk_b, dialog.incident_id, manager, NOW)  # desk B hands it to a manager meanwhile
    desk_b.dispose()
    closing.resolution.setPlainText("已补交材料")
    closing.reason.setPlainText("改由主管处理")
    closing.save()
    assert closing.result() == 0  # closed without saving
    assert "已被他人修改" in panel.error.text()
    assert panel.selected().escalated_to_id == manager  # desk B's change, read again
    assert (
        next(
            i for i in case_incidents(sample_database, case_id, NOW) if i.id == dialog.incident_id
        ).resolved_at
        is None
    )
