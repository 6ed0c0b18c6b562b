"""Existing clients matching what the clerk types: name, credit code, contact person or phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.usecases.intake import ClientSummary
from ui.labels import label
from ui.row_table_model import Index

#: Enough to pick from; more words narrow it down.
MAX_MATCHES = 30


class ClientSearchModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []
        self._matches: list[ClientSummary] = []

    def set_clients(self, clients: list[ClientSummary]) -> None:
        self._clients = clients
        self.set_query("")

    def set_query(self, text: str) -> None:
        words = text.lower().split()
        self.beginResetModel()
        self._matches = [] if not words else [c for c in self._clients if c.matches(words)][:MAX_MATCHES]
        self.endResetModel()

    def client_at(self, row: int) -> ClientSummary:
        return self._matches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self._matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            code = client.credit_code or self.tr("无信用代码")
            return (
                f"{client.name}    {code}    {client.contact_person} {client.phone}    {label(client.tier)}"
            )
        return None
