"""Knowledge-base entries as a table: title, tags, service type, source, date, case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.domain.retrospective import EntrySource
from app.domain.vocabulary import ServiceType
from app.usecases.knowledge import EntryRow
from ui.labels import label
from ui.row_table_model import Index, RowTableModel

_SERVICES = {service.value: service for service in ServiceType}
_SOURCES = {source.value: source for source in EntrySource}


class EntryTableModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("标题"),
            self.tr("问题类型"),
            self.tr("风险等级"),
            self.tr("解决方式"),
            self.tr("客户行业"),
            self.tr("业务类型"),
            self.tr("来源"),
            self.tr("日期"),
            self.tr("案件"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry: EntryRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            service = _SERVICES.get(entry.service_type)
            source = _SOURCES.get(entry.source)
            return (
                entry.title,
                entry.problem_type,
                entry.risk_level,
                entry.solution_kind,
                entry.industry,
                label(service) if service else "",
                label(source) if source else entry.source,
                f"{entry.created_at:%Y-%m-%d}",
                entry.case_number,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return entry.body
        return None
