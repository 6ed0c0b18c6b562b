"""The board's view: a table of lanes × columns whose cells paint their cards.

One card is selected at a time. Arrow keys move the selection; Ctrl+arrows move the card
(left/right to the neighbouring column, up/down within its column); Enter opens it. Dragging a
card with the mouse drops it through the model's mime data at the place under the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QToolTip

from ui.board.board_model import MIME_TYPE, BoardModel, card_task_id
from ui.board.card_delegate import CardDelegate, card_at, card_rect, cell_height, insertion_at


class BoardView(QTableView):
    """Signals:
    card_selected(int): the selected task id, or 0 for none (PySide6 6.12 corrupts None sent
        through object signals, so no signal here carries None).
    open_requested(int): open the card's task (Enter, double-click).
    keyboard_move(int, int, int): task id, column step (−1/+1), place step (−1/+1) — Ctrl+arrows.
    """

    card_selected = Signal(int)
    open_requested = Signal(int)
    keyboard_move = Signal(int, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.selected_task_id: int | None = None
        self._press: QPoint | None = None
        self._delegate = CardDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(True)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(200)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumWidth(150)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.verticalHeader().setMaximumWidth(220)

    def model(self) -> BoardModel:
        model = super().model()
        assert isinstance(model, BoardModel), "a board view shows a BoardModel"
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        model.modelReset.connect(self.fit_rows)
        model.dataChanged.connect(lambda top, bottom, _roles=(): self.fit_rows(top.row(), bottom.row() + 1))

    def fit_rows(self, first: int = 0, last: int | None = None) -> None:
        """Each lane as tall as its fullest cell (set directly: no size hint per cell)."""
        model = self.model()
        header = self.verticalHeader()
        for row in range(first, model.rowCount() if last is None else last):
            header.resizeSection(row, cell_height(model.fullest_cell(row)))
        if self.selected_task_id is not None and model.locate(self.selected_task_id) is None:
            self.select_card(None)

    # -- selection --------------------------------------------------------------------------
    def select_card(self, task_id: int | None, *, scroll: bool = True) -> None:
        self.selected_task_id = task_id
        self.viewport().update()
        if task_id is not None and scroll:
            place = self.model().locate(task_id)
            if place is not None:
                self.scroll_to_card(*place)
        self.card_selected.emit(task_id or 0)

    def scroll_to_card(self, row: int, column: int, position: int) -> None:
        self.scrollTo(self.model().index(row, column), QAbstractItemView.ScrollHint.EnsureVisible)
        rect = card_rect(self.visualRect(self.model().index(row, column)), position)
        bar = self.verticalScrollBar()
        if rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + 8)
        elif rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - 8)

    def card_under(self, point: QPoint) -> int | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        cards = self.model().cards_at(index.row(), index.column())
        position = card_at(self.visualRect(index), point.y(), len(cards))
        return None if position is None else cards[position].task_id

    def card_tooltip(self, point: QPoint) -> str:
        """What the marks on the card under ``point`` mean (risk windows, SLA clock); "" for none."""
        task_id = self.card_under(point)
        card = self.model().card(task_id) if task_id is not None else None
        return self._delegate.tooltip(card) if card is not None else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.card_tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps: dict[int, tuple[int, int]] = {  # event.key() is a plain int
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = event.key()
        if key in steps and self.selected_task_id is not None:
            column_step, place_step = steps[key]
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.keyboard_move.emit(self.selected_task_id, column_step, place_step)
            else:
                self._step_selection(column_step, place_step)
            return
        if key in steps:
            self._select_first()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_task_id is not None:
            self.open_requested.emit(self.selected_task_id)
            return
        super().keyPressEvent(event)

    def _select_first(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                cards = model.cards_at(row, column)
                if cards:
                    self.select_card(cards[0].task_id)
                    return

    def _step_selection(self, column_step: int, place_step: int) -> None:
        model = self.model()
        place = None if self.selected_task_id is None else model.locate(self.selected_task_id)
        if place is None:
            self._select_first()
            return
        row, column, position = place
        if place_step:
            position += place_step
            while 0 <= row < model.rowCount():  # past the end of a cell: on to the lane above or below
                cards = model.cards_at(row, column)
                if 0 <= position < len(cards):
                    self.select_card(cards[position].task_id)
                    return
                row += place_step
                if 0 <= row < model.rowCount():
                    position = 0 if place_step > 0 else len(model.cards_at(row, column)) - 1
            return
        column += column_step
        while 0 <= column < model.columnCount():
            cards = model.cards_at(row, column)
            if cards:
                self.select_card(cards[min(position, len(cards) - 1)].task_id)
                return
            column += column_step

    # -- mouse and drag ---------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self.select_card(self.card_under(event.position().toPoint()), scroll=False)
        self._press = event.position().toPoint() if self.selected_task_id is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        if self.selected_task_id is None:  # the pressed card left the board (another desk moved it)
            self._press = None
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.model().card_mime_data(self.selected_task_id))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        task_id = self.card_under(event.position().toPoint())
        if task_id is not None:
            self.open_requested.emit(task_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(MIME_TYPE))

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        ok = event.mimeData().hasFormat(MIME_TYPE) and index.isValid()
        if ok:  # only within the card's own lane
            dragged = card_task_id(event.mimeData())
            place = self.model().locate(dragged)
            ok = place is not None and place[0] == index.row()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.setAccepted(ok)

    def dropEvent(self, event: QDropEvent) -> None:
        point = event.position().toPoint()
        index = self.indexAt(point)
        if not index.isValid():
            event.ignore()
            return
        cards = self.model().cards_at(index.row(), index.column())
        dragged = card_task_id(event.mimeData())
        others = [c for c in cards if c.task_id != dragged]
        place = insertion_at(self.visualRect(index), point.y(), len(cards))
        # The place among the cards as they stand without the dragged one.
        before_dragged = sum(1 for c in cards[:place] if c.task_id == dragged)
        place = min(place - before_dragged, len(others))
        self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, place, index.column(), index)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
