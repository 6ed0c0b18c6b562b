"""Intake reached from the app: a saved case shows at once in the list, reviews later, the threshold."""

from datetime import timedelta
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.domain.cost_estimate import CostItem
from app.domain.intake_form import IntakeForm, NewClient
from app.domain.material_checklist import ItemState, ReviewLevel
from app.domain.vocabulary import CaseStatus, ServiceType, StaffRole
from app.sample.logins import DEMO_PASSWORD
from app.usecases.intake import approval_threshold, load_intake_context, save_intake
from app.usecases.material_review import load_case_materials
from tests.helpers import NOW
from ui.intake.intake_dialog import IntakeDialog
from ui.intake.material_review_dialog import MaterialReviewDialog
from ui.main_window import MainWindow
from ui.settings.settings_view import SettingsView


def _valid_form(database) -> IntakeForm:
    context = load_intake_context(database)
    clerk = next(s.id for s in context.staff if s.role is StaffRole.FRONT_DESK)
    return IntakeForm(
        intake_by_id=clerk,
        new_client=NewClient("宁波远景进出口有限公司", "", "孙经理", "0574-87654321"),
        service_type=ServiceType.CUSTOMS_FILING,
        template_code=context.templates[ServiceType.CUSTOMS_FILING][0].template.code,
        title="海关备案加急（货物滞留港口）",
        deadline=NOW + timedelta(days=365),  # the dialog runs on the real clock here
        consequence="每天滞港费 3,000 元",
        costs={CostItem.EXPEDITE_FEE: "1500"},
    )


def test_ctrl_n_opens_the_intake_and_the_saved_case_is_selected_in_the_list(
    qtbot, sample_database, preferences
):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    window.show_page("board")  # a board already open takes the new case at once
    seen = {}

    def fill_and_save():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, IntakeDialog)
        dialog.set_form(_valid_form(sample_database))
        dialog.save()
        seen["saved"] = dialog.saved

    waiting = QTimer(interval=10)  # the form opens once its choices are read off the GUI thread
    waiting.timeout.connect(lambda: QApplication.activeModalWidget() and (waiting.stop(), fill_and_save()))
    waiting.start()
    window.new_intake()
    qtbot.waitUntil(lambda: "saved" in seen)
    cases = window.page("cases")
    qtbot.waitUntil(lambda: cases.selected_case_id() is not None)  # the list read off the GUI thread too
    assert window.current_page_key() == "cases" and seen["saved"] is not None
    assert cases.selected_case_id() == seen["saved"].case_id
    assert cases.model.row_at(0).title == "海关备案加急（货物滞留港口）"
    assert seen["saved"].number in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.page("board").reading)  # the board reads the new case's cards
    board = window.page("board").model
    assert {c.case_number for c in board._cards.values()} >= {seen["saved"].number}


def test_later_reviews_make_the_case_accepted(qtbot, sample_database):
    form = _valid_form(sample_database)
    form.deadline = NOW + timedelta(days=30)
    saved = save_intake(sample_database, form, NOW, "desk")
    dialog = MaterialReviewDialog(sample_database, saved.case_id)
    qtbot.addWidget(dialog)
    dialog.panel.model.mark_all_received()
    # Each reviewer signs at this desk with their own password (no one is picked from a list).
    people = {
        ReviewLevel.CLERK: "chenjing",
        ReviewLevel.SUPERVISOR: "zhoumingyuan",
        ReviewLevel.LEGAL: "hexue",
    }
    for level, username in people.items():
        field = dialog.panel.reviewers[level]
        field.countersign_button.click()
        field.countersigning.username.setText(username)
        field.countersigning.password.setText(DEMO_PASSWORD)
        field.countersigning.sign()
        assert field.staff_id() == field.countersigning.signer.staff_id
    assert "材料预审通过" in dialog.panel.status.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = load_case_materials(sample_database, saved.case_id)
    assert stored.status is CaseStatus.ACCEPTED
    assert {e.state for e in stored.form.materials} == {ItemState.RECEIVED} and len(stored.form.reviews) == 3


def test_a_bad_date_in_the_table_is_kept_and_explained(qtbot, sample_database):
    saved = save_intake(sample_database, _valid_form(sample_database), NOW, "desk")
    dialog = MaterialReviewDialog(sample_database, saved.case_id)
    qtbot.addWidget(dialog)
    model = dialog.panel.model
    model.setData(model.index(0, 5), "2026-02-30")
    assert model.data(model.index(0, 5)) == "2026-02-30"
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "无法识别的日期“2026-02-30”" in dialog.message.text()


def test_the_approval_threshold_is_set_in_settings(qtbot, sample_database, preferences):
    view = SettingsView(sample_database, preferences)
    qtbot.addWidget(view)
    view.threshold.setText("八千左右")  # "about 8,000": no amount
    view.save_threshold()
    assert "无法识别的金额" in view.threshold_cell.problem()
    view.threshold.setText("8,000")
    view.save_threshold()
    assert approval_threshold(sample_database) == Decimal("8000.00") and not view.threshold_cell.problem()


def test_the_gantt_margin_is_set_in_settings(qtbot, sample_database, preferences):
    from app.usecases.gantt import gantt_margin

    view = SettingsView(sample_database, preferences)
    qtbot.addWidget(view)
    view.margin.setValue(6.5)
    view.save_margin()
    assert gantt_margin(sample_database) == 390
