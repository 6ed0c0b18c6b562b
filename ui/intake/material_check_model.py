"""The material pre-check as a table: one row per checklist item, edited in place.

Dates are kept as typed until they parse, so a wrong date is shown in red where it was typed
instead of being thrown away.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.domain.intake_form import MaterialEntry
from app.domain.material_checklist import ChecklistItem, ItemState, MaterialChecklist
from app.domain.typed_moment import parse_date
from ui.labels import builtin_text, label, message_text
from ui.row_table_model import Index, RowTableModel

NAME, STATE, NAME_ON_DOCUMENT, CODE_ON_DOCUMENT, ISSUED_ON, EXPIRES_ON, NOTE = range(7)
_TEXT_FIELDS = {NAME_ON_DOCUMENT: "name_on_document", CODE_ON_DOCUMENT: "code_on_document", NOTE: "note"}
_DATE_FIELDS = {ISSUED_ON: "issued_on", EXPIRES_ON: "expires_on"}
STATE_COLOURS = {ItemState.MISSING: "#9e9e9e", ItemState.RECEIVED: "#2e7d32", ItemState.PROBLEM: "#c62828"}
_BAD_DATE = QColor("#ffebee")


class MaterialCheckModel(RowTableModel):
    """Rows are :class:`MaterialEntry` objects in the order of the checklist.

    Signals:
        checks_changed(): any cell changed (state, what the document says, a note).
    """

    checks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(
            [self.tr("材料"), self.tr("状态"), self.tr("文件上的名称"), self.tr("文件上的信用代码"),
             self.tr("签发日期"), self.tr("有效期至"), self.tr("备注")],
            parent,
        )  # fmt: skip
        self._items: tuple[ChecklistItem, ...] = ()  # the checklist's, one per row
        self._bad_dates: dict[tuple[int, int], tuple[str, str]] = {}  # (row, column) → (text, message)

    def set_checklist(self, checklist: MaterialChecklist, entries: list[MaterialEntry]) -> None:
        """Show ``checklist``, keeping what ``entries`` already say about items of the same key."""
        known = {entry.key: entry for entry in entries}
        self._items = checklist.items
        self._bad_dates = {}
        self.set_rows([replace(known[item.key]) if item.key in known else MaterialEntry(item.key)
                       for item in checklist.items])  # fmt: skip
        self.checks_changed.emit()

    def entries(self) -> list[MaterialEntry]:
        return [replace(entry) for entry in self._rows]

    def date_problems(self) -> list[str]:
        """Dates typed that do not parse, as ``第 n 项“材料”的签发日期：message``."""
        return [
            self.tr("“{item}”的{column}：{message}").format(
                item=message_text(self._items[row].title), column=self._headers[column], message=message
            )
            for (row, column), (_text, message) in sorted(self._bad_dates.items())
        ]

    def cycle_state(self, row: int) -> None:
        """Missing → received → problem → missing: the Space key in the table."""
        states = list(ItemState)
        entry = self._rows[row]
        self.setData(self.index(row, STATE), states[(states.index(entry.state) + 1) % len(states)])

    def mark_all_received(self) -> None:
        for row, entry in enumerate(self._rows):
            if entry.state is ItemState.MISSING:
                entry.state = ItemState.RECEIVED
                self.dataChanged.emit(self.index(row, STATE), self.index(row, STATE))
        self.checks_changed.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags if index.column() == NAME else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self._rows[index.row()], index.column()
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NAME:
                optional = (
                    "" if item.required else self.tr("（选交）")
                )  # outside the f-string: lupdate reads it
                return builtin_text(item.name, item.name_en) + optional
            if column == STATE:
                return label(entry.state) if role == Qt.ItemDataRole.DisplayRole else entry.state
            if column in _TEXT_FIELDS:
                return getattr(entry, _TEXT_FIELDS[column])
            bad = self._bad_dates.get((index.row(), column))
            if bad:
                return bad[0]
            value: date | None = getattr(entry, _DATE_FIELDS[column])
            return value.isoformat() if value else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:  # the whole name (a long English one is cut in the column) and the hint
                name, hint = builtin_text(item.name, item.name_en), builtin_text(item.hint, item.hint_en)
                return f"{name}\n{hint}" if hint else name
            bad = self._bad_dates.get((index.row(), column))
            return bad[1] if bad else None
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            return QBrush(QColor(STATE_COLOURS[entry.state]))
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), column) in self._bad_dates:
            return QBrush(_BAD_DATE)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == NAME:
            return False
        entry, column, row = self._rows[index.row()], index.column(), index.row()
        if column == STATE:
            entry.state = ItemState(value)
        elif column in _TEXT_FIELDS:
            setattr(entry, _TEXT_FIELDS[column], str(value))
        else:
            text = str(value).strip()
            self._bad_dates.pop((row, column), None)
            try:
                setattr(entry, _DATE_FIELDS[column], parse_date(text) if text else None)
            except ValueError as error:
                setattr(entry, _DATE_FIELDS[column], None)
                self._bad_dates[(row, column)] = (text, message_text(error))
        self.dataChanged.emit(index, index)
        self.checks_changed.emit()
        return True

    def row_count_by_state(self) -> dict[ItemState, int]:
        counts = dict.fromkeys(ItemState, 0)
        for entry in self._rows:
            counts[entry.state] += 1
        return counts
