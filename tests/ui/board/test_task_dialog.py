"""The board's task dialog when another desk saved the same task first: refused with a message, the
fields read again so the user sees what is stored, and a second save then goes through."""

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Task
from app.domain.permissions import SYSTEM
from app.usecases.board import TaskEdit, edit_task, task_detail
from tests.helpers import NOW
from ui.board.task_dialog import TaskDialog


def test_a_task_saved_meanwhile_at_another_desk_is_refused_and_shown(qtbot, sample_database):
    with sample_database.unit_of_work() as session:
        task_id = session.scalar(select(Task.id).order_by(Task.id))
    dialog = TaskDialog(sample_database, task_id)  # desk A opens the card
    qtbot.addWidget(dialog)
    desk_b = open_database(sample_database.url, clock=sample_database.clock)
    desk_b.actor = SYSTEM
    seen = task_detail(desk_b, task_id)
    edit_task(desk_b, TaskEdit(task_id, seen.version, None, 300, "乙：客户改约周五", seen.checklist), NOW)
    desk_b.dispose()

    dialog.duration.setValue(9)
    dialog.notes.setPlainText("甲：材料已齐")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "已被他人修改" in dialog.error.text()
    assert (dialog.duration.value(), dialog.notes.toPlainText()) == (5, "乙：客户改约周五")
    assert dialog.assignee.currentData() is None
    assert "工期" in dialog.history.item(0).text()  # desk B's edit, newest first

    dialog.notes.setPlainText("甲：材料已齐")  # typed again over what is now stored
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = task_detail(sample_database, task_id)
    assert (stored.duration_minutes, stored.notes) == (300, "甲：材料已齐")


def test_the_history_names_who_made_each_change(qtbot, sample_database):
    """Seen: the task's history showed no person's name."""
    from app.sample.logins import DEMO_PASSWORD
    from app.usecases.accounts import login

    with sample_database.unit_of_work() as session:
        task_id = session.scalar(select(Task.id).order_by(Task.id))
    sample_database.actor = login(sample_database, "wanglei", DEMO_PASSWORD, NOW)
    seen = task_detail(sample_database, task_id)
    edit = TaskEdit(task_id, seen.version, None, 300, "客户改约周五", seen.checklist)
    edit_task(sample_database, edit, NOW)
    dialog = TaskDialog(sample_database, task_id)
    qtbot.addWidget(dialog)
    assert "王磊：" in dialog.history.item(0).text() and "工期" in dialog.history.item(0).text()
    assert task_detail(sample_database, task_id).history[0].by == "王磊"
