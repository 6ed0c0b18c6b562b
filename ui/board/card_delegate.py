"""Painting a board cell's cards: no widget per card, only the cards in view are drawn."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.domain.board_rules import DueClock, Urgency, format_working_minutes, urgency_of
from app.domain.sla import ClockState
from app.domain.vocabulary import TaskStatus
from app.usecases.board_cards import BoardCard, CardClock
from ui.board.board_model import CARDS_ROLE
from ui.labels import PRIORITY_COLOURS, label, message_text

PAD, GAP = 6, 6
URGENCY_COLOURS = {
    Urgency.CALM: QColor("#546e7a"),
    Urgency.AMBER: QColor("#ef6c00"),
    Urgency.RED: QColor("#c62828"),
}
CRITICAL = QColor("#c62828")
EXPEDITE = QColor("#6a1b9a")
SELECTED = QColor("#1565c0")
CURRENT_LANE = QColor("#e3f2fd")  # a collapsed lane the keyboard is on
BLOCKED = QColor("#c62828")
RISK = QColor("#e65100")
CLOCK_COLOURS = {
    ClockState.RUNNING: QColor("#546e7a"),
    ClockState.PAUSED: QColor("#90a4ae"),
    ClockState.NEAR_BREACH: QColor("#ef6c00"),
    ClockState.BREACHED: QColor("#c62828"),
}
RISK_MARK = "⚠"


class Density(Enum):
    """How much a card shows, its value the card's height: four lines, or two (name; case and due)."""

    NORMAL = 78
    COMPACT = 40


def card_rect(cell: QRect, position: int, height: int) -> QRect:
    """The rectangle of the card at ``position`` in ``cell``, cards ``height`` tall."""
    return QRect(
        cell.left() + PAD, cell.top() + PAD + position * (height + GAP), cell.width() - 2 * PAD, height
    )


def card_at(cell: QRect, y: int, count: int, height: int) -> int | None:
    """The position of the card under ``y`` in a cell of ``count`` cards, or None between cards."""
    position = (y - cell.top() - PAD) // (height + GAP)
    rect = card_rect(cell, position, height)
    return position if 0 <= position < count and rect.top() <= y <= rect.bottom() else None


def insertion_at(cell: QRect, y: int, count: int, height: int) -> int:
    """Where a card dropped at ``y`` goes among ``count`` cards: before the card whose middle is below."""
    return max(0, min(count, (y - cell.top() - PAD + height // 2 + GAP) // (height + GAP)))


def cell_height(count: int, height: int) -> int:
    """A cell tall enough for ``count`` cards (one card's room when empty)."""
    return 2 * PAD + max(1, count) * height + max(0, count - 1) * GAP


def initials(name: str) -> str:
    """Chinese names by their given name (张伟 → 伟, 欧阳明远 → 明远), others by their capitals."""
    if not name:
        return "—"
    if name.isascii():
        return "".join(part[0] for part in name.split()[:2]).upper()
    return name[-2:] if len(name) >= 4 else name[-1]


class CardDelegate(QStyledItemDelegate):
    """Paints each cell's cards; the view tells it which card is selected and the board's clock.

    A card is drawn once into a pixmap and copied on later paints: a filter keystroke, a move or a new
    case repaints the whole viewport, and laying out a card's text costs far more than copying it.
    The cache key is everything a card shows, so a changed card is drawn afresh.
    """

    #: Cards kept drawn: a few screens' worth; the cache starts again when full.
    CACHED_CARDS = 2000

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view
        self._drawn: dict[tuple, QPixmap] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        return QSize(220, cell_height(len(index.data(CARDS_ROLE) or []), self._view.card_height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        cell = option.rect
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if background is not None:
            painter.fillRect(cell, background)
        model = self._view.model()
        if self._view.on_lane(index.row()):
            painter.fillRect(cell, CURRENT_LANE)
        row, column = index.row(), index.column()
        if model.is_collapsed(row):  # counts only: no list of a folded lane's thousands of cards
            self._paint_folded(painter, cell, model.card_count(row, column), model.overdue_count(row, column))
            return
        cards: list[BoardCard] = index.data(CARDS_ROLE) or []
        if not cards:
            return
        # A lane may hold thousands of cards: paint only those inside the viewport.
        visible = cell.intersected(self._view.viewport().rect())
        if visible.isEmpty():
            return
        height = self._view.card_height
        first = max(0, (visible.top() - cell.top() - PAD) // (height + GAP))
        last = min(len(cards) - 1, (visible.bottom() - cell.top()) // (height + GAP))
        clock: DueClock | None = model.clock
        selected = self._view.selected_task_id
        ratio = painter.device().devicePixelRatioF()
        for position in range(first, last + 1):
            card = cards[position]
            rect = card_rect(cell, position, height)
            due = None
            if card.due is not None and card.status is not TaskStatus.DONE and clock is not None:
                left = clock.minutes_left(card.due)
                due = (left, urgency_of(left))
            key = (card, due, card.task_id == selected, rect.width(), height, ratio)
            pixmap = self._drawn.get(key)
            if pixmap is None:
                pixmap = self._draw(card, rect.size(), due, card.task_id == selected, ratio)
                if len(self._drawn) >= self.CACHED_CARDS:
                    self._drawn.clear()
                self._drawn[key] = pixmap
            painter.drawPixmap(rect.topLeft(), pixmap)

    def _draw(
        self, card: BoardCard, size: QSize, due: tuple[int, Urgency] | None, selected: bool, ratio: float
    ) -> QPixmap:
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self._paint_card(painter, QRect(0, 0, size.width(), size.height()), card, due, selected)
        painter.end()
        return pixmap

    def _paint_card(
        self, painter: QPainter, rect: QRect, card: BoardCard, due: tuple[int, Urgency] | None, selected: bool
    ) -> None:
        painter.setPen(QPen(SELECTED, 2) if selected else QPen(QColor("#cfd8dc"), 1))
        painter.setBrush(QColor("#ffffff") if card.status is not TaskStatus.DONE else QColor("#f1f8e9"))
        painter.drawRoundedRect(rect, 4, 4)
        stripe = CRITICAL if card.critical else (EXPEDITE if card.expedite else QColor("#90a4ae"))
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1), stripe)
        inner = rect.adjusted(10, 4, -6, -4)
        base = QFont(self._view.font())
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        line = metrics.height()
        compact = self._view.density is Density.COMPACT

        painter.setFont(bold)
        painter.setPen(QColor("#212121"))
        name = ("◆ " if card.milestone else "") + card.task_name
        marker = " ★" if card.critical else ""
        # A compact card has its assignee badge beside its name.
        title_rect = QRect(inner.left(), inner.top(), inner.width() - (36 if compact else 0), line)
        risk_width = metrics.horizontalAdvance(RISK_MARK) + 4 if card.risk_windows else 0
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(
                name, Qt.TextElideMode.ElideRight, title_rect.width() - 20 - risk_width
            )
            + marker,
        )
        if card.risk_windows:  # the plan runs into a policy-risk window: the tooltip names it
            painter.setPen(RISK)
            painter.drawText(title_rect, Qt.AlignmentFlag.AlignRight, RISK_MARK)

        painter.setFont(base)
        if compact:  # the second and last line: the case (or why it is blocked) and the time left
            self._paint_badge(painter, QRect(inner.right() - 30, inner.top(), 30, line), card)
            second = QRect(inner.left(), inner.top() + line, inner.width(), line)
            if due is not None:
                countdown = message_text(format_working_minutes(due[0]))
                painter.setPen(URGENCY_COLOURS[due[1]])
                painter.drawText(second, Qt.AlignmentFlag.AlignRight, countdown)
                second.setWidth(max(0, inner.width() - metrics.horizontalAdvance(countdown) - 6))
            blocked = card.status is TaskStatus.BLOCKED and card.blocked_reason
            painter.setPen(BLOCKED if blocked else QColor("#546e7a"))
            text = (
                self.tr("受阻：") + card.blocked_reason
                if blocked
                else f"{card.case_number} · {card.client_name}"
            )
            painter.drawText(
                second,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, second.width()),
            )
            return
        case_rect = QRect(inner.left(), inner.top() + line, inner.width(), line)
        if card.priority is not None:  # the case's priority, right-aligned; the case line makes room
            tag = label(card.priority)
            painter.setPen(QColor(PRIORITY_COLOURS[card.priority]))
            painter.drawText(case_rect, Qt.AlignmentFlag.AlignRight, tag)
            case_rect.setWidth(max(0, inner.width() - metrics.horizontalAdvance(tag) - 6))
        painter.setPen(QColor("#546e7a"))
        case_line = f"{card.case_number} · {card.client_name}"
        painter.drawText(
            case_rect,
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(case_line, Qt.TextElideMode.ElideRight, case_rect.width()),
        )

        third = QRect(inner.left(), inner.top() + 2 * line + 2, inner.width(), line)
        if card.clock is not None and card.status is not TaskStatus.DONE:
            # The case's most urgent SLA clock, right-aligned; the rest of the line makes room.
            countdown = self.clock_text(card.clock)
            painter.setPen(CLOCK_COLOURS.get(card.clock.state, CLOCK_COLOURS[ClockState.RUNNING]))
            painter.drawText(third, Qt.AlignmentFlag.AlignRight, countdown)
            third.setWidth(max(0, inner.width() - metrics.horizontalAdvance(countdown) - 6))
        if card.status is TaskStatus.BLOCKED and card.blocked_reason:
            painter.setPen(BLOCKED)
            painter.drawText(
                third,
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(
                    self.tr("受阻：") + card.blocked_reason, Qt.TextElideMode.ElideRight, third.width()
                ),
            )
        else:
            parts = []
            if card.checklist_total:
                parts.append(f"☑ {card.checklist_done}/{card.checklist_total}")
            if card.slack_minutes is not None and card.status is not TaskStatus.DONE:
                parts.append(self.tr("时差 {hours}h").format(hours=f"{card.slack_minutes / 60:.1f}"))
            painter.setPen(QColor("#546e7a"))
            painter.drawText(third, Qt.AlignmentFlag.AlignLeft, "  ".join(parts))
        # The assignee badge and the countdown share the last line, right-aligned.
        badge = QRect(inner.right() - 30, inner.top() + 3 * line + 2, 30, line)
        self._paint_badge(painter, badge, card)
        if due is not None:  # the countdown first: a narrow column cuts the due time, never it
            left, urgency = due
            painter.setPen(URGENCY_COLOURS[urgency])
            room = QRect(inner.left(), badge.top(), inner.width() - 36, line)
            text = f"{message_text(format_working_minutes(left))}  {card.due:%m-%d %H:%M}"
            painter.drawText(
                room,
                Qt.AlignmentFlag.AlignLeft,
                painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room.width()),
            )

    @staticmethod
    def _paint_badge(painter: QPainter, badge: QRect, card: BoardCard) -> None:
        painter.setBrush(QColor("#eceff1"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("#37474f"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, initials(card.assignee_name))

    def _paint_folded(self, painter: QPainter, cell: QRect, count: int, overdue: int) -> None:
        """A folded lane's cell: how many cards it holds, and how many of them are overdue."""
        if not count:
            return
        text = self.tr("%n 张", "", count)
        painter.setPen(QColor("#546e7a"))
        painter.drawText(cell.adjusted(PAD, PAD, -PAD, -PAD), Qt.AlignmentFlag.AlignLeft, text)
        if overdue:
            painter.setPen(URGENCY_COLOURS[Urgency.RED])
            painter.drawText(
                cell.adjusted(PAD, PAD, -PAD, -PAD),
                Qt.AlignmentFlag.AlignRight,
                self.tr("%n 张超期", "", overdue),
            )

    def clock_text(self, clock: CardClock) -> str:
        """``◷ 1时20分`` left, ``◷ 超时 35分`` past it, ``◷ 暂停`` while waiting on the client.

        ◷, not ⏱: the bundled font has no ⏱, and the card must look the same on every PC.
        """
        if clock.state is ClockState.PAUSED:
            return self.tr("◷ 暂停")
        minutes = abs(clock.minutes_left)
        if minutes >= 60:
            span = self.tr("{hours}时{minutes}分").format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")
        else:
            span = self.tr("{minutes}分").format(minutes=minutes)
        return "◷ " + span if clock.minutes_left >= 0 else self.tr("◷ 超时 {span}").format(span=span)

    def tooltip(self, card: BoardCard) -> str:
        """What the marks on a card mean: the risk windows crossed, the clock running."""
        lines = []
        if card.risk_windows:
            lines.append(self.tr("⚠ 计划跨越风险窗口：{titles}").format(titles="、".join(card.risk_windows)))
        if card.clock is not None:
            states = {
                ClockState.RUNNING: self.tr("计时中"),
                ClockState.NEAR_BREACH: self.tr("即将超时"),
                ClockState.BREACHED: self.tr("已超时"),
                ClockState.PAUSED: self.tr("已暂停（等待客户）"),
            }
            lines.append(
                self.tr("{countdown}｜{level}｜{state}：{title}").format(
                    countdown=self.clock_text(card.clock),
                    level=label(card.clock.level),
                    state=states.get(card.clock.state, ""),
                    title=card.clock.title,
                )
            )
        return "\n".join(lines)
