"""The table beside the Gantt chart: one line per chart row, aligned with its bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ui.gantt.chart_rows import ChartRow, Tone, when
from ui.row_table_model import Index, RowTableModel


class GanttTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [self.tr("任务"), self.tr("负责人"), self.tr("开始"), self.tr("完成"), self.tr("时差(h)")], parent
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ChartRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.tone is Tone.GROUP:
                return row.title if index.column() == 0 else ""
            slack = f"{row.slack_hours:.1f}" if row.slack_hours is not None else ""
            title = f"⚠ {row.title}" if row.risk_windows else row.title
            return (title, row.assignee, when(row.start), when(row.finish), slack)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            if row.risk_windows:
                windows = "、".join(row.risk_windows)
                return row.title + "\n" + self.tr("⚠ 计划跨越风险窗口：{titles}").format(titles=windows)
            return row.title
        if role == Qt.ItemDataRole.ForegroundRole and row.tone in (Tone.CRITICAL, Tone.NEAR):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.BackgroundRole and row.tone is Tone.GROUP:
            return QBrush(QColor("#eceff1"))
        if role == Qt.ItemDataRole.FontRole and row.tone is Tone.GROUP:
            font = QFont()
            font.setBold(True)
            return font
        return None
