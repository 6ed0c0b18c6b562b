"""Undo and redo on the board and on the Gantt: one command runs the inverse the use case gave back,
as an operation of the page, so every other page sees it as it sees any write (issue 23)."""

from datetime import timedelta

from app.domain.vocabulary import TaskStatus
from app.usecases.gantt import delete_link
from tests.helpers import NOW, first_open_case
from ui.gantt.gantt_page import GanttPage
from ui.main_window import MainWindow
from ui.undoable_operation import UndoableOperation


def _window(qtbot, database, preferences) -> tuple[MainWindow, list]:
    window = MainWindow(database, preferences)
    qtbot.addWidget(window)
    window.show()
    announced: list = []
    window.changed.connect(lambda changes, origin: announced.append((changes, origin)))
    return window, announced


def _gantt_row(qtbot, window, task_id: int):
    """The task's row as the Gantt shows it, once what it reads off the GUI thread has arrived."""
    gantt = window.page("gantt")
    qtbot.waitUntil(lambda: not gantt.reader.pending)
    return next(row for row in gantt.chart.rows if row.key == task_id)


def test_a_board_move_undone_and_redone_is_seen_on_the_gantt(qtbot, sample_database, preferences):
    window, announced = _window(qtbot, sample_database, preferences)
    window.show_page("board")
    board = window.page("board")
    qtbot.waitUntil(lambda: not board.reading)  # its cards are read off the GUI thread
    board.confirm = lambda _question: True
    board.ask_unsigned_start = lambda _number, _person: True
    card = next(c for c in board.model._cards.values() if c.status is TaskStatus.TODO)
    window.page("gantt").open_case(card.case_id, card.case_number)
    assert board.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    assert isinstance(board.undo_stack.command(0), UndoableOperation)
    window.show_page("gantt")
    assert not _gantt_row(qtbot, window, card.task_id).movable  # started: the Gantt read the move

    for step, status in (
        (board.undo_stack.undo, TaskStatus.TODO),
        (board.undo_stack.redo, TaskStatus.IN_PROGRESS),
    ):
        window.show_page("board")
        announced.clear()
        step()
        assert board.model.card(card.task_id).status is status
        assert any(origin is board and card.case_id in changes.case_ids for changes, origin in announced)
        window.show_page("gantt")
        assert _gantt_row(qtbot, window, card.task_id).movable is (status is TaskStatus.TODO)
    window.close()


def test_a_gantt_edit_undone_and_redone_is_seen_on_the_board(qtbot, sample_database, preferences):
    window, announced = _window(qtbot, sample_database, preferences)
    window.show_page("board")
    board = window.page("board")
    qtbot.waitUntil(lambda: not board.reading)
    card = next(c for c in board.model._cards.values() if c.status is TaskStatus.TODO)
    window.show_page("gantt")
    gantt = window.page("gantt")
    gantt.open_case(card.case_id, card.case_number)
    row = _gantt_row(qtbot, window, card.task_id)
    before = board.model.card(card.task_id).planned_finish
    gantt.resize_task(card.task_id, row.finish + timedelta(days=2))
    assert isinstance(gantt.undo_stack.command(0), UndoableOperation)
    qtbot.waitUntil(lambda: not board.reading)  # the hidden board reads the case's cards again
    longer = board.model.card(card.task_id).planned_finish
    assert longer > before, gantt.message.text()  # the hidden board took the change

    for step, finish in ((gantt.undo_stack.undo, before), (gantt.undo_stack.redo, longer)):
        announced.clear()
        step()
        assert any(origin is gantt and card.case_id in changes.case_ids for changes, origin in announced)
        qtbot.waitUntil(lambda: not board.reading)
        assert board.model.card(card.task_id).planned_finish == finish
        assert _gantt_row(qtbot, window, card.task_id).finish == finish
    window.close()


def test_an_undo_refused_by_another_desks_change_says_why_and_empties_the_stack(qtbot, sample_database):
    case_id, number = first_open_case(sample_database)
    page = GanttPage(sample_database)
    qtbot.addWidget(page)
    page.show()
    page.open_case(case_id, number)
    qtbot.waitUntil(lambda: not page.reader.pending)  # read off the GUI thread
    tasks = [row.key for row in page.chart.rows if row.movable]
    linked = {(link.predecessor, link.successor) for link in page.chart.links}
    first, then = next((a, b) for a in tasks for b in tasks if a < b and {(a, b), (b, a)}.isdisjoint(linked))
    page.link_tasks(first, then)
    assert page.undo_stack.count() == 1
    delete_link(sample_database, first, then, NOW)  # another desk
    page.undo_stack.undo()
    assert page.message.text() == "该前置关系已被删除"
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0)
