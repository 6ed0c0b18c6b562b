"""First start: the office profile is asked for, and sample data loads off the GUI thread."""

import threading

from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import func, select

from app.db.models import Case
from app.usecases.office import load_office_profile
from ui.first_run_dialog import SAMPLE_CASES, FirstRunDialog
from ui.worker import run_in_background


def _dialog(qtbot, database) -> FirstRunDialog:
    dialog = FirstRunDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_name_is_required_before_starting(qtbot, database):
    dialog = _dialog(qtbot, database)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.problem_text("name") == "请填写机构名称"
    assert load_office_profile(database) is None


def test_starting_with_sample_data(qtbot, database):
    dialog = _dialog(qtbot, database)
    dialog.findChild(QLineEdit, "office_name").insert("诚信财税咨询有限公司")
    dialog.load_sample.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.accept()
    assert load_office_profile(database).name == "诚信财税咨询有限公司"
    with database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == SAMPLE_CASES


def test_background_work_reports_back_on_the_gui_thread(qtbot, qapp):
    outcomes = []
    run_in_background(
        lambda: threading.get_ident(),
        lambda worker: outcomes.append(("ok", worker, threading.get_ident())),
        outcomes.append,
        qapp,
    )
    run_in_background(lambda: 1 / 0, outcomes.append, lambda e: outcomes.append(type(e).__name__), qapp)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    success = next(o for o in outcomes if isinstance(o, tuple))
    assert success[1] != threading.get_ident() == success[2]
    assert "ZeroDivisionError" in outcomes
