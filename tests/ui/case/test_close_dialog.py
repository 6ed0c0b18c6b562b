"""结案's proposal follows the work done (issue 22, second walk)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from sqlalchemy import select

from app.db.models import Case, Task
from app.domain.vocabulary import CaseStatus, TaskStatus
from tests.helpers import NOW, first_open_case
from ui.case.close_dialog import CloseCaseDialog


def _enabled(dialog: CloseCaseDialog) -> list[CaseStatus]:
    model = dialog.outcome.model()
    assert isinstance(model, QStandardItemModel)
    return [
        CaseStatus(model.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(model.rowCount())
        if model.item(row).isEnabled()
    ]


def test_a_case_with_open_tasks_is_proposed_failed_and_cannot_be_picked_as_completed(qtbot, sample_database):
    """Seen: JJ2026-00254 with all 12 tasks 待办 got 逾期完成 proposed; JJ2026-00196 按期完成 with
    领取营业执照 still 待办."""
    case_id = first_open_case(sample_database)[0]
    dialog = CloseCaseDialog(sample_database, case_id)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is CaseStatus.FAILED
    assert _enabled(dialog) == [CaseStatus.FAILED, CaseStatus.WITHDRAWN]
    assert dialog.tasks.count() == len(dialog.closing.open_tasks) > 0  # listed as before


def test_a_case_whose_work_is_done_is_proposed_completed(qtbot, sample_database):
    case_id = first_open_case(sample_database)[0]
    with sample_database.unit_of_work() as session:
        session.get_one(Case, case_id).requested_deadline = NOW + timedelta(days=1)
        for task in session.scalars(select(Task).where(Task.case_id == case_id)):
            task.status, task.completed_at = TaskStatus.DONE, NOW - timedelta(hours=1)
    dialog = CloseCaseDialog(sample_database, case_id)
    qtbot.addWidget(dialog)
    assert dialog.chosen() is CaseStatus.ACHIEVED and dialog.tasks.count() == 0
    assert len(_enabled(dialog)) == 4
    dialog.accept()
    with sample_database.unit_of_work() as session:
        assert session.get_one(Case, case_id).status is CaseStatus.ACHIEVED
