"""The case window's feedback and costs tabs: record feedback (a complaint becomes an incident),
actual costs typed as money is typed, the failure, its compensation and the failure notice letter."""

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.db.models import Case, ClientFeedback, Task
from app.domain.case_costs import CompensationKind
from app.domain.case_documents import Responsibility
from app.domain.vocabulary import OPEN_CASE_STATUSES, CaseStatus
from app.usecases.case_costs import case_money, record_failure
from app.usecases.closing import close_case
from app.usecases.stored_documents import document_bytes
from tests.helpers import NOW, finish_work
from ui.case.costs_panel import CostsPanel
from ui.case.feedback_panel import FeedbackPanel


def _open_case_with_milestones(database) -> int:
    with database.unit_of_work() as session:
        return session.scalar(
            select(Case.id)
            .join(Task, Task.case_id == Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), Case.requested_deadline > NOW, Task.milestone)
            .where(~Case.id.in_(select(ClientFeedback.case_id)))  # no client has answered yet
            .order_by(Case.id)
            .limit(1)
        )


def _choose(combo, predicate) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if predicate(combo.itemData(i))))


def test_feedback_is_recorded_from_the_keyboard_and_a_complaint_becomes_an_incident(qtbot, sample_database):
    case_id = _open_case_with_milestones(sample_database)
    panel = FeedbackPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    assert panel.model.rowCount() == 0
    dialog = panel.record()
    dialog.save()
    assert dialog.cells["satisfaction"].problem() and dialog.cells["taken_by"].problem()
    assert dialog.isVisible()
    milestones = [dialog.point.itemData(i) for i in range(dialog.point.count())]
    assert "closing" in milestones and any(isinstance(data, int) for data in milestones)

    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_2)
    assert dialog.satisfaction.value() == 2 and dialog.complaint.isChecked()  # ticked for a low score
    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_4)
    assert not dialog.complaint.isChecked()
    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_Left)
    qtbot.keyClick(dialog.satisfaction, Qt.Key.Key_Left)
    assert dialog.satisfaction.value() == 2 and dialog.complaint.isChecked()
    dialog.taken_by.setCurrentIndex(1)
    dialog.save()
    assert "投诉" in dialog.cells["comment"].problem()  # a complaint says what it is about
    dialog.comment.setPlainText("约好的回电一直没有打来")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.rowCount() == 1
    row = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert row[2] == "★★☆☆☆" and row[3] == "约好的回电一直没有打来"
    assert row[5].startswith("投诉 → 突发事件 #")
    assert "2 小时" in panel.status.text() and "1 条" in panel.summary.text()

    second = panel.record()
    second.satisfaction.setValue(1)
    second.complaint.setChecked(False)  # the clerk knows better: not a complaint
    second.taken_by.setCurrentIndex(1)
    _choose(second.point, lambda data: data == "closing")
    second.save()
    rows = {panel.model.index(r, 1).data(): panel.model.index(r, 5).data() for r in range(2)}
    assert rows["结案时"] == ""


def _failed_case(database) -> int:
    case_id = _open_case_with_milestones(database)
    close_case(database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    return case_id


def test_actual_costs_are_typed_as_money_and_set_against_the_quote(qtbot, sample_database, monkeypatch):
    case_id = _failed_case(sample_database)
    panel = CostsPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    before = case_money(sample_database, case_id)
    rows = panel.actual.rowCount()
    _choose(panel.item, lambda data: data == "overtime")
    panel.amount.setText("1,200")
    assert not panel.add_cost()
    assert "工时" in panel.cost_cells["hours"].problem() and panel.amount.text() == "1,200"
    panel.hours.setText("6.5")
    with qtbot.waitSignal(panel.changed):
        assert panel.add_cost()
    assert panel.actual.rowCount() == rows + 1
    added = panel.actual.item(rows, 1).text(), panel.actual.item(rows, 2).text()
    assert added == ("¥1,200.00", "6.5")
    _choose(panel.item, lambda data: data == "other")
    assert not panel.hours.isEnabled()
    panel.amount.setText("一千多")  # "a thousand or so": no amount
    assert not panel.add_cost() and "金额" in panel.cost_cells["amount"].problem()
    panel.amount.setText("¥88.5")
    assert panel.add_cost()
    money = case_money(sample_database, case_id)
    assert money.actual_total_fen == before.actual_total_fen + 120_000 + 8_850
    assert "毛利" in panel.figures.text() and "¥" in panel.figures.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    panel.actual.selectRow(rows)
    assert panel.delete_selected()
    assert case_money(sample_database, case_id).actual_total_fen == before.actual_total_fen + 8_850


def test_a_failure_its_compensation_and_the_notice_letter(qtbot, sample_database):
    case_id = _failed_case(sample_database)
    panel = CostsPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    assert panel.save_failure_button.isEnabled() and not panel.compensate_button.isEnabled()
    _choose(panel.attribution, lambda data: data == Responsibility.OFFICE.value)
    panel.description.setPlainText("专员漏交股东会决议，窗口退回补正，错过截止时间")
    assert not panel.save_failure()
    assert panel.failure_cells["recorded_by"].problem()
    panel.recorded_by.setCurrentIndex(1)
    assert panel.save_failure()
    assert "乙方原因" in panel.failure_state.text() and panel.compensate_button.isEnabled()

    fee = case_money(sample_database, case_id).quote
    dialog = panel.record_compensation()
    assert dialog.kind.currentData() == CompensationKind.FEE_WAIVED.value
    assert dialog.amount.text() == f"{sum(v for k, v in fee.items() if k.value == 'expedite_fee') / 100:,.2f}"
    dialog.amount.setText("¥1,000")
    dialog.save()
    assert dialog.cells["approved_by"].problem() and dialog.isVisible()
    dialog.approved_by.setCurrentIndex(1)
    with qtbot.waitSignal(panel.changed):
        dialog.save()
    assert panel.compensation.rowCount() == 1
    assert panel.compensation.item(0, 1).text() == "¥1,000.00"
    assert "免收加急费 ¥1,000.00" in panel.figures.text()

    notice = panel.failure_notice()
    assert notice.what_happened.toPlainText() == "专员漏交股东会决议，窗口退回补正，错过截止时间"
    assert notice.responsibility.currentData() == Responsibility.OFFICE.value
    assert notice.compensation.text() == "1,000.00"
    notice.save()
    assert notice.cells["remedy"].problem() and notice.letter is None
    notice.remedy.setPlainText("免费继续办理，预计 12 月 1 日前完成")
    notice.save()
    assert notice.letter is not None and notice.letter.total == 1000
    path = next(part for part in panel.status.text().split('"') if part.startswith("file:"))
    copy = Path(QUrl(path).toLocalFile())  # the link opens a copy in this run's temporary folder
    assert copy.read_bytes() == document_bytes(sample_database, notice.letter.sha256, notice.letter.file_name)
    assert not copy.is_relative_to(sample_database.file.parent)


def test_a_case_on_time_has_no_failure_to_handle(qtbot, sample_database):
    case_id = _open_case_with_milestones(sample_database)
    finish_work(sample_database, case_id, NOW)
    close_case(sample_database, case_id, CaseStatus.ACHIEVED, NOW)
    panel = CostsPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    assert not panel.save_failure_button.isEnabled() and not panel.notice_button.isEnabled()
    assert "无需" in panel.failure_state.text()


def test_typed_failure_text_survives_a_refresh_and_another_desks_edit_is_not_overwritten_unseen(
    qtbot, sample_database
):
    case_id = _failed_case(sample_database)
    panel = CostsPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    panel.description.setPlainText("窗口退回补正")
    panel.recorded_by.setCurrentIndex(1)
    assert panel.save_failure()
    panel.description.setPlainText("窗口退回补正，客户公章晚到一天")
    panel.refresh()  # as when another tab wrote
    assert panel.description.toPlainText() == "窗口退回补正，客户公章晚到一天"
    staff_id = panel.recorded_by.itemData(2)
    later = NOW + timedelta(minutes=3)
    record_failure(
        sample_database, case_id, Responsibility.EXTERNAL, "系统停机", staff_id, later
    )  # another desk
    panel.now = lambda: later + timedelta(minutes=1)
    assert not panel.save_failure()
    assert "已被他人修改" in panel.status.text() and "外部因素" in panel.failure_state.text()
    assert panel.description.toPlainText() == "窗口退回补正，客户公章晚到一天"
    assert panel.save_failure()  # a second save, knowingly, keeps what was typed here
    assert case_money(sample_database, case_id).failure.description == "窗口退回补正，客户公章晚到一天"


def test_a_coordinator_proposes_a_compensation_and_the_manager_approves_it(qtbot, sample_database):
    """Seen: a coordinator could not even propose a compensation for the manager to approve."""
    from app.sample.logins import DEMO_PASSWORD
    from app.usecases.accounts import login

    case_id = _failed_case(sample_database)
    sample_database.actor = login(sample_database, "wanglei", DEMO_PASSWORD, NOW)  # 项目经理
    record_failure(sample_database, case_id, Responsibility.OFFICE, "漏交股东会决议", None, NOW)
    panel = CostsPanel(sample_database, case_id)
    qtbot.addWidget(panel)
    panel.now = lambda: NOW
    assert panel.compensate_button.isEnabled() and panel.compensate_button.text() == "提议补偿…"
    dialog = panel.record_compensation()
    assert dialog.proposing and dialog.cells["approved_by"].isHidden()
    _choose(dialog.kind, lambda data: data == CompensationKind.OTHER.value)
    dialog.amount.setText("1,800")
    dialog.note.setText("赔付客户滞纳金")
    with qtbot.waitSignal(panel.changed):
        dialog.save()
    assert panel.compensation.rowCount() == 0 and panel.proposals.rowCount() == 1
    assert panel.proposals.item(0, 3).text() == "王磊" and "待主管批准" in panel.status.text()
    assert not panel.approve_button.isEnabled()

    sample_database.actor = login(sample_database, "zhoumingyuan", DEMO_PASSWORD, NOW)  # 主管
    manager = CostsPanel(sample_database, case_id)
    qtbot.addWidget(manager)
    manager.now = lambda: NOW
    assert manager.proposals.rowCount() == 1 and manager.approve_button.isEnabled()
    manager.proposals.selectRow(0)
    assert manager.approve_selected()
    assert manager.proposals.rowCount() == 0 and manager.compensation.rowCount() == 1
    approved = [manager.compensation.item(0, column).text() for column in (1, 3)]
    assert approved == ["¥1,800.00", "周明远"]
