"""修改记录 in the case window, 审计记录 in the settings, and another desk's move shown on the board."""

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Staff, Task
from app.domain.permissions import SYSTEM, Actor
from app.domain.vocabulary import StaffRole, TaskStatus
from app.usecases.board import MoveRequest, move_task
from reports.audit_workbook import AUDIT_SHEET
from tests.helpers import NOW
from ui.audit_table_model import AuditTableModel
from ui.case.case_window import CaseWindow
from ui.main_window import MainWindow
from ui.settings.audit_view import AuditView


def _todo_task(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        task = session.scalars(select(Task).where(Task.status == TaskStatus.TODO).limit(1)).one()
        return task.id, task.case_id


def _cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_the_case_window_lists_the_cases_changes_newest_first(qtbot, sample_database):
    task_id, case_id = _todo_task(sample_database)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.BLOCKED, blocked_reason="等客户回传 ZX-7 号文件", confirmed=True),
        NOW,
    )
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    window.show_tab("audit")
    assert window.tabs.tabText(window.tabs.currentIndex()) == "修改记录"
    panel = window.panel("audit")
    model = panel.model
    newest = [
        (_cell(model, row, AuditTableModel.FIELD), _cell(model, row, AuditTableModel.NEW)) for row in range(3)
    ]
    assert ("阻塞原因", "等客户回传 ZX-7 号文件") in newest and ("状态", "受阻") in newest
    assert _cell(model, 0, AuditTableModel.OBJECT) == f"任务 #{task_id}"
    assert _cell(model, model.rowCount() - 1, AuditTableModel.FIELD) == "（新增）"  # the case's plan
    assert panel.table.isColumnHidden(AuditTableModel.CASE)


def test_a_role_without_the_permission_sees_why_not_the_trail(qtbot, sample_database):
    _task, case_id = _todo_task(sample_database)
    with sample_database.unit_of_work() as session:
        clerk = session.scalars(select(Staff).where(Staff.role == StaffRole.FRONT_DESK).limit(1)).one()
        sample_database.actor = Actor(clerk.id, clerk.name, clerk.role, "clerk")
    window = CaseWindow(sample_database, case_id)
    qtbot.addWidget(window)
    panel = window.panel("audit")
    assert panel.model.rowCount() == 0 and "无权查看与导出审计记录" in panel.summary.text()


def test_the_office_view_filters_and_exports(qtbot, sample_database, tmp_path):
    task_id, _case_id = _todo_task(sample_database)
    move_task(
        sample_database,
        MoveRequest(task_id, TaskStatus.BLOCKED, blocked_reason="等客户回传 ZX-7 号文件", confirmed=True),
        NOW,
    )
    view = AuditView(sample_database)
    qtbot.addWidget(view)
    view.show()
    assert view.person.findText("系统") > 0
    view.entity.setCurrentIndex(view.entity.findData("task"))
    view.search.setText("ZX-7")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert _cell(view.model, 0, AuditTableModel.NEW) == "等客户回传 ZX-7 号文件"
    assert _cell(view.model, 0, AuditTableModel.CASE).startswith("JJ")

    out = tmp_path / "审计记录.xlsx"
    view.export(out)
    qtbot.waitUntil(lambda: "已导出" in view.message.text(), timeout=10000)
    rows = list(load_workbook(out)[AUDIT_SHEET].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][-1] == "等客户回传 ZX-7 号文件"


def test_a_board_shows_a_card_another_desk_moved(qtbot, sample_database, database_url, preferences):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    window.show_page("board")
    board = window.page("board")
    qtbot.waitUntil(lambda: not board.reading)  # its cards are read off the GUI thread
    card = next(c for c in board.model._cards.values() if c.status is TaskStatus.TODO)
    task_id, case_id = card.task_id, card.case_id
    window.start_desk_sync()
    case_window = window.open_case_window(case_id, "audit")
    rows_before = case_window.panel("audit").model.rowCount()

    desk_b = open_database(database_url, clock=sample_database.clock)
    desk_b.actor = SYSTEM
    try:
        move_task(desk_b, MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True), NOW)
    finally:
        desk_b.dispose()
    qtbot.waitUntil(lambda: board.model.card(task_id).status is TaskStatus.IN_PROGRESS, timeout=2000)
    assert case_window.panel("audit").model.rowCount() > rows_before

    # This desk's own move: no reload for it.
    move_task(sample_database, MoveRequest(task_id, TaskStatus.REVIEW, confirmed=True), NOW)
    assert not window.desk_sync.watcher.poll()
    window.close()
