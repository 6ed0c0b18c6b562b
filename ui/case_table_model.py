"""The cases list as a Qt table model: row data cached once, filtered and sorted in memory."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from operator import attrgetter

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.chinese_format import format_datetime
from app.domain.urgency import priority_order
from app.usecases.cases import CaseRow
from ui.labels import PRIORITY_COLOURS, label
from ui.row_table_model import Index, RowTableModel

OVERDUE_COLOUR = QColor("#c62828")


class CaseTableModel(RowTableModel):
    """Rows of :class:`CaseRow`; the search text keeps rows whose text holds every word typed."""

    COLUMNS = (
        "number",
        "client",
        "service_type",
        "title",
        "status",
        "priority",
        "deadline",
        "manager",
        "updated",
    )

    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("案件编号"),
            self.tr("客户"),
            self.tr("业务类型"),
            self.tr("加急事项"),
            self.tr("状态"),
            self.tr("优先级"),
            self.tr("截止时间"),
            self.tr("项目经理"),
            self.tr("最近更新"),
        ]
        super().__init__(headers, parent)
        self._all: list[CaseRow] = []
        self._haystacks: list[str] | None = None  # each row's search text, made at the first search
        self._terms: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._now = datetime.min  # given with the rows (set_cases)

    # -- data in ----------------------------------------------------------------------------
    def set_cases(self, rows: list[CaseRow], now: datetime) -> None:
        """The list read again: rows whose cases stay where they were are redrawn in place, cases that
        moved in the sorted order are moved with the selection following them; only a list of other
        cases is reset (a reset of 20,000 rows costs the view ~50 ms, and loses its place)."""
        self._all = rows
        self._now = now
        self._haystacks = None  # 20,000 rows' texts cost more than the list's showing: made when searched
        self._show(self._filtered_sorted())

    def add_case(self, row: CaseRow) -> None:
        """A case just saved goes in as the newest, at its place in the sorted rows; the other rows
        stay as they are (no reset: the list keeps its scroll position and is not sorted again)."""
        self._all.insert(0, row)
        if self._haystacks is not None:
            self._haystacks.insert(0, self._haystack(row))
        if self._terms:
            self._show(self._filtered_sorted())
            return
        position = 0 if self._sort is None else self._sorted_position(row, *self._sort)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self.endInsertRows()

    def set_search_text(self, text: str) -> None:
        self._terms = text.casefold().split()
        self._show(self._filtered_sorted())

    def total_count(self) -> int:
        return len(self._all)

    def _filtered_sorted(self) -> list[CaseRow]:
        if self._terms:
            if self._haystacks is None:
                self._haystacks = [self._haystack(r) for r in self._all]
            rows = [
                row
                for row, haystack in zip(self._all, self._haystacks, strict=True)
                if all(term in haystack for term in self._terms)
            ]
        else:
            rows = list(self._all)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def _show(self, rows: list[CaseRow]) -> None:
        old = [row.id for row in self._rows]
        new = [row.id for row in rows]
        if old == new:
            self._rows = rows
            if rows:  # the view repaints the rows in view, whatever the range
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
        elif len(old) == len(new) and set(old) == set(new):
            self.layoutAboutToBeChanged.emit()
            place = {case_id: row for row, case_id in enumerate(new)}
            before = self.persistentIndexList()
            self._rows = rows
            after = [self.index(place[old[index.row()]], index.column()) for index in before]
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    # -- Qt model interface -----------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("deadline", "status") and self._overdue(row):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and column == "priority" and row.priority is not None:
            return QBrush(QColor(PRIORITY_COLOURS[row.priority]))
        if role == Qt.ItemDataRole.ToolTipRole and column == "priority":
            return self.tr("按紧急度评分与接待时的剩余时间评定")
        if role == Qt.ItemDataRole.ToolTipRole and column == "deadline" and self._overdue(row):
            return self.tr("已超过客户要求的截止时间")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._show(self._filtered_sorted())

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _haystack(row: CaseRow) -> str:
        fields = (row.number, row.client_name, row.title, label(row.service_type), label(row.status))
        rank = label(row.priority) if row.priority is not None else ""  # typing 特急 finds them
        return " ".join((*fields, rank, row.manager_name)).casefold()

    def _overdue(self, row: CaseRow) -> bool:
        return row.status.is_open and row.requested_deadline < self._now

    def _display(self, row: CaseRow, column: str) -> str:
        match column:
            case "number":
                return row.number
            case "client":
                return row.client_name
            case "service_type":
                return label(row.service_type)
            case "title":
                return row.title
            case "status":
                return label(row.status)
            case "priority":
                return label(row.priority) if row.priority is not None else ""
            case "deadline":
                return format_datetime(row.requested_deadline)
            case "manager":
                return row.manager_name
            case _:
                return format_datetime(row.updated_at)

    def _sort_key(self, column: int):
        name = self.COLUMNS[column]
        if name == "deadline":
            return attrgetter("requested_deadline")
        if name == "updated":
            return attrgetter("updated_at")
        if name == "priority":
            return lambda row: priority_order(row.priority)
        return partial(self._display, column=name)

    def _sorted_position(self, row: CaseRow, column: int, order: Qt.SortOrder) -> int:
        """Where ``row`` goes among the sorted rows: first among equals, as the newest."""
        key = self._sort_key(column)
        value = key(row)
        descending = order == Qt.SortOrder.DescendingOrder
        low, high = 0, len(self._rows)
        while low < high:
            middle = (low + high) // 2
            other = key(self._rows[middle])
            if (other > value) if descending else (other < value):
                low = middle + 1
            else:
                high = middle
        return low
