"""The board as a Qt model: lanes are rows, columns are columns, each cell holds a list of cards.

Cards are plain :class:`BoardCard` values kept once; cells hold task ids in rank order. A move or
an edit replaces one case's cards and touches only the cells they leave and enter, so the board
stays instant with thousands of cards. Dropping a card emits :attr:`move_requested`; the page
runs the move through ``app/`` and hands the case's new cards back with :meth:`apply_case_cards`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.board_rules import DueClock, place_in_group
from app.domain.urgency import priority_order
from app.domain.vocabulary import ServiceType, TaskStatus
from app.usecases.board_cards import BoardCard, ColumnSetting, card_order, expedite_lane_order
from ui.labels import label
from ui.row_table_model import Index, RowTableModel

MIME_TYPE = "application/x-expedite-desk-task"
CARDS_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_BACKGROUND = QColor("#ffcdd2")
EXPEDITE_LANE = ("expedite",)


class LaneKind(Enum):
    CASE = "case"
    ASSIGNEE = "assignee"
    SERVICE = "service"


@dataclass(frozen=True)
class CardFilter:
    assignee_id: int | None = None  # -1: unassigned
    service_type: ServiceType | None = None
    only_critical: bool = False
    only_overdue: bool = False
    only_blocked: bool = False
    text: str = ""


class BoardModel(RowTableModel):
    """Signals:
    move_requested(int, str, int): task id, target status, the task id it goes before (0: the end).
    """

    move_requested = Signal(int, str, int)

    def __init__(self, parent=None) -> None:
        super().__init__([], parent)
        self.columns: list[ColumnSetting] = []
        self._cards: dict[int, BoardCard] = {}
        self._lane_kind = LaneKind.CASE
        self._filter = CardFilter()
        self._lanes: list[tuple] = []  # lane keys, the expedite lane first
        self._lane_rows: dict[tuple, int] = {}
        self._lane_titles: dict[tuple, str] = {}
        self._cells: dict[tuple[tuple, TaskStatus], list[int]] = {}
        self._ordered: list[BoardCard] | None = []  # every card in card order; None: to be sorted
        self.clock: DueClock | None = None
        self._words: list[str] = []
        # Task id → its searchable text, folded once, at the first search that reads it.
        self._haystacks: dict[int, str] = {}
        self._counts: dict[TaskStatus, int] = {}  # shown cards per column, kept with the cells
        # Lanes the coordinator collapsed, by key: they stay so through reloads, filters and lane kinds.
        self._collapsed: set[tuple] = set()
        self._applied: set[int] = set()  # cases given fresh since set_board (see add_cards)
        # The ⚡ lane's cards still on their way, counted by case and column (the office's board read
        # in parts, the lane folded: see set_board); their sum, shown as its counts while no filter is on.
        self._awaited: dict[int, dict[TaskStatus, int]] = {}
        self._awaited_counts: dict[TaskStatus, int] = {}
        self._expand_when_filled = False  # the ⚡ lane was opened while its cards were on their way
        # Overdue cards by cell, counted when a folded lane is painted (the ⚡ lane's ~12,000 were
        # counted at every repaint), kept until the cell changes; the due clock is set_board's.
        self._overdue: dict[tuple[tuple, TaskStatus], int] = {}

    # -- data in ----------------------------------------------------------------------------
    def set_board(
        self,
        columns: list[ColumnSetting],
        cards: list[BoardCard],
        clock: DueClock,
        awaited: dict[int, dict[TaskStatus, int]] | None = None,
    ) -> None:
        """Show ``cards``; ``awaited``: the ⚡ lane's cards that :meth:`add_cards` will bring, counted by
        case and column, which the lane shows as its counts meanwhile (folded, it shows no more)."""
        self._awaited = dict(awaited or {})
        self._count_awaited()
        self.columns = columns
        self._headers = [c.title or label(c.status) for c in columns]
        self._cards = {card.task_id: card for card in cards}
        self._ordered = sorted(cards, key=card_order)  # load_board's order already: a quick pass
        self._haystacks = {}
        self.clock = clock
        self._applied = set()
        self._rebuild()

    def add_cards(self, cards: list[BoardCard]) -> None:
        """The rest of a board shown in parts joins it. A case given fresh meanwhile (a move, another
        desk's change) keeps the cards it has: the rest was read before."""
        fresh = [card for card in cards if card.case_id not in self._applied]
        self._cards.update((card.task_id, card) for card in fresh)
        self._ordered = None
        expedite = [card for card in fresh if card.expedite] if self._awaited else []
        if expedite:
            self._fill_expedite_lane(expedite)
            fresh = [card for card in fresh if not card.expedite]
        if not self._append_lanes(fresh):
            self._rebuild()

    def _fill_expedite_lane(self, cards: list[BoardCard]) -> None:
        """The ⚡ lane's awaited cards take the place of its counts: one row redrawn, no relayout.
        ``cards`` come in card order (as load_board gives them): put in the lane's order by priority
        alone, without sorting ~12,000 cards on the GUI thread."""
        counted = self._awaited_shown()
        self._awaited = {}
        self._count_awaited()
        row = self._lane_rows.get(EXPEDITE_LANE)
        if row is None:  # the lane was not shown (a filter on, or nothing counted): lay it out
            self._rebuild()
            return
        for status, count in counted.items():
            self._counts[status] -= count
        held = [key for key, ids in self._cells.items() if key[0] == EXPEDITE_LANE and ids]
        shown = cards if self._filter == CardFilter() else filter(self._shown, cards)
        for status, ids in _expedite_cells(shown).items():
            self._cells.setdefault((EXPEDITE_LANE, status), []).extend(ids)
            self._counts[status] = self._counts.get(status, 0) + len(ids)
        for key in held:  # cards of cases given fresh meanwhile: merged in the lane's order
            self._cells[key].sort(key=self._order(EXPEDITE_LANE))
        self._forget_overdue({EXPEDITE_LANE})
        if self._expand_when_filled:
            self._expand_when_filled = False
            self._collapsed.discard(EXPEDITE_LANE)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def _count_awaited(self) -> None:
        self._awaited_counts = column_totals(self._awaited)

    def _awaited_shown(self) -> dict[TaskStatus, int]:
        """The awaited cards' counts as the ⚡ lane shows them: none while a filter is on (the cards
        are not there to be filtered)."""
        return self._awaited_counts if self._filter == CardFilter() else {}

    def _append_lanes(self, cards: list[BoardCard]) -> bool:
        """Show ``cards`` as lanes inserted after the last one, if they are all new lanes that sort
        there (the rest of the board by case: ~2,000 lanes). A reset would lay out and repaint the
        whole board again (~0.1 s on the GUI thread). False: they belong among the lanes shown."""
        shown = [card for card in cards if self._shown(card)] if self._filter != CardFilter() else cards
        cells: dict[tuple[tuple, TaskStatus], list[int]] = {}
        titles: dict[tuple, str] = {}
        for card in sorted(shown, key=card_order):
            lane = self._lane_of(card)
            if lane not in titles:
                if lane in self._lane_titles or lane == EXPEDITE_LANE:
                    return False
                titles[lane] = self._lane_title(card)
            cells.setdefault((lane, card.status), []).append(card.task_id)
        last = max((t for lane, t in self._lane_titles.items() if lane != EXPEDITE_LANE), default="")
        if not titles or min(titles.values()) <= last:
            return not titles  # nothing shown joins (all filtered out): nothing to lay out
        lanes = sorted(titles, key=titles.__getitem__)
        first = len(self._lanes)
        self.beginInsertRows(QModelIndex(), first, first + len(lanes) - 1)
        self._lanes.extend(lanes)
        self._lane_rows.update((lane, row) for row, lane in enumerate(lanes, start=first))
        self._lane_titles.update(titles)
        self._cells.update(cells)
        for (_lane, status), ids in cells.items():
            self._counts[status] = self._counts.get(status, 0) + len(ids)
        self.endInsertRows()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        return True

    def set_lane_kind(self, kind: LaneKind) -> None:
        self._lane_kind = kind
        self._rebuild()

    def set_filter(self, card_filter: CardFilter) -> None:
        self._filter = card_filter
        self._words = card_filter.text.casefold().split()
        self._rebuild()

    def apply_case_cards(self, case_id: int, cards: list[BoardCard]) -> None:
        """A case was moved or edited: its cards leave their cells and enter their new ones.

        Done cards the board did not hold (finished long ago) stay off it.
        """
        self._applied.add(case_id)
        old = {t: c for t, c in self._cards.items() if c.case_id == case_id}
        touched = set()
        if (awaited := self._awaited.pop(case_id, None)) is not None:  # its cards come now, not later
            for status, count in awaited.items() if self._awaited_shown() else ():
                self._counts[status] -= count
            self._count_awaited()
            if EXPEDITE_LANE in self._lane_rows:
                touched.add(EXPEDITE_LANE)
        for task_id, card in old.items():
            key = (self._lane_of(card), card.status)
            cell = self._cells.get(key)
            if cell is not None and task_id in cell:
                cell.remove(task_id)
                self._counts[card.status] -= 1
                self._count_overdue(key, card, -1)
                touched.add(key[0])
            del self._cards[task_id]
        fresh = [c for c in cards if c.task_id in old or c.status is not TaskStatus.DONE]
        self._cards.update((card.task_id, card) for card in fresh)
        self._ordered = None  # sorted again when next needed
        for card in fresh:
            self._haystacks.pop(card.task_id, None)  # its text may have changed
        shown = [card for card in fresh if self._shown(card)]
        if any(self._lane_of(card) not in self._lane_titles for card in shown):
            self._rebuild()  # a lane that did not exist yet: lay the board out again
            return
        for card in shown:
            lane = self._lane_of(card)
            cell = self._cells.setdefault((lane, card.status), [])
            bisect.insort(cell, card.task_id, key=self._order(lane))
            self._counts[card.status] = self._counts.get(card.status, 0) + 1
            self._count_overdue((lane, card.status), card, +1)
            touched.add(lane)
        for lane in touched:
            row = self._lane_rows[lane]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- lanes and filters ------------------------------------------------------------------
    def _order(self, lane: tuple) -> Callable[[int], tuple]:
        """The order of a cell of ``lane``, by task id: the expedite lane's by priority first."""
        order = expedite_lane_order if lane == EXPEDITE_LANE else card_order
        return lambda task_id: order(self._cards[task_id])

    def _lane_of(self, card: BoardCard) -> tuple:
        if card.expedite:
            return EXPEDITE_LANE
        if self._lane_kind is LaneKind.CASE:
            return ("case", card.case_id)
        if self._lane_kind is LaneKind.ASSIGNEE:
            return ("assignee", card.assignee_id or 0)
        return ("service", card.service_type.value)

    def _lane_title(self, card: BoardCard) -> str:
        if card.expedite:
            return self._expedite_title()
        if self._lane_kind is LaneKind.CASE:
            return f"{card.case_number}\n{card.client_name}"
        if self._lane_kind is LaneKind.ASSIGNEE:
            return card.assignee_name or self.tr("未分配")
        return label(card.service_type)

    def _expedite_title(self) -> str:
        return self.tr("⚡ 全面加急")

    def _shown(self, card: BoardCard) -> bool:
        f = self._filter
        if f.assignee_id is not None and (card.assignee_id or -1) != f.assignee_id:
            return False
        if f.service_type is not None and card.service_type is not f.service_type:
            return False
        if f.only_critical and not card.critical:
            return False
        if f.only_blocked and card.status is not TaskStatus.BLOCKED:
            return False
        if f.only_overdue and not self.is_overdue(card):
            return False
        if self._words:
            text = self._haystacks.get(card.task_id)
            if text is None:
                text = self._haystacks[card.task_id] = _haystack(card)
            return all(word in text for word in self._words)
        return True

    def is_overdue(self, card: BoardCard) -> bool:
        return (
            card.status is not TaskStatus.DONE
            and card.due is not None
            and self.clock is not None
            and self.clock.overdue(card.due)
        )

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._overdue = {}
        cells: dict[tuple[tuple, TaskStatus], list[int]] = {}
        titles: dict[tuple, str] = {}
        shown = self._shown if self._filter != CardFilter() else None
        lane_of = self._lane_of
        if self._ordered is None:
            self._ordered = sorted(self._cards.values(), key=card_order)
        cards = self._ordered if shown is None else filter(shown, self._ordered)
        expedite_cards: list[BoardCard] = []
        for card in cards:
            lane = lane_of(card)
            if lane == EXPEDITE_LANE:
                expedite_cards.append(card)
                continue
            cell = cells.get((lane, card.status))
            if cell is None:
                cells[(lane, card.status)] = [card.task_id]
                if lane not in titles:
                    titles[lane] = self._lane_title(card)
            else:
                cell.append(card.task_id)
        for status, ids in _expedite_cells(expedite_cards).items():
            cells[(EXPEDITE_LANE, status)] = ids
        awaited = self._awaited_shown()
        if expedite_cards or any(awaited.values()):
            titles[EXPEDITE_LANE] = self._expedite_title()
        expedite = [EXPEDITE_LANE] if EXPEDITE_LANE in titles else []
        others = sorted((lane for lane in titles if lane != EXPEDITE_LANE), key=titles.__getitem__)
        self._lanes, self._lane_titles, self._cells = expedite + others, titles, cells
        self._lane_rows = {lane: row for row, lane in enumerate(self._lanes)}
        self._counts = dict(awaited)
        for (_lane, status), ids in cells.items():
            self._counts[status] = self._counts.get(status, 0) + len(ids)
        self.endResetModel()

    # -- collapsed lanes ---------------------------------------------------------------------
    def lane(self, row: int) -> tuple:
        return self._lanes[row]

    def row_of(self, lane: tuple) -> int | None:
        return self._lane_rows.get(lane)

    def is_collapsed(self, row: int) -> bool:
        return self._lanes[row] in self._collapsed

    def set_collapsed(self, row: int, collapsed: bool) -> None:
        """Collapse lane ``row`` to a line of counts, or expand it to its cards."""
        lane = self._lanes[row]
        if lane == EXPEDITE_LANE and self._awaited:
            self._expand_when_filled = not collapsed
            if not collapsed and lane in self._collapsed:  # opened once its cards arrive: no empty wall
                return
        if (lane in self._collapsed) is collapsed:
            return
        if collapsed:
            self._collapsed.add(lane)
        else:
            self._collapsed.discard(lane)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # -- what the view reads ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lanes)

    def card_count(self, row: int, column: int) -> int:
        return self._cell_size(self._lanes[row], self.columns[column].status)

    def _cell_size(self, lane: tuple, status: TaskStatus) -> int:
        """The cards of a cell, those awaited in the ⚡ lane included."""
        held = len(self._cells.get((lane, status), ()))
        return held + self._awaited_shown().get(status, 0) if lane == EXPEDITE_LANE else held

    def overdue_count(self, row: int, column: int) -> int:
        """The overdue cards of a cell held here (the ⚡ lane's awaited ones are not known yet)."""
        key = (self._lanes[row], self.columns[column].status)
        count = self._overdue.get(key)
        if count is None:
            cards = self._cards
            count = self._overdue[key] = sum(self.is_overdue(cards[t]) for t in self._cells.get(key, ()))
        return count

    def _count_overdue(self, key: tuple[tuple, TaskStatus], card: BoardCard, change: int) -> None:
        """``card`` left (-1) or entered (+1) cell ``key``: its count of overdue cards, if counted, follows
        (counting the ⚡ lane's ~1,500 cards a cell again took 16 ms of each intake's repaint)."""
        if key in self._overdue and self.is_overdue(card):
            self._overdue[key] += change

    def _forget_overdue(self, lanes: set[tuple]) -> None:
        self._overdue = {key: count for key, count in self._overdue.items() if key[0] not in lanes}

    def fullest_cell(self, row: int) -> int:
        """The most cards any column holds in lane ``row`` (the lane is drawn that tall)."""
        lane = self._lanes[row]
        return max((self._cell_size(lane, column.status) for column in self.columns), default=0)

    def cards_at(self, row: int, column: int) -> list[BoardCard]:
        ids = self._cells.get((self._lanes[row], self.columns[column].status), [])
        return [self._cards[task_id] for task_id in ids]

    def card(self, task_id: int) -> BoardCard | None:
        return self._cards.get(task_id)

    def place_before(self, row: int, column: int, task_id: int, index: int) -> int | None:
        """The card that ``task_id`` goes in front of when put at ``index`` among the other cards of
        the cell (None: the end). In the ⚡ lane it keeps to its priority, which orders the lane."""
        cell = [c for c in self.cards_at(row, column) if c.task_id != task_id]
        if self._lanes[row] == EXPEDITE_LANE:
            own = priority_order(self._cards[task_id].priority)
            place = place_in_group([priority_order(c.priority) for c in cell], own, index)
            return None if place is None else cell[place].task_id
        return cell[index].task_id if 0 <= index < len(cell) else None

    def locate(self, task_id: int) -> tuple[int, int, int] | None:
        """(row, column, position in the cell) of a shown card."""
        card = self._cards.get(task_id)
        if card is None or not self._shown(card):
            return None
        row = self._lane_rows[self._lane_of(card)]
        column = next(n for n, c in enumerate(self.columns) if c.status is card.status)
        return row, column, self._cells[(self._lanes[row], card.status)].index(task_id)

    def column_count(self, column: int) -> int:
        return self._counts.get(self.columns[column].status, 0)

    def shown_count(self) -> int:
        return sum(self._counts.values())

    def over_limit(self, row: int, column: int) -> bool:
        setting = self.columns[column]
        if not setting.wip_limit:
            return False
        if setting.wip_per_lane:
            return self._cell_size(self._lanes[row], setting.status) > setting.wip_limit
        return self.column_count(column) > setting.wip_limit

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == CARDS_ROLE:
            return self.cards_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.card_count(index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and self.over_limit(index.row(), index.column()):
            return QBrush(WARNING_BACKGROUND)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self._lanes):
                return self._lane_titles[self._lanes[section]]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("单击标题或按空格键折叠、展开本泳道")
            return None
        if section >= len(self.columns):
            return None
        setting = self.columns[section]
        count = self.column_count(section)
        if role == Qt.ItemDataRole.DisplayRole:
            limit = f"/{setting.wip_limit}" if setting.wip_limit and not setting.wip_per_lane else ""
            per_lane = self.tr("（每道 ≤{n}）").format(n=setting.wip_limit) if setting.wip_per_lane else ""
            return f"{self._headers[section]}  {count}{limit}{per_lane}"
        if role == Qt.ItemDataRole.BackgroundRole and setting.wip_limit and not setting.wip_per_lane:
            return QBrush(WARNING_BACKGROUND) if count > setting.wip_limit else None
        if role == Qt.ItemDataRole.ToolTipRole and setting.wip_limit:
            return self.tr("在制品上限 {n}：超过时标红").format(n=setting.wip_limit)
        return None

    # -- drag and drop ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (
            flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else flags
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def card_mime_data(self, task_id: int) -> QMimeData:
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(str(task_id).encode()))
        return data

    # Qt's mimeData may return nullptr (no drag); the stubs say it always returns QMimeData.
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        """The first card of the first cell (the view drags the card under the cursor instead)."""
        for index in indexes:
            cards = self.cards_at(index.row(), index.column())
            if cards:
                return self.card_mime_data(cards[0].task_id)
        return None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Drop onto a cell (``parent``); ``row`` is the place among its cards (-1: at the end)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE) or not parent.isValid():
            return False
        task_id = card_task_id(data)
        card = self._cards.get(task_id)
        if card is None or self._lane_rows.get(self._lane_of(card)) != parent.row():
            return False  # a card stays in its lane: its case, assignee or service type is not a column
        before = self.place_before(parent.row(), parent.column(), task_id, row)
        self.move_requested.emit(task_id, self.columns[parent.column()].status.value, before or 0)
        return True


def column_totals(counts: dict[int, dict[TaskStatus, int]]) -> dict[TaskStatus, int]:
    """Cards counted by case and column, summed by column."""
    totals: dict[TaskStatus, int] = {}
    for by_status in counts.values():
        for status, count in by_status.items():
            totals[status] = totals.get(status, 0) + count
    return totals


def _expedite_cells(cards: Iterable[BoardCard]) -> dict[TaskStatus, list[int]]:
    """The ⚡ lane's cells of ``cards`` given in card order: by priority, each priority in card order
    (what expedite_lane_order sorts to), bucketed instead of sorting ~12,000 cards on the GUI thread."""
    groups: dict[tuple[int, TaskStatus], list[int]] = {}
    for card in cards:
        groups.setdefault((priority_order(card.priority), card.status), []).append(card.task_id)
    cells: dict[TaskStatus, list[int]] = {}
    for (_priority, status), ids in sorted(groups.items(), key=lambda group: group[0][0]):
        cells.setdefault(status, []).extend(ids)
    return cells


def card_task_id(data: QMimeData) -> int:
    """The task id in a card's mime data (made by :meth:`BoardModel.card_mime_data`)."""
    return int(data.data(MIME_TYPE).toStdString())


def _haystack(card: BoardCard) -> str:
    return f"{card.task_name} {card.case_number} {card.client_name} {card.assignee_name}".casefold()
