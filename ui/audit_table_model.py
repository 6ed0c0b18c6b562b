"""Rows of the audit trail (app.usecases.audit.AuditLine) for the case tab and the office view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.domain.audit_trail import AuditAction, entity_label, field_label
from app.domain.chinese_format import format_datetime
from app.usecases.audit import AuditLine
from ui.labels import vocabulary_text
from ui.row_table_model import Index, RowTableModel


def fit_time_column(table: QTableView) -> None:
    """The time column wide enough for a whole date and time (the table stretches the new value)."""
    table.setColumnWidth(AuditTableModel.AT, table.fontMetrics().horizontalAdvance("2026-11-23 10:00") + 16)


class AuditTableModel(RowTableModel):
    AT, STAFF, CASE, OBJECT, FIELD, OLD, NEW = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("时间"),
                self.tr("人员"),
                self.tr("案件"),
                self.tr("对象"),
                self.tr("字段"),
                self.tr("原值"),
                self.tr("新值"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        line: AuditLine = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:  # long texts in full
            return {self.OLD: line.old_value, self.NEW: line.new_value}.get(column)
        if column == self.FIELD:
            if line.action is AuditAction.UPDATE:
                return vocabulary_text(field_label(line.field))
            return f"（{vocabulary_text(line.action.label)}）"
        return [
            format_datetime(line.at),
            line.staff_name,
            line.case_number,
            f"{vocabulary_text(entity_label(line.entity))} #{line.entity_id}" if line.entity_id else
            vocabulary_text(entity_label(line.entity)),
            "",
            line.old_value,
            line.new_value,
        ][column]  # fmt: skip
