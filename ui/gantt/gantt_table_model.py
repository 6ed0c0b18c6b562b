"""The table beside the Gantt chart: one line per chart row, aligned with its bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.gantt.chart_rows import ChartRow, Tone, when
from ui.row_table_model import Index, RowTableModel

# Looked up once: the view asks data() for every role of every visible cell on each repaint.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FONT = Qt.ItemDataRole.FontRole
_RED = (Tone.CRITICAL, Tone.NEAR)


class GanttTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [self.tr("任务"), self.tr("负责人"), self.tr("开始"), self.tr("完成"), self.tr("时差(h)")], parent
        )
        self._texts: dict[int, tuple[str, ...]] = {}  # row → its cells' text, made when first shown
        self._red = QBrush(QColor("#c62828"))
        self._grey = QBrush(QColor("#eceff1"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._dropped = QBrush(QColor("#9e9e9e"))
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def set_rows(self, rows: list[ChartRow]) -> None:
        """New rows; the same tasks rescheduled (an edit) only change their cells, so the view keeps
        its scroll and selection and redraws what it shows instead of starting over."""
        self._texts = {}
        old = self._rows
        if rows and len(rows) == len(old) and all(a.key == b.key for a, b in zip(rows, old, strict=True)):
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        super().set_rows(rows)

    def _cells(self, number: int) -> tuple[str, ...]:
        texts = self._texts.get(number)
        if texts is None:
            row: ChartRow = self._rows[number]
            if row.tone is Tone.GROUP:
                texts = (row.title, "", "", "", "")
            else:
                slack = f"{row.slack_hours:.1f}" if row.slack_hours is not None else ""
                title = f"⚠ {row.title}" if row.risk_windows else row.title
                texts = (title, row.assignee, when(row.start), when(row.finish), slack)
            self._texts[number] = texts
        return texts

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._cells(index.row())[index.column()]
        row: ChartRow = self._rows[index.row()]
        if role == _TOOLTIP and index.column() == 0:
            if row.risk_windows:
                windows = "、".join(row.risk_windows)
                return row.title + "\n" + self.tr("⚠ 计划跨越风险窗口：{titles}").format(titles=windows)
            if row.tone is Tone.CANCELLED:
                return row.title + "\n" + self.tr("已取消：结案时未办完，不计入预计完成与关键路径")
            return row.title
        if role == _FOREGROUND and row.tone in _RED:
            return self._red
        if role == _FOREGROUND and row.tone is Tone.CANCELLED:
            return self._dropped
        if role == _BACKGROUND and row.tone is Tone.GROUP:
            return self._grey
        if role == _FONT and row.tone is Tone.GROUP:
            return self._bold
        if role == _FONT and row.tone is Tone.CANCELLED:
            return self._struck
        return None
