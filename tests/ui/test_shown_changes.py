"""What changed reaches every page and case window through one signal of the main window, whether an
operation here or another desk wrote it (issue 23): each page decides itself what to read again."""

import threading
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid
from sqlalchemy import select

from app.db.changes import Changes
from app.db.models import Case
from app.domain.vocabulary import CaseStatus, TaskStatus
from app.domain.working_calendar import CalendarOverride
from app.usecases.calendar import save_calendar_override
from app.usecases.closing import close_case
from app.usecases.errors import ValidationFailed
from tests.helpers import NOW, first_open_case
from ui.main_window import MainWindow
from ui.operations import perform, run_operation


def _title(database, case_id: int) -> str:
    with database.unit_of_work() as session:
        return session.scalar(select(Case.title).where(Case.id == case_id))


def _retitle(database, case_id: int, title: str) -> None:
    """A write the page has not seen (as another desk's would be)."""
    with database.unit_of_work() as session:
        session.get(Case, case_id).title = title


def test_the_page_in_view_reads_again_keeping_its_selection_and_hidden_ones_when_next_shown(
    qtbot, sample_database, preferences
):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    case_id, number = first_open_case(sample_database)
    window.show_page("gantt")
    window.page("gantt").open_case(case_id, number)
    window.show_case(case_id, number)  # the cases list in view, the case selected
    cases = window.page("cases")
    cases.search.clear()
    cases.select_case(case_id)
    case_window = window.open_case_window(case_id)

    _retitle(sample_database, case_id, "已改名的案件")
    window.changed.emit(Changes(frozenset({case_id}), frozenset({"case"})), None)
    qtbot.waitUntil(lambda: not cases.reader.pending and not case_window.reader.pending)  # off the GUI thread
    row = next(r for r in range(cases.model.rowCount()) if cases.model.row_at(r).id == case_id)
    assert cases.model.row_at(row).title == "已改名的案件"
    assert cases.selected_case_id() == case_id
    assert "已改名的案件" in case_window.header.text()

    close_case(sample_database, case_id, CaseStatus.WITHDRAWN, NOW, cancel_open_tasks=True)
    window.changed.emit(Changes(frozenset({case_id}), frozenset({"case", "task"})), None)
    window.show_page("gantt")  # hidden while the case closed: read again when shown
    qtbot.waitUntil(lambda: not window.page("gantt").reader.pending)  # off the GUI thread
    assert window.page("gantt").message.text().endswith("结案：已撤回。")
    window.close()


def test_nothing_changed_reads_nothing(qtbot, sample_database, preferences):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    window.show_page("cases")
    cases = window.page("cases")
    qtbot.waitUntil(lambda: not cases.reader.pending)
    first = cases.model.row_at(0)
    _retitle(sample_database, first.id, "不应显示")
    window.changed.emit(Changes(), None)
    assert cases.model.row_at(0).title == first.title
    window.close()


def test_an_operation_off_the_gui_thread_says_what_it_committed_even_when_it_then_fails(
    qtbot, sample_database, preferences
):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    settings = window.page("settings")
    seen, outcomes = [], []
    window.changed.connect(lambda changes, origin: seen.append((changes, origin)))
    day = NOW.date() + timedelta(days=10)

    run_operation(
        settings,
        lambda: save_calendar_override(sample_database, CalendarOverride(day, False, "停电")),
        outcomes.append,
        outcomes.append,
    )
    qtbot.waitUntil(lambda: len(outcomes) == 1)
    assert [(changes.case_ids, changes.entities, origin) for changes, origin in seen] == [
        (frozenset(), frozenset({"calendar_override"}), settings)
    ]
    assert len(seen[0][0].ids("calendar_override")) == 1

    def half_done() -> None:
        save_calendar_override(sample_database, CalendarOverride(day + timedelta(days=1), False, "搬家"))
        raise ValidationFailed({"day": "后一半没有做成"})

    run_operation(settings, half_done, outcomes.append, outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2)
    assert isinstance(outcomes[1], ValidationFailed) and len(seen) == 2  # the first half was announced
    window.close()


def _telling(told: list[str], name: str, apply_changes):
    def apply(*args) -> None:
        told.append(name)
        apply_changes(*args)

    return apply


def test_the_widget_that_wrote_is_not_told_again_and_the_others_are(qtbot, sample_database, preferences):
    """A move on the board reaches the Gantt and the case window, not the board (it moved the card)."""
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    case_id, number = first_open_case(sample_database)
    window.show_page("gantt")
    gantt = window.page("gantt")
    gantt.open_case(case_id, number)
    window.show_page("board")
    board = window.page("board")
    qtbot.waitUntil(lambda: not board.reading)  # its cards are read off the GUI thread
    card = next(
        c for c in board.model._cards.values() if c.case_id == case_id and c.status is TaskStatus.TODO
    )
    case_window = window.open_case_window(case_id)
    told = []
    for widget in (board, gantt, case_window):
        widget.apply_changes = _telling(told, type(widget).__name__, widget.apply_changes)
    board.confirm = board.ask_unsigned_start = lambda *_question: True
    announced = []
    window.changed.connect(lambda changes, _origin: announced.append(changes))
    assert board.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    assert told == ["GanttPage", "CaseWindow"]
    assert card.task_id in announced[-1].ids("task") and case_id in announced[-1].case_ids  # by id
    window.close()


def test_a_save_waits_off_the_gui_thread_painting_on_and_typing_kept_for_after(qtbot, sample_database):
    """While perform's work runs the event loop turns (timers, paints) on the GUI thread; what the
    user types meanwhile is not lost, nor handled before the save has answered (issues 23, 24)."""
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    ticks: list[float] = []
    ticker = QTimer(interval=10, timeout=lambda: ticks.append(time.monotonic()))
    ticker.start()
    typed = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QTimer.singleShot(20, lambda: QApplication.postEvent(field, typed))
    seen_during: list[str] = []
    QTimer.singleShot(150, lambda: seen_during.append(field.text()))
    worker_thread: list[object] = []

    def work() -> str:
        worker_thread.append(threading.current_thread())
        time.sleep(0.25)
        return "saved"

    assert perform(field, work) == "saved"
    ticker.stop()
    assert worker_thread != [threading.current_thread()]
    assert len(ticks) >= 10  # at 10 ms, ~25 ticks in 250 ms; a blocked GUI thread gives at most one
    assert seen_during == [""]  # the key waited for the save's answer…
    qtbot.waitUntil(lambda: field.text() == "a")  # …and then reached the field


def test_a_refusal_comes_back_to_the_gui_thread_as_raised(qtbot, sample_database):
    field = QLineEdit()
    qtbot.addWidget(field)

    def refused() -> None:
        raise ValidationFailed({"day": "不行"})

    with pytest.raises(ValidationFailed):
        perform(field, refused)


def test_a_save_is_answered_when_the_widget_that_started_it_is_gone_meanwhile(qtbot, sample_database):
    field = QLineEdit()
    QTimer.singleShot(20, field.deleteLater)

    def work() -> str:
        time.sleep(0.15)
        return "saved"

    assert perform(field, work) == "saved"
    assert not isValid(field)


def test_after_a_change_the_pages_in_view_read_off_the_gui_thread_and_only_the_newest_read_shows(
    qtbot, sample_database, preferences, monkeypatch
):
    """Another desk's change: the cases list, the dashboard and the Gantt overview read again on the
    thread pool (0.2–0.8 s on a large office, issue 24); the GUI thread only shows what was read."""
    import ui.board.board_page as board_page
    import ui.gantt.gantt_page as gantt_page
    import ui.pages.cases_view as cases_view
    import ui.pages.dashboard_view as dashboard_view

    read_on: dict[str, list[threading.Thread]] = {"cases": [], "dashboard": [], "gantt": [], "board": []}
    for module, name, key in (
        (board_page, "load_board", "board"),
        (cases_view, "list_case_rows", "cases"),
        (dashboard_view, "load_dashboard", "dashboard"),
        (gantt_page, "load_office_gantt", "gantt"),
    ):
        monkeypatch.setattr(module, name, _noting_thread(read_on[key], getattr(module, name)))
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    case_id, _number = first_open_case(sample_database)
    for key in read_on:
        window.show_page(key)
        page = window.page(key)
        if key == "dashboard":
            page.refresh()
        read_on[key].clear()
        _retitle(sample_database, case_id, f"改名-{key}")
        qtbot.waitUntil(lambda page=page: not getattr(page, "reading", False))  # the board's first show
        read_on[key].clear()
        # A change of the columns moves every card of the board; a case's change the other pages'
        entities = frozenset({"board_column"} if key == "board" else {"case"})
        for _ in range(3):  # three changes in a row: the newest read is the one shown
            window.changed.emit(Changes(frozenset({case_id}), entities), None)
        qtbot.waitUntil(
            lambda page=page, key=key: not (page.reading if key == "board" else page.reader.pending)
        )
        assert read_on[key] and threading.main_thread() not in read_on[key], key
    cases = window.page("cases")
    assert any(cases.model.row_at(r).title == "改名-cases" for r in range(cases.model.rowCount()))
    # A list changed while hidden shows its rows at once when shown again, and reads the stored off the GUI
    # thread (the 20,000 cases of a large office take 0.4 s to read).
    _retitle(sample_database, case_id, "改名-又一次")
    window.changed.emit(Changes(frozenset({case_id}), frozenset({"case"})), None)
    read_on["cases"].clear()
    window.show_page("cases")
    assert cases.model.rowCount()
    qtbot.waitUntil(lambda: not cases.reader.pending)
    assert read_on["cases"] and threading.main_thread() not in read_on["cases"]
    assert any(cases.model.row_at(r).title == "改名-又一次" for r in range(cases.model.rowCount()))
    window.close()


def _noting_thread(threads: list[threading.Thread], read):
    def noted(*args, **kwargs):
        threads.append(threading.current_thread())
        return read(*args, **kwargs)

    return noted
