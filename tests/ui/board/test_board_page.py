"""The board as the coordinator uses it: drops through mime data, keyboard moves, gates, undo, WIP."""

import re
import threading
from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.changes import Changes
from app.db.models import UrgencyAssessmentRecord
from app.domain.incident import IncidentCategory
from app.domain.risk_window import WindowForm
from app.domain.sla import ClockState, ResponseLevel
from app.domain.urgency import Priority, Recommendation, priority_order
from app.domain.vocabulary import StaffRole, TaskStatus
from app.usecases.board import MoveRequest, move_task, reschedule_open_cases
from app.usecases.board_cards import CardClock, ColumnSetting, leading_cases, load_board, save_board_columns
from app.usecases.calendar import save_office_hours
from app.usecases.incidents import IncidentReport, log_incident
from app.usecases.risk_calendar import save_window
from tests.helpers import NOW, first_open_case, just_taken_in, logged_in_as
from tests.helpers.pages import noting_thread, shown_board
from ui.board import board_page
from ui.board.board_model import EXPEDITE_LANE, MIME_TYPE, LaneKind
from ui.board.board_page import BoardPage
from ui.board.card_delegate import CLOCK_COLOURS, CardDelegate, Density, card_rect


def _page(qtbot, database) -> BoardPage:
    return shown_board(qtbot, database)


def _column(page, status: TaskStatus) -> int:
    return next(n for n, c in enumerate(page.model.columns) if c.status is status)


def _free_todo(page):
    """A card still to do, off the critical path (the page's confirm() answers any warning)."""
    for card in page.model._cards.values():
        if card.status is TaskStatus.TODO and not card.critical:
            return card
    raise AssertionError("no todo card")


def _stored(database, task_id):
    return next(c for c in load_board(database, NOW) if c.task_id == task_id)


def test_a_drop_through_mime_data_moves_and_persists_the_card(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    card = _free_todo(page)
    row, _column_index, _ = page.model.locate(card.task_id)
    target = page.model.index(row, _column(page, TaskStatus.IN_PROGRESS))
    cell = page.model.index(row, _column(page, TaskStatus.TODO))
    first = page.model.mimeData([cell])
    assert int(bytes(first.data(MIME_TYPE)).decode()) == page.model.cards_at(row, cell.column())[0].task_id
    data = page.model.card_mime_data(card.task_id)  # what the view drags: the card under the cursor
    assert page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, target.column(), target)
    assert page.model.card(card.task_id).status is TaskStatus.IN_PROGRESS
    assert page.model.cards_at(row, target.column())[0].task_id == card.task_id  # placed first in its cell
    assert _stored(sample_database, card.task_id).status is TaskStatus.IN_PROGRESS
    # The projected finish, said once (it was 「预计完成：… 。预计 … 完成…」).
    assert page.message.text().startswith(f"{card.case_number}：预计 ")
    assert len(re.findall(r"\d{4}-\d\d-\d\d \d\d:\d\d", page.message.text())) == 1


def test_whether_a_start_needs_the_clients_signature_is_asked_by_the_move_itself(
    qtbot, sample_database, monkeypatch
):
    # Read on the GUI thread before every move that starts work (55 ms stalls at 5 ms round trips),
    # then a read of its own on the thread pool; now the move, off the GUI thread, says so itself.
    moved_on: list[threading.Thread] = []
    monkeypatch.setattr(board_page, "move_task", noting_thread(moved_on, board_page.move_task))
    case_id, number = first_open_case(sample_database)
    just_taken_in(sample_database, case_id)
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    asked: list[tuple[str, str]] = []
    page.ask_unsigned_start = lambda number, person: asked.append((number, person)) or True
    card = next(c for c in page.model._cards.values() if c.case_id == case_id)
    assert page.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    assert asked == [(number, sample_database.actor.name)]
    assert moved_on and threading.main_thread() not in moved_on
    other = next(c for c in page.model._cards.values() if c.case_id == case_id and c.task_id != card.task_id)
    assert page.request_move(other.task_id, TaskStatus.IN_PROGRESS, None) and len(asked) == 1  # decided


def test_the_board_reads_its_people_and_calendar_off_the_gui_thread(qtbot, sample_database, monkeypatch):
    """Seen: the page read the working calendar and every person (for the assignee filter) in its
    constructor, on the GUI thread (a stall before its first paint, round trips on a slow network)."""
    read_on: list[threading.Thread] = []
    for name in ("list_staff", "load_working_calendar"):
        monkeypatch.setattr(board_page, name, noting_thread(read_on, getattr(board_page, name)))
    page = shown_board(qtbot, sample_database)
    assert read_on and threading.main_thread() not in read_on
    people = [page.assignee.itemText(n) for n in range(2, page.assignee.count())]
    assert people == [member.name for member in board_page.list_staff(sample_database)]
    page.assignee.setCurrentIndex(2)  # the filter works with the people read
    assert {card.assignee_id for row in range(page.model.rowCount()) for column in range(5)
            for card in page.model.cards_at(row, column)} <= {page.assignee.itemData(2)}  # fmt: skip


def test_a_login_that_may_not_decide_to_start_unsigned_is_told_who_may(qtbot, sample_database):
    case_id, number = first_open_case(sample_database)
    just_taken_in(sample_database, case_id)
    logged_in_as(sample_database, StaffRole.SPECIALIST)
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    page.ask_unsigned_start = lambda *_question: pytest.fail("not this login's decision to be asked")
    card = next(c for c in page.model._cards.values() if c.case_id == case_id)
    assert not page.request_move(card.task_id, TaskStatus.IN_PROGRESS, None)
    assert page.message.text().startswith(f"{number} 的确认书尚未签回，先行办理需")
    assert page.model.card(card.task_id).status is TaskStatus.TODO


def test_keyboard_selects_and_moves_cards_and_undo_puts_them_back(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    card = next(c for c in page.model._cards.values() if c.status is TaskStatus.IN_PROGRESS)
    page.view.select_card(card.task_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # 进行中 → 待复核
    assert page.model.card(card.task_id).status is TaskStatus.REVIEW
    assert _stored(sample_database, card.task_id).status is TaskStatus.REVIEW
    page.undo_stack.undo()
    assert page.model.card(card.task_id).status is TaskStatus.IN_PROGRESS
    assert _stored(sample_database, card.task_id).status is TaskStatus.IN_PROGRESS
    page.undo_stack.redo()
    assert _stored(sample_database, card.task_id).status is TaskStatus.REVIEW
    qtbot.keyClick(page.view, Qt.Key.Key_Left)  # a plain arrow only moves the selection
    assert page.model.card(card.task_id).status is TaskStatus.REVIEW
    assert page.view.selected_task_id != card.task_id


def test_undo_does_not_reverse_another_desks_later_move(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    card = next(c for c in page.model._cards.values() if c.status is TaskStatus.IN_PROGRESS)
    assert page.request_move(card.task_id, TaskStatus.REVIEW, None)
    other_desk = _stored(sample_database, card.task_id)
    move_task(
        sample_database,
        MoveRequest(card.task_id, TaskStatus.BLOCKED, blocked_reason="另一工位", version=other_desk.version),
        NOW,
    )
    page.undo_stack.undo()
    assert _stored(sample_database, card.task_id).status is TaskStatus.BLOCKED
    assert "已被他人修改" in page.message.text()
    assert page.model.card(card.task_id).status is TaskStatus.BLOCKED  # the board read again
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0)


def test_done_refuses_an_open_checklist_and_blocked_asks_the_reason(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    card = next(c for c in page.model._cards.values()
                if c.status is TaskStatus.IN_PROGRESS and c.checklist_done < c.checklist_total)  # fmt: skip
    assert not page.request_move(card.task_id, TaskStatus.DONE, None)
    assert "检查清单尚未完成" in page.message.text()
    assert page.model.card(card.task_id).status is TaskStatus.IN_PROGRESS
    page.ask_blocked_reason = lambda _name: None  # the coordinator cancelled
    assert not page.request_move(card.task_id, TaskStatus.BLOCKED, None)
    page.ask_blocked_reason = lambda _name: "税务系统升级"
    assert page.request_move(card.task_id, TaskStatus.BLOCKED, None)
    assert _stored(sample_database, card.task_id).blocked_reason == "税务系统升级"


def test_unfinished_predecessors_warn_before_the_move(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    asked = []
    page.confirm = lambda question: asked.append(question) or False
    for card in list(page.model._cards.values()):
        if card.status is TaskStatus.TODO and page.request_move(card.task_id, TaskStatus.IN_PROGRESS, None):
            continue
        if asked:
            assert "前置任务尚未完成" in asked[0] and page.model.card(card.task_id).status is TaskStatus.TODO
            return
    raise AssertionError("no card with open predecessors")


def test_wip_limits_show_in_the_header_and_filters_change_the_counts(qtbot, sample_database):
    in_progress = sum(1 for c in load_board(sample_database, NOW) if c.status is TaskStatus.IN_PROGRESS)
    save_board_columns(sample_database, [ColumnSetting(TaskStatus.IN_PROGRESS, "办理中", in_progress - 1)])
    page = _page(qtbot, sample_database)
    column = _column(page, TaskStatus.IN_PROGRESS)
    header = page.model.headerData(column, Qt.Orientation.Horizontal)
    assert header.startswith(f"办理中  {in_progress}/{in_progress - 1}")
    assert (
        page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.BackgroundRole) is not None
    )
    page.only_blocked.setChecked(True)
    assert page.model.column_count(column) == 0
    assert page.model.shown_count() == sum(
        1 for c in page.model._cards.values() if c.status is TaskStatus.BLOCKED
    )
    page.only_blocked.setChecked(False)
    page.lanes.setCurrentIndex(page.lanes.findData(LaneKind.ASSIGNEE))
    assert page.model.rowCount() <= 20


def test_the_order_survives_a_restart(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    row, column = next((r, c) for r in range(page.model.rowCount()) for c in range(len(page.model.columns))
                       if len(page.model.cards_at(r, c)) >= 3)  # fmt: skip
    cards = page.model.cards_at(row, column)
    page.view.select_card(cards[2].task_id)
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = [cards[0].task_id, cards[2].task_id, cards[1].task_id]
    assert [c.task_id for c in page.model.cards_at(row, column)][:3] == expected
    again = _page(qtbot, sample_database)
    again.load()
    assert [c.task_id for c in again.model.cards_at(row, column)][:3] == expected


def test_the_board_is_painted(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    image = page.view.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # cards, text and stripes, not a blank area


def test_refresh_reschedules_every_open_case_off_the_gui_thread(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    sample_database.clock.advance(timedelta(days=3))  # two working days of the plans fall behind
    started = sample_database.clock.minute()
    assert any(c.planned_finish < started for c in page.model._cards.values() if c.status is TaskStatus.TODO)
    with qtbot.waitSignal(page.model.modelReset, timeout=20000):
        page.refresh()
    qtbot.waitUntil(lambda: "已重新排程" in page.message.text())
    todo = [c for c in page.model._cards.values() if c.status is TaskStatus.TODO]
    assert todo and all(c.planned_finish >= started for c in todo)  # nothing left to do in the past


def test_cards_flag_risk_windows_and_show_the_cases_most_urgent_clock(qtbot, sample_database):
    now = NOW
    reschedule_open_cases(sample_database, now)
    card = next(
        c for c in load_board(sample_database, now)
        if c.status is TaskStatus.TODO and c.clock is None and c.planned_finish
        and c.planned_finish > now + timedelta(hours=1)
    )  # fmt: skip
    into_its_end = card.planned_finish - timedelta(minutes=30)
    service = (card.service_type.value,)
    window = WindowForm(
        "登记系统停机（测试）", into_its_end, into_its_end + timedelta(days=1), service_types=service
    )
    save_window(sample_database, window)
    for level, minutes_ago in ((ResponseLevel.L3, 1), (ResponseLevel.L1, 8)):  # L1: 2 of its 10 minutes left
        report = IncidentReport(card.case_id, IncidentCategory.SYSTEM_OUTAGE, level, "电子税务局宕机", None)
        log_incident(sample_database, report, now - timedelta(minutes=minutes_ago))
    page = _page(qtbot, sample_database)
    shown = page.model.card(card.task_id)
    assert "登记系统停机（测试）" in shown.risk_windows
    assert shown.clock.level is ResponseLevel.L1  # the most urgent of the case's clocks
    page.view.select_card(card.task_id)
    row, column, position = page.model.locate(card.task_id)
    rect = card_rect(page.view.visualRect(page.model.index(row, column)), position, page.view.card_height)
    tooltip = page.view.card_tooltip(rect.center())
    assert "登记系统停机（测试）" in tooltip and "电子税务局宕机" in tooltip
    others = [c for c in page.model._cards.values() if c.case_id != card.case_id]
    assert all(c.clock is None or "电子税务局宕机" not in c.clock.title for c in others)
    assert not page.view.viewport().grab().toImage().isNull()


def test_the_clock_on_a_card_reads_in_hours_and_minutes(qapp):
    delegate = CardDelegate(None)
    assert delegate.clock_text(CardClock("", ResponseLevel.L2, ClockState.NEAR_BREACH, 80)) == "◷ 1时20分"
    assert delegate.clock_text(CardClock("", ResponseLevel.L1, ClockState.RUNNING, 7)) == "◷ 7分"
    assert delegate.clock_text(CardClock("", ResponseLevel.L1, ClockState.BREACHED, -35)) == "◷ 超时 35分"
    assert delegate.clock_text(CardClock("", ResponseLevel.L1, ClockState.PAUSED, 3)) == "◷ 暂停"
    assert CLOCK_COLOURS[ClockState.BREACHED] != CLOCK_COLOURS[ClockState.NEAR_BREACH]


def _two_priorities_in_the_expedite_lane(database) -> TaskStatus:
    """A column whose cards' cases are made 全面加急, one of them 特急 (a genuine 高, the time too
    short) and the rest 一般 (nothing pressing, time ample): a small sample's lane holds too few."""
    cards = load_board(database, NOW)
    for status in TaskStatus:
        cases = Counter(c.case_id for c in cards if c.status is status)
        critical = min(cases, key=cases.__getitem__, default=None)
        if len(cases) > 1 and cases.total() - cases[critical] > 1:  # two 一般 cards: one is moved
            break
    with database.unit_of_work() as session:
        for case_id in cases:
            record = session.scalar(
                select(UrgencyAssessmentRecord).where(UrgencyAssessmentRecord.case_id == case_id)
            )
            assert record is not None, "the sample assesses every case at intake"
            urgent = case_id == critical
            record.chosen = Recommendation.FULL
            record.business_survival = 3 if urgent else 0
            record.minutes_left = 0 if urgent else record.normal_minutes * 3
    return status


def test_the_expedite_lane_puts_the_higher_priority_first(qtbot, sample_database):
    status = _two_priorities_in_the_expedite_lane(sample_database)
    cards = load_board(sample_database, NOW)
    lane = [c for c in cards if c.expedite]
    assert {c.priority for c in lane if c.status is status} == {Priority.CRITICAL, Priority.ROUTINE}
    lowest = max((c for c in lane if c.status is status), key=lambda c: (c.priority, c.rank))
    top = min(c.rank for c in cards if c.status is status)
    move_task(sample_database, MoveRequest(lowest.task_id, status, rank=top - 1, confirmed=True), NOW)
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    assert page.model.headerData(0, Qt.Orientation.Vertical) == "⚡ 全面加急"
    cell = page.model.index(0, _column(page, status))
    shown = page.model.cards_at(0, cell.column())
    assert [c.priority for c in shown] == sorted((c.priority for c in shown), key=priority_order)
    # Within its priority the coordinator's order holds: the card moved to the top leads its own.
    assert next(c for c in shown if c.priority is lowest.priority).task_id == lowest.task_id
    # A drop in front of the lane's first card keeps the priorities in order too.
    other = next(c for c in reversed(shown) if c.priority is lowest.priority)
    assert page.model.dropMimeData(
        page.model.card_mime_data(other.task_id), Qt.DropAction.MoveAction, 0, cell.column(), cell
    )
    shown = page.model.cards_at(0, cell.column())
    assert [c.priority for c in shown] == sorted((c.priority for c in shown), key=priority_order)
    ahead = [c.task_id for c in shown if c.priority is lowest.priority][:2]
    assert ahead == [other.task_id, lowest.task_id]  # as high as its priority goes: first of its own


# -- keyboard moves and prompts (issue 22) ---------------------------------------------------------
def test_ctrl_right_from_review_goes_to_done_without_asking_a_blocked_reason(qtbot, sample_database):
    ready = next(c for c in load_board(sample_database, NOW)
                 if c.status is TaskStatus.IN_PROGRESS and c.checklist_done == c.checklist_total)  # fmt: skip
    move_task(sample_database, MoveRequest(ready.task_id, TaskStatus.REVIEW, confirmed=True), NOW)
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    asked = []
    page.ask_blocked_reason = lambda name: asked.append(name) or "不该问"
    card = page.model.card(ready.task_id)
    page.view.select_card(card.task_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert not asked and page.model.card(card.task_id).status is TaskStatus.DONE
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # and back over it
    assert not asked and page.model.card(card.task_id).status is TaskStatus.REVIEW
    # Into 受阻 directly (Ctrl+B here, a drop there) still asks for the reason.
    qtbot.keyClick(page.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert asked == [card.task_name] and page.model.card(card.task_id).status is TaskStatus.BLOCKED


def _answer_with_enter(qtbot, ask) -> bool:
    """What a prompt returns when the coordinator only presses Enter."""
    seen = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    answer = ask()
    assert seen and seen[0] is not None
    return answer


def test_the_predecessor_and_unsigned_prompts_default_to_no(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    assert _answer_with_enter(qtbot, lambda: page._confirm("前置任务尚未完成：某任务。仍要移动吗？")) is False
    assert _answer_with_enter(qtbot, lambda: page._ask_unsigned_start("JJ2026-00001", "王磊")) is False


def test_enter_in_an_empty_case_number_field_asks_for_a_number(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.case_number.setFocus()
    qtbot.keyClick(page.case_number, Qt.Key.Key_Return)
    assert page.message.text() == "请输入案件编号"
    page.case_number.setText("JJ1999-99999")
    qtbot.keyClick(page.case_number, Qt.Key.Key_Return)
    assert page.message.text() == "没有找到案件“JJ1999-99999”"


# -- lanes: collapsed, titles in sight, compact cards (issue 22) -----------------------------------
def _titles_in_view(page) -> list[str]:
    view = page.view
    return [
        page.model.headerData(row, Qt.Orientation.Vertical)
        for row in range(page.model.rowCount())
        if view.rowViewportPosition(row) < view.viewport().height()
        and view.rowViewportPosition(row) + view.rowHeight(row) > 0
    ]


def test_the_expedite_lane_collapses_so_other_lanes_show_and_stays_so(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.resize(1280, 720)
    assert page.model.lane(0) == EXPEDITE_LANE and page.model.is_collapsed(0)  # folded: see below
    page.view.toggle_lane(0)  # as it was: expanded
    assert page.view.rowHeight(0) > page.view.viewport().height()
    by_case = _titles_in_view(page)
    page.lanes.setCurrentIndex(page.lanes.findData(LaneKind.ASSIGNEE))
    assert _titles_in_view(page) == by_case == ["⚡ 全面加急"]  # what was seen: no visible change
    page.lanes.setCurrentIndex(page.lanes.findData(LaneKind.CASE))

    page.view.select_card(page.model.cards_at(0, _column(page, TaskStatus.TODO))[0].task_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert page.model.is_collapsed(0) and page.view.selected_task_id is None
    assert page.view.rowHeight(0) < 60 and page.view.rowViewportPosition(1) < 60  # the next lane in sight
    by_case = _titles_in_view(page)
    page.lanes.setCurrentIndex(page.lanes.findData(LaneKind.ASSIGNEE))
    assert page.model.is_collapsed(0)  # kept by the lane's key, through a relayout and a reload
    assert _titles_in_view(page) != by_case and page.model.lane(0) == EXPEDITE_LANE
    page.load()
    assert page.model.is_collapsed(0) and page.view.rowHeight(0) < 60
    image = page.view.viewport().grab().toImage()  # the collapsed lane's counts are painted
    assert len({image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 40, 3)}) > 3
    # The keyboard is on the collapsed lane: Enter expands it and selects one of its cards.
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert not page.model.is_collapsed(0) and page.model.locate(page.view.selected_task_id)[0] == 0


def test_up_and_down_stop_on_a_collapsed_lane_and_a_title_click_toggles_it(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    header = page.view.verticalHeader()
    header.sectionClicked.emit(1)  # as a click on the second lane's title
    assert page.model.is_collapsed(1) and page.view.lane_cursor == page.model.lane(1)
    column = next(c for c in range(len(page.model.columns)) if page.model.cards_at(0, c))
    page.view.select_card(page.model.cards_at(0, column)[-1].task_id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.view.selected_task_id is None and page.view.lane_cursor == page.model.lane(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.view.selected_task_id == page.model.cards_at(0, column)[-1].task_id
    hidden = next(card for c in range(len(page.model.columns)) for card in page.model.cards_at(1, c))
    page.view.select_card(hidden.task_id)  # a card found (a move, a search) is shown: its lane expands
    assert not page.model.is_collapsed(1) and page.view.selected_task_id == hidden.task_id
    header.sectionClicked.emit(1)
    header.sectionClicked.emit(1)
    assert not page.model.is_collapsed(1)


def test_a_lanes_title_stays_in_sight_while_its_cards_scroll_past(qtbot, sample_database):
    page = _page(qtbot, sample_database)
    page.resize(1280, 720)
    header = page.view.verticalHeader()
    blank = header.viewport().grab().toImage()
    page.view.verticalScrollBar().setValue(page.view.rowHeight(0) // 2)  # the middle of the expedite lane
    qtbot.wait(10)
    image = header.viewport().grab().toImage()
    top = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, 24, 2)}
    below = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(200, 224, 2)}
    assert len(top) > len(below) + 3, "the lane's title is drawn at the top of the view"
    assert not blank.isNull()


def test_compact_cards_are_two_lines_and_the_choice_is_remembered(qtbot, sample_database, preferences):
    page = shown_board(qtbot, sample_database, preferences, (1280, 720))
    tall = page.view.rowHeight(1)  # the first lane shown expanded (the ⚡ lane starts folded)
    page.compact.setChecked(True)
    assert page.view.rowHeight(1) < tall * 0.6 and preferences.board_compact
    row, column = next((r, c) for r in range(page.model.rowCount()) for c in range(len(page.model.columns))
                       if not page.model.is_collapsed(r) and len(page.model.cards_at(r, c)) >= 3)  # fmt: skip
    page.view.scroll_to_card(row, column, 2)
    rect = card_rect(page.view.visualRect(page.model.index(row, column)), 2, page.view.card_height)
    assert page.view.card_under(rect.center()) == page.model.cards_at(row, column)[2].task_id
    image = page.view.viewport().grab().toImage()
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20
    )
    again = BoardPage(sample_database, preferences)
    qtbot.addWidget(again)
    assert again.compact.isChecked() and again.view.density is Density.COMPACT


def leading_lanes_shown(qtbot, database, monkeypatch) -> tuple[BoardPage, threading.Event]:
    """The office board shown with its leading lanes; the rest is read once the event is set."""
    release = _rest_held(monkeypatch)
    page = BoardPage(database)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page, release


def _rest_held(monkeypatch) -> threading.Event:
    """The office board's rest (the lanes after the leading ones) is read only once the event is set."""
    release = threading.Event()
    read = board_page.load_board

    def held(*args, **kwargs):
        if kwargs.get("besides"):
            assert release.wait(10), "the test never let the rest be read"
        return read(*args, **kwargs)

    monkeypatch.setattr(board_page, "load_board", held)
    monkeypatch.setattr(board_page, "LEADING_LANES", 3)
    return release


def test_the_office_board_paints_at_once_shows_its_leading_lanes_then_the_rest(
    qtbot, sample_database, monkeypatch
):
    # 14,800 cards read and laid out before the first paint took twice the time a board may take to
    # show (its ⚡ lane alone ~12,000 cards); a screen holds a dozen lanes.
    release = _rest_held(monkeypatch)
    lead = leading_cases(sample_database, 3)
    everything = load_board(sample_database, NOW)
    expedite = [card for card in everything if card.expedite]
    assert lead.more and expedite and {c.case_id for c in everything} - set(lead.expedite + lead.others)
    page = BoardPage(sample_database)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()  # the first paint: nothing read on the GUI thread
    assert page.model.rowCount() == 0 and page.status.text() == "正在读取看板…"
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    # The ⚡ lane starts folded: its cards come with the rest, the database counting them meanwhile.
    assert {card.case_id for card in page.model._cards.values()} <= set(lead.others)
    assert page.model.lane(0) == EXPEDITE_LANE and page.model.is_collapsed(0) and page.model.rowCount() <= 4
    columns = range(len(page.model.columns))

    def expedite_counts(cards) -> list[int]:
        return [sum(c.status is page.model.columns[n].status for c in cards if c.expedite) for n in columns]

    assert [page.model.card_count(0, n) for n in columns] == expedite_counts(everything)
    assert "正在读取其余案件" in page.status.text()
    # Another desk changes a case of the rest, and one of the ⚡ lane, before the rest arrives: their
    # fresh cards stay, and the lane's counts take the ⚡ case's cards in place of its count.
    later = next(
        c
        for c in everything
        if c.case_id not in lead.others and not c.expedite and c.status is not TaskStatus.DONE
    )
    fresh = [c._replace(task_name="另一工位刚改的名称") if c.task_id == later.task_id else c
             for c in everything if c.case_id == later.case_id]  # fmt: skip
    page.model.apply_case_cards(later.case_id, fresh)
    urgent = expedite[0].case_id
    page.model.apply_case_cards(urgent, [c for c in everything if c.case_id == urgent])
    # (as for any case it held no card of, the board takes its open cards, not the ones just done)
    changed = (later.case_id, urgent)
    kept = [c for c in everything if c.case_id not in changed or c.status is not TaskStatus.DONE]
    assert [page.model.card_count(0, n) for n in columns] == expedite_counts(kept)
    release.set()
    qtbot.waitUntil(lambda: not page.reading)
    assert set(page.model._cards) == {c.task_id for c in kept}
    assert page.model.card(later.task_id).task_name == "另一工位刚改的名称"
    assert page.model.rowCount() > 4 and page.status.text() == f"显示 {len(kept)} 张卡片"
    assert [page.model.card_count(0, n) for n in columns] == expedite_counts(kept)
    assert [len(page.model.cards_at(0, n)) for n in columns] == expedite_counts(kept)


def test_the_rest_of_the_office_board_joins_below_its_leading_lanes_as_a_whole_read_would_lay_it_out(
    qtbot, sample_database, monkeypatch
):
    # Laying the whole board out again for the rest (~2,000 lanes) stalled the window ~0.1 s, often
    # in the middle of the coordinator's first card moves.
    page, release = leading_lanes_shown(qtbot, sample_database, monkeypatch)
    signals: list[tuple] = []
    page.model.modelReset.connect(lambda: signals.append(("reset",)))
    page.model.rowsInserted.connect(lambda _parent, first, last: signals.append(("inserted", first, last)))
    leading = page.model.rowCount()
    release.set()
    qtbot.waitUntil(lambda: not page.reading)
    assert signals == [("inserted", leading, page.model.rowCount() - 1)]

    whole = BoardPage(sample_database)
    qtbot.addWidget(whole)
    whole.resize(1400, 900)
    whole.load()  # the office's board read at once
    rows, columns = range(whole.model.rowCount()), range(whole.model.columnCount())
    assert [page.model.lane(row) for row in rows] == [whole.model.lane(row) for row in rows]
    assert [[page.model.cards_at(row, column) for column in columns] for row in rows] == [
        [whole.model.cards_at(row, column) for column in columns] for row in rows
    ]
    header, whole_header = page.view.verticalHeader(), whole.view.verticalHeader()
    assert [header.sectionSize(row) for row in rows] == [whole_header.sectionSize(row) for row in rows]
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in columns] == [
        whole.model.headerData(c, Qt.Orientation.Horizontal) for c in columns
    ]


def test_new_office_hours_read_the_whole_board_again_on_them(qtbot, sample_database):
    """A case's cards read again after a change are dated on the board's calendar; the office's hours
    (its settings) are part of that calendar, so their change reads the whole board on the new hours."""
    page = _page(qtbot, sample_database)
    case_id = first_open_case(sample_database)
    before = str(page._calendar.hours)
    save_office_hours(sample_database, "08:00-12:00, 13:00-16:30")
    page.apply_changes(
        Changes(frozenset({case_id}), frozenset({"office_profile"}), frozenset({("office_profile", 1)})), True
    )
    qtbot.waitUntil(lambda: not page.reading)
    assert before != "08:00-12:00, 13:00-16:30" == str(page._calendar.hours)
