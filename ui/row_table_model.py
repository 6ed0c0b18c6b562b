"""The common part of the app's table models: a list of plain row objects under fixed headers, shown
in a read-only table that selects whole rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows are plain objects held in a list; subclasses implement ``data`` for their cells."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def row_table(model: QAbstractItemModel, name: str, stretch_column: int | None = None) -> QTableView:
    """A read-only table of ``model`` that selects one whole row. The columns fit the rows in view (dates
    and states are never cut short); ``stretch_column``, or else the last, takes the spare width."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(0)  # only the rows in view are measured: a list may be long
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def _row_model(table: QTableView) -> RowTableModel:
    model = table.model()
    if not isinstance(model, RowTableModel):
        raise TypeError(f"{table.objectName()} shows no RowTableModel")
    return model


def selected_row(table: QTableView) -> Any:
    """The row object selected in a table of a ``RowTableModel``, or None."""
    rows = table.selectionModel().selectedRows()
    return _row_model(table).row_at(rows[0].row()) if rows else None


def select_by_id(table: QTableView, row_id: int | None) -> None:
    """Select the row whose object has ``id`` ``row_id``, if it is shown."""
    model = _row_model(table)
    for row in range(model.rowCount()):
        if model.row_at(row).id == row_id:
            table.selectRow(row)
            return
