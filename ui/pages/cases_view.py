"""案件: every case of the office, searchable as you type and sortable by any column."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.usecases.cases import list_case_rows
from ui.case_table_model import CaseTableModel


class CasesView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = CaseTableModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）")
        )
        self.search.textChanged.connect(self._on_search)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        refresh = QPushButton(self.tr("刷新"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setToolTip(self.tr("重新读取案件（F5）"))
        refresh.clicked.connect(self.reload)

        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")

        self.table = QTableView()
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((120, 240, 110, 260, 90, 130, 90, 130)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._loaded = False

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        self.model.set_cases(list_case_rows(self._database), datetime.now())
        self._loaded = True
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.model.set_search_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("共 %n 个案件", "", total))
        else:
            self.count_label.setText(
                self.tr("找到 {shown} 个，共 {total} 个案件").format(shown=shown, total=total)
            )
