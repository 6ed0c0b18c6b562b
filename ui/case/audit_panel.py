"""修改记录: who changed what in the case and when, old value → new value (the audit trail)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.usecases.access import NotPermitted
from app.usecases.audit import audit_of_case
from ui.audit_table_model import AuditTableModel
from ui.case.case_panel import CasePanel
from ui.field_cell import error_label
from ui.labels import message_text


class AuditPanel(CasePanel):
    """The case window's 修改记录 tab: read-only, newest first."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("audit_panel", database, case_id, parent)
        self.add_summary_and_table(AuditTableModel(self), "audit_summary", "audit_table", AuditTableModel.NEW)
        self.table.hideColumn(AuditTableModel.CASE)  # the window's own case
        self.error = error_label("audit_error")
        self.lay_out(self.table, [], self.error)
        self.refresh()

    def refresh(self) -> None:
        try:
            lines = audit_of_case(self._database, self._case_id)
        except NotPermitted as refusal:
            self.model.set_rows([])
            self.summary.setText(message_text(refusal))
            return
        self.model.set_rows(lines)
        self.summary.setText(
            self.tr("共 {n} 条修改记录，最新的在最上面。").format(n=len(lines))
            if lines
            else self.tr("本案暂无修改记录。")
        )
