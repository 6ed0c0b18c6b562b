"""The case window's client notices and SLA clocks, and the SLA settings page."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.db.models import Case, ClientNotice, Task
from app.domain.client_notice import NoticeChannel, NoticeKind, NoticeStatus
from app.domain.sla import ClockState, ResponseLevel
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.usecases.client_notices import notice_templates
from app.usecases.sla_clocks import load_sla_settings, start_clock
from tests.helpers import NOW
from ui.case.clocks_panel import ClockModel, ClocksPanel
from ui.case.notices_panel import NoticesPanel
from ui.settings.sla_settings_view import SlaSettingsView


def _case_with_milestone_notice(database, due_at: datetime) -> tuple[int, int, str]:
    """An open case owing its client a milestone notice due at ``due_at``: (case, notice, number)."""
    with database.unit_of_work() as session:
        case_id, number, task_id = session.execute(
            select(Case.id, Case.number, Task.id)
            .join(Task, Task.case_id == Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Task.milestone)
            .order_by(Case.id)
            .limit(1)
        ).one()
        notice = ClientNotice(
            case_id=case_id,
            kind=NoticeKind.MILESTONE,
            task_id=task_id,
            raised_at=due_at - timedelta(minutes=30),
            due_at=due_at,
        )
        session.add(notice)
        session.flush()
        return case_id, notice.id, number


def test_log_a_notice_through_the_dialog(qtbot, sample_database):
    case_id, notice_id, number = _case_with_milestone_notice(sample_database, NOW - timedelta(minutes=15))
    panel = NoticesPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    panel.refresh()
    row = next(r for r in range(panel.model.rowCount()) if panel.model.row_at(r).id == notice_id)
    assert panel.model.row_at(row).overdue and "15 分钟" in panel.model.index(row, 3).data()
    assert panel.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None  # red: overdue
    assert "已超时" in panel.summary.text()

    panel.table.selectRow(row)
    dialog = panel.record_selected()
    assert number in dialog.text.toPlainText()  # the template, filled for the case
    dialog.text.setPlainText("")
    dialog.save()
    assert dialog.cells["text"].problem() and dialog.cells["sent_by"].problem()
    assert dialog.isVisible()
    dialog.text.setPlainText("已电话告知客户材料已受理")
    dialog.channel.setCurrentIndex(dialog.channel.findData(NoticeChannel.PHONE.value))
    dialog.sent_by.setCurrentIndex(1)
    assert dialog.text.toPlainText() == "已电话告知客户材料已受理"  # typed words are kept
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    sent = next(
        n for n in (panel.model.row_at(r) for r in range(panel.model.rowCount())) if n.id == notice_id
    )
    assert sent.state.status is NoticeStatus.SENT_LATE and sent.channel is NoticeChannel.PHONE
    assert sent.text == "已电话告知客户材料已受理" and sent.sent_by_name

    adhoc = panel.record_adhoc()
    assert number in adhoc.text.toPlainText()
    adhoc.sent_by.setCurrentIndex(1)
    with qtbot.waitSignal(panel.changed):
        adhoc.save()
    assert any(panel.model.row_at(r).kind is NoticeKind.PROGRESS for r in range(panel.model.rowCount()))

    panel.copy_daily_report()
    assert number in QGuiApplication.clipboard().text() and "下一步" in QGuiApplication.clipboard().text()
    panel.generate_report()
    assert ".pdf" in panel.status.text()


def _clock(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).limit(1))
        return case_id, start_clock(session, case_id, "VIP 客户加急请求", ResponseLevel.L2, NOW).id


def test_clocks_panel_pauses_resumes_and_stops(qtbot, sample_database):
    case_id, clock_id = _clock(sample_database)
    panel = ClocksPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW + timedelta(minutes=30)
    panel.refresh()
    panel.select_clock(clock_id)
    assert panel.selected().state is ClockState.RUNNING and not panel.resume_button.isEnabled()
    assert not panel.pause_selected("  ")  # a reason is needed
    assert "原因" in panel.error.text()
    with qtbot.waitSignal(panel.changed):
        assert panel.pause_selected("等待客户补充材料")
    assert panel.selected().paused and panel.resume_button.isEnabled() and not panel.pause_button.isEnabled()
    row = panel.table.selectionModel().selectedRows()[0].row()
    assert "暂停" in panel.model.index(row, ClockModel.STATE).data()
    panel.now = lambda: NOW + timedelta(hours=3)
    assert panel.resume_selected()
    assert not panel.selected().paused
    panel.now = lambda: NOW + timedelta(hours=4)
    staff_id = _staff_id(sample_database)
    assert panel.stop_selected(staff_id)
    assert panel.selected().state in (ClockState.MET, ClockState.MISSED)
    assert not panel.stop_button.isEnabled()


def _staff_id(database) -> int:
    from app.usecases.staff import list_staff

    return list_staff(database)[0].id


def test_sla_settings_save_and_a_bad_value_is_shown(qtbot, sample_database):
    view = SlaSettingsView(sample_database)
    qtbot.addWidget(view)
    assert "{客户}" in view.findChild(QLabel, "placeholders").text()
    view.levels[ResponseLevel.L1].setValue(15)
    view.milestone.setValue(20)
    view.basic_around_the_clock.setChecked(True)
    view.templates[NoticeKind.MILESTONE].setPlainText("{客户}您好：{里程碑}已完成。")
    assert view.save()
    settings = load_sla_settings(sample_database)
    assert settings.level_minutes[ResponseLevel.L1] == 15 and settings.milestone_notice_minutes == 20
    assert settings.basic_around_the_clock
    assert notice_templates(sample_database)[NoticeKind.MILESTONE] == "{客户}您好：{里程碑}已完成。"

    view.levels[ResponseLevel.L1].setValue(500)  # slower than level 2
    assert not view.save()
    assert "一级 ≤ 二级" in view.cells["l2"].problem()
    assert load_sla_settings(sample_database).level_minutes[ResponseLevel.L1] == 15
    view.levels[ResponseLevel.L1].setValue(10)
    view.at_risk.setValue(0)
    view.templates[NoticeKind.AT_RISK].setPlainText(" ")
    assert not view.save()
    assert view.cells["at_risk"].problem() and view.templates[NoticeKind.AT_RISK].toPlainText() == " "
    view.templates[NoticeKind.AT_RISK].setPlainText("{客户}您好")
    assert not view.save() and view.cells["at_risk_notice"].problem()
    view.at_risk.setValue(45)
    assert view.save() and not view.cells["at_risk_notice"].problem()


def test_a_clock_started_by_hand_shows_why_it_waits_and_is_stopped_by_the_login(qtbot, sample_database):
    """Seen: no manual start; a paused clock always read 「暂停（等待客户）」 whatever was typed."""
    from app.db.models import SlaClockRecord
    from app.sample.logins import DEMO_PASSWORD
    from app.usecases.accounts import login

    sample_database.actor = login(sample_database, "wanglei", DEMO_PASSWORD, NOW)
    with sample_database.unit_of_work() as session:
        case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).limit(1))
    panel = ClocksPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    dialog = panel.start_clock()
    dialog.save()
    assert dialog.isVisible() and "事项" in dialog.cells["title"].problem()
    dialog.title.setText("答应客户 10 分钟内回电")
    dialog.level.setCurrentIndex(dialog.level.findData(ResponseLevel.L1.value))
    with qtbot.waitSignal(panel.changed):
        dialog.save()
    clock = panel.selected()
    assert clock.title == "答应客户 10 分钟内回电" and clock.level is ResponseLevel.L1 and clock.minutes == 10
    assert panel.pause_selected("客户出差，周三回电")
    row = panel.table.selectionModel().selectedRows()[0].row()
    assert panel.model.index(row, ClockModel.STATE).data() == "暂停（客户出差，周三回电）"
    assert panel.stop_selected()  # no one asked: the login responded
    with sample_database.unit_of_work() as session:
        stopped_by = session.get(SlaClockRecord, clock.id).stopped_by_id
    assert stopped_by == sample_database.actor.staff_id
