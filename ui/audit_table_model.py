"""Rows of the audit trail (app.usecases.audit.AuditLine) for the case tab and the office view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.audit_trail import AuditAction, entity_label, field_label
from app.domain.chinese_format import format_datetime
from app.usecases.audit import AuditLine
from ui.labels import vocabulary_text
from ui.row_table_model import Index, RowTableModel


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
        # Only the cell asked for is worked out: a repaint asks for every visible cell.
        if column == self.AT:
            return format_datetime(line.at)
        if column == self.FIELD:
            if line.action is AuditAction.UPDATE:
                return vocabulary_text(field_label(line.field))
            return f"（{vocabulary_text(line.action.label)}）"
        if column == self.OBJECT:
            entity = vocabulary_text(entity_label(line.entity))
            return f"{entity} #{line.entity_id}" if line.entity_id else entity
        plain = {self.STAFF: line.staff_name, self.CASE: line.case_number, self.OLD: line.old_value}
        return plain.get(column, line.new_value)  # NEW
