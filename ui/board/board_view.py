"""The board's view: a table of lanes × columns whose cells paint their cards.

One card is selected at a time. Arrow keys move the selection; Ctrl+arrows move the card
(left/right to the neighbouring column, up/down within its column); Ctrl+B moves it to 受阻; Enter
opens it. Space collapses or expands the selected card's lane (a click on the lane's title too);
↑/↓ stop on a collapsed lane, where Enter or Space expands it. Dragging a card with the mouse
drops it through the model's mime data at the place under the cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QToolTip,
)

from ui.board.board_model import MIME_TYPE, BoardModel, card_task_id
from ui.board.card_delegate import (
    CURRENT_LANE,
    PAD,
    SELECTED,
    CardDelegate,
    Density,
    card_at,
    card_rect,
    cell_height,
    insertion_at,
)


class LaneHeader(QHeaderView):
    """The lanes' titles, each with ▾/▸ (a click collapses or expands the lane) and kept in sight
    while its lane's cards scroll past: an office's expedite lane runs for many screens."""

    def __init__(self, view: BoardView) -> None:
        super().__init__(Qt.Orientation.Vertical, view)
        self._view = view
        self.setSectionsClickable(True)
        self.sectionClicked.connect(view.toggle_lane)
        # Scrolling copies the header's pixels along: a title held at the top is painted afresh.
        view.verticalScrollBar().valueChanged.connect(lambda _value: self.viewport().update())

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:  # noqa: N803 - Qt's
        view, model = self._view, self._view.model()
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section = rect, logicalIndex
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        collapsed = model.is_collapsed(logicalIndex)
        if view.on_lane(logicalIndex):
            painter.fillRect(rect.adjusted(1, 1, -1, -1), CURRENT_LANE)
        metrics, marker = self.fontMetrics(), "▸ " if collapsed else "▾ "
        indent = metrics.horizontalAdvance(marker)
        width = rect.width() - 2 * PAD - indent
        lines = str(model.headerData(logicalIndex, Qt.Orientation.Vertical)).split("\n")
        height = metrics.height() * len(lines) + 2 * PAD
        # At the lane's top; while the lane runs past the view's top, at the view's top, until the
        # lane's end pushes it up.
        top = max(rect.top(), min(0, rect.bottom() + 1 - height)) + PAD
        painter.setPen(SELECTED if collapsed else self.palette().buttonText().color())
        painter.drawText(
            QRect(rect.left() + PAD, top, indent, metrics.height()), Qt.AlignmentFlag.AlignLeft, marker
        )
        for n, line in enumerate(lines):
            painter.drawText(
                QRect(rect.left() + PAD + indent, top + n * metrics.height(), width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, width),
            )


class BoardView(QTableView):
    """Signals:
    card_selected(int): the selected task id, or 0 for none (PySide6 6.12 corrupts None sent
        through object signals, so no signal here carries None).
    open_requested(int): open the card's task (Enter, double-click).
    keyboard_move(int, int, int): task id, column step (−1/+1), place step (−1/+1) — Ctrl+arrows.
    block_requested(int): move the card to 受阻 (Ctrl+B): Ctrl+←/→ step over that column.
    lane_toggled(int, bool): the user collapsed (True) or expanded lane ``row`` (title, Space, Enter).
    """

    card_selected = Signal(int)
    open_requested = Signal(int)
    keyboard_move = Signal(int, int, int)
    block_requested = Signal(int)
    lane_toggled = Signal(int, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.selected_task_id: int | None = None
        # The lane the keyboard is on: the selected card's, or a collapsed lane (no card selected).
        self.lane_cursor: tuple | None = None
        self._cursor_column = 0  # where ↑/↓ go on from a collapsed lane
        self.density = Density.NORMAL
        self.setVerticalHeader(LaneHeader(self))
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
        model.rowsInserted.connect(lambda _parent, first, last: self.fit_rows(first, last + 1))
        model.dataChanged.connect(lambda top, bottom, _roles=(): self.fit_rows(top.row(), bottom.row() + 1))

    @property
    def card_height(self) -> int:
        return self.density.value

    def set_density(self, density: Density) -> None:
        self.density = density
        self.fit_rows()
        self.viewport().update()

    def fit_rows(self, first: int = 0, last: int | None = None) -> None:
        """Each lane as tall as its fullest cell, a collapsed one as its title (set directly: no size
        hint per cell)."""
        model = self.model()
        header = self.verticalHeader()
        height, collapsed = self.card_height, 2 * self.fontMetrics().height() + 2 * PAD
        for row in range(first, model.rowCount() if last is None else last):
            header.resizeSection(
                row, collapsed if model.is_collapsed(row) else cell_height(model.fullest_cell(row), height)
            )
        if self.selected_task_id is not None:
            place = model.locate(self.selected_task_id)
            if place is None:
                self.select_card(None)
            elif model.is_collapsed(place[0]):
                self._select_lane(place[0])
            else:  # lanes laid out anew (another kind of lane): the card's lane is the keyboard's
                self.lane_cursor = model.lane(place[0])

    def taller_than_screen(self, row: int) -> bool:
        """Lane ``row`` expanded would be taller than the screen: it would hide every lane below it."""
        return self.model().fullest_cell(row) > self.cards_on_a_screen()

    def cards_on_a_screen(self) -> int:
        """The most cards a cell may hold and its lane, expanded, still fit the screen."""
        screen = self.screen().availableGeometry().height()
        return next(n for n in range(screen) if cell_height(n + 1, self.card_height) > screen)

    def toggle_lane(self, row: int) -> None:
        """Collapse or expand lane ``row``: the keyboard stays on it, on a card of it once expanded."""
        model = self.model()
        collapse = not model.is_collapsed(row)
        model.set_collapsed(row, collapse)
        self.lane_toggled.emit(row, collapse)
        if collapse:
            self._select_lane(row)
            self.scrollTo(model.index(row, self._cursor_column))
        elif self.lane_cursor == model.lane(row):
            cards = model.cards_at(row, self._cursor_column) or next(
                (cards for column in range(model.columnCount()) if (cards := model.cards_at(row, column))), []
            )
            if cards:  # none yet: the ⚡ lane's cards still on their way
                self.select_card(cards[0].task_id)

    # -- selection --------------------------------------------------------------------------
    def select_card(self, task_id: int | None, *, scroll: bool = True) -> None:
        """Select a card (None: none); a card in a collapsed lane expands it."""
        model = self.model()
        place = None if task_id is None else model.locate(task_id)
        self.selected_task_id = task_id
        self.lane_cursor = None if place is None else model.lane(place[0])
        if place is not None:
            self._cursor_column = place[1]
            model.set_collapsed(place[0], False)
        self.viewport().update()
        self.verticalHeader().viewport().update()
        if place is not None and scroll:
            self.scroll_to_card(*place)
        self.card_selected.emit(task_id or 0)

    def on_lane(self, row: int) -> bool:
        """Whether the keyboard is on collapsed lane ``row`` (no card selected): drawn highlighted."""
        return self.selected_task_id is None and self.lane_cursor == self.model().lane(row)

    def _select_lane(self, row: int) -> None:
        """The keyboard on collapsed lane ``row``, no card selected."""
        self.selected_task_id, self.lane_cursor = None, self.model().lane(row)
        self.viewport().update()
        self.verticalHeader().viewport().update()
        self.card_selected.emit(0)

    def scroll_to_card(self, row: int, column: int, position: int) -> None:
        self.scrollTo(self.model().index(row, column), QAbstractItemView.ScrollHint.EnsureVisible)
        rect = card_rect(self.visualRect(self.model().index(row, column)), position, self.card_height)
        bar = self.verticalScrollBar()
        if rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + 8)
        elif rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - 8)

    def card_under(self, point: QPoint) -> int | None:
        index = self.indexAt(point)
        if not index.isValid() or self.model().is_collapsed(index.row()):
            return None
        cards = self.model().cards_at(index.row(), index.column())
        position = card_at(self.visualRect(index), point.y(), len(cards), self.card_height)
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
        key, control = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        row = None if self.lane_cursor is None else self.model().row_of(self.lane_cursor)
        if key in steps and control:
            if self.selected_task_id is not None:
                self.keyboard_move.emit(self.selected_task_id, *steps[key])
            return
        if key in steps:
            self._step_selection(*steps[key])
            return
        if key == Qt.Key.Key_B and control and self.selected_task_id is not None:
            self.block_requested.emit(self.selected_task_id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_task_id is not None:
            self.open_requested.emit(self.selected_task_id)
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self.toggle_lane(row)  # Enter only expands: with a card selected it opened the card
            return
        super().keyPressEvent(event)

    def _select_first(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            if model.is_collapsed(row):
                self._select_lane(row)
                return
            for column in range(model.columnCount()):
                cards = model.cards_at(row, column)
                if cards:
                    self.select_card(cards[0].task_id)
                    return

    def _step_selection(self, column_step: int, place_step: int) -> None:
        model = self.model()
        place = None if self.selected_task_id is None else model.locate(self.selected_task_id)
        lane_row = None if self.lane_cursor is None else model.row_of(self.lane_cursor)
        position: int | None
        if place is not None:
            row, column, position = place
        elif lane_row is not None:  # on a collapsed lane, no card: ↑/↓ go on to the lanes around it
            row, column, position = lane_row, self._cursor_column, None
        else:
            self._select_first()
            return
        if place_step:
            if position is not None and 0 <= position + place_step < len(model.cards_at(row, column)):
                self.select_card(model.cards_at(row, column)[position + place_step].task_id)
                return
            row += place_step
            while 0 <= row < model.rowCount():  # past the end of a cell: on to the lane above or below
                if model.is_collapsed(row):
                    self._select_lane(row)
                    return
                cards = model.cards_at(row, column)
                if cards:
                    self.select_card(cards[0 if place_step > 0 else -1].task_id)
                    return
                row += place_step
            return
        if position is None:
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
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and self.model().is_collapsed(index.row()):
            self._select_lane(index.row())
        else:
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
        index = self.indexAt(event.position().toPoint())
        task_id = self.card_under(event.position().toPoint())
        if task_id is not None:
            self.open_requested.emit(task_id)
        elif index.isValid() and self.model().is_collapsed(index.row()):
            self.toggle_lane(index.row())

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
        place = insertion_at(self.visualRect(index), point.y(), len(cards), self.card_height)
        # The place among the cards as they stand without the dragged one.
        before_dragged = sum(1 for c in cards[:place] if c.task_id == dragged)
        place = min(place - before_dragged, len(others))
        self.model().dropMimeData(event.mimeData(), Qt.DropAction.MoveAction, place, index.column(), index)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
