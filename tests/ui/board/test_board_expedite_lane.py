"""The board's ⚡ 全面加急 lane (issue 22): it starts folded when it holds more than a screen, the user's
choice is remembered, and a card dropped in it lands where it was dropped within its priority."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import Task
from app.domain.urgency import Priority
from app.domain.vocabulary import TaskStatus
from app.usecases.board_cards import load_board
from tests.helpers import NOW
from tests.helpers.pages import shown_board
from tests.ui.board.test_board_page import (
    _column,
    _page,
    _two_priorities_in_the_expedite_lane,
    leading_lanes_shown,
)
from ui.board import board_page
from ui.board.board_model import EXPEDITE_LANE


def _ranked(database, status, ranks: dict[int, float]) -> None:
    """Every card of the column ranked far below ``ranks``, which places the cards it names."""
    with database.unit_of_work() as session:
        for n, task in enumerate(session.scalars(select(Task).where(Task.status == status))):
            task.board_rank = ranks.get(task.id, float(n - 10_000))


def _routine(page, column: int) -> list[int]:
    return [c.task_id for c in page.model.cards_at(0, column) if c.priority is Priority.ROUTINE]


def test_a_drop_in_the_expedite_lane_lands_where_it_was_dropped_within_its_priority(qtbot, sample_database):
    """Seen: a 一般 card dropped at the top of the lane, on a 特急 card, landed 7th among its own (rank
    685.5 between the 特急 card's 700 and the 一般 cards' 667–671): a drop beside a card of another
    priority took a rank from that card, which says nothing of the order among the dropped card's own."""
    status = _two_priorities_in_the_expedite_lane(sample_database)
    lane = [c for c in load_board(sample_database, NOW) if c.expedite and c.status is status]
    urgent = [c.task_id for c in lane if c.priority is Priority.CRITICAL]
    routine = [c.task_id for c in lane if c.priority is Priority.ROUTINE]
    ranks = {task_id: 700.0 + n for n, task_id in enumerate(urgent)}
    ranks |= {task_id: 667.0 + n for n, task_id in enumerate(routine)}
    _ranked(sample_database, status, ranks)
    page = _page(qtbot, sample_database)
    page.confirm = lambda _question: True
    column = _column(page, status)
    cell = page.model.index(0, column)
    shown = page.model.cards_at(0, column)
    assert [c.task_id for c in shown] == urgent + routine  # 特急 first, then 一般 by rank
    moving = routine[-1]
    # Dropped at the very top, in front of the 特急 card: as high as its priority allows, first of 一般.
    assert page.model.dropMimeData(
        page.model.card_mime_data(moving), Qt.DropAction.MoveAction, 0, column, cell
    )
    assert _routine(page, column) == [moving, *routine[:-1]]
    # Dropped between two 一般 cards: there, as before.
    assert page.model.dropMimeData(
        page.model.card_mime_data(moving), Qt.DropAction.MoveAction, len(urgent) + 2, column, cell
    )
    assert _routine(page, column) == [routine[0], routine[1], moving, *routine[2:-1]]
    # Ctrl+↑ from the first 一般 card does not jump into the 特急 ones nor reshuffle its own.
    page.view.select_card(routine[0])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _routine(page, column) == [routine[0], routine[1], moving, *routine[2:-1]]
    assert page.undo_stack.count() == 2  # the two drops; no empty move recorded


def test_the_expedite_lane_starts_folded_when_it_is_taller_than_the_screen_and_remembers(
    qtbot, sample_database, preferences
):
    """Seen: the pinned ⚡ lane (~800 cards) filled the screen: switching lanes showed no change."""
    page = shown_board(qtbot, sample_database, preferences, (1280, 720))
    assert page.model.lane(0) == EXPEDITE_LANE and page.model.is_collapsed(0)
    assert page.view.taller_than_screen(0)  # more cards in a column than one screen shows
    assert page.view.rowViewportPosition(1) < 60  # the next lane is in sight
    page.view.verticalHeader().sectionClicked.emit(0)  # the user unfolds it
    assert not page.model.is_collapsed(0) and preferences.board_expedite_collapsed is False

    again = shown_board(qtbot, sample_database, preferences, (1280, 720))  # the next start keeps the choice
    assert not again.model.is_collapsed(0)
    again.view.verticalHeader().sectionClicked.emit(0)
    assert again.model.is_collapsed(0) and preferences.board_expedite_collapsed is True


def test_the_folded_lane_paints_its_counts_while_its_cards_are_awaited_and_after_moves(
    qtbot, sample_database, monkeypatch
):
    """Seen: a folded lane's overdue cards were counted card by card at every repaint (~12,000 for the
    ⚡ lane: 15 ms of each card move), and its counts are painted before its cards are read."""
    page, release = leading_lanes_shown(qtbot, sample_database, monkeypatch)
    assert page.model.is_collapsed(0) and not any(page.model.cards_at(0, c) for c in range(5))

    def painted_row_0() -> int:
        rect = page.view.visualRect(page.model.index(0, 0)).united(
            page.view.visualRect(page.model.index(0, 4))
        )
        image = page.view.viewport().grab(rect).toImage()
        return len(
            {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
        )

    assert painted_row_0() > 3  # "n 张" painted from the database's counts
    release.set()
    qtbot.waitUntil(lambda: not page.reading)

    def overdue_counted_afresh(row: int, column: int) -> int:
        return sum(page.model.is_overdue(card) for card in page.model.cards_at(row, column))

    columns = range(len(page.model.columns))
    assert [page.model.overdue_count(0, c) for c in columns] == [
        overdue_counted_afresh(0, c) for c in columns
    ]
    page.confirm = page.ask_unsigned_start = lambda *_question: True
    # An overdue card of a folded lane moves on: the counts of the cells it leaves and enters follow.
    row, column, overdue = next(
        (r, c, card)
        for r in range(page.model.rowCount())
        for c in columns
        for card in page.model.cards_at(r, c)
        if page.model.is_overdue(card) and card.status is not TaskStatus.DONE
    )
    page.model.set_collapsed(row, True)
    target = (
        TaskStatus.REVIEW
        if page.model.columns[column].status is TaskStatus.IN_PROGRESS
        else TaskStatus.IN_PROGRESS
    )
    before = page.model.overdue_count(row, column)
    assert page.request_move(overdue.task_id, target, None)
    assert page.model.overdue_count(row, column) == before - 1
    for lane in {0, row}:  # the counts the move kept, less the card that left, plus those that came
        assert [page.model.overdue_count(lane, c) for c in columns] == [
            overdue_counted_afresh(lane, c) for c in columns
        ]


def test_an_expedite_lane_opened_while_its_cards_are_on_their_way_opens_when_they_arrive(
    qtbot, sample_database, monkeypatch
):
    """Seen in review: opened before the rest arrived, the lane stood as a tall empty wall."""
    page, release = leading_lanes_shown(qtbot, sample_database, monkeypatch)
    page.view.toggle_lane(0)  # Space on the folded lane
    assert page.model.is_collapsed(0) and page.view.rowHeight(0) < 60
    release.set()
    qtbot.waitUntil(lambda: not page.reading)
    assert not page.model.is_collapsed(0) and page.model.cards_at(0, 0)
    assert page.view.rowHeight(0) > 60


def test_an_expedite_lane_short_enough_to_start_open_comes_with_its_cards(
    qtbot, sample_database, monkeypatch
):
    """Seen in review: a short ⚡ lane, counted instead of read, started open and empty."""
    monkeypatch.setattr(board_page.BoardView, "cards_on_a_screen", lambda _view: 10**6)  # a tall screen
    page, release = leading_lanes_shown(qtbot, sample_database, monkeypatch)  # the rest comes last
    assert page.model.lane(0) == EXPEDITE_LANE and not page.model.is_collapsed(0)
    expedite = [c for c in load_board(sample_database, NOW) if c.expedite]
    shown = [card for column in range(len(page.model.columns)) for card in page.model.cards_at(0, column)]
    assert sorted(c.task_id for c in shown) == sorted(c.task_id for c in expedite)
    release.set()
    qtbot.waitUntil(lambda: not page.reading)
