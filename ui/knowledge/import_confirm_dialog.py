"""导入知识库 → 确认: the checked file's rows that add or update an entry, and what each changes, before
anything is written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.usecases.knowledge_io import ImportReport
from ui.labels import joined_text
from ui.screen_fit import fit_to_screen


class ImportConfirmDialog(QDialog):
    def __init__(self, plan: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_confirm_dialog")
        self.setWindowTitle(self.tr("确认导入"))
        self.summary = QLabel(
            self.tr("将新增 {added} 条、更新 {updated} 条（{unchanged} 条不变）。确定导入吗？").format(
                added=plan.added, updated=plan.updated, unchanged=plan.unchanged
            )
        )
        self.summary.setWordWrap(True)
        headers = [self.tr("行"), self.tr("编号"), self.tr("版本"), self.tr("标题"), self.tr("改动")]
        self.changes = QTableWidget(len(plan.changes), len(headers))
        self.changes.setObjectName("import_changes")
        self.changes.setHorizontalHeaderLabels(headers)
        self.changes.verticalHeader().hide()
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(False)  # the whole change in the tooltip
        for row, change in enumerate(plan.changes):
            what = joined_text(change.changes) if change.entry_id is not None else self.tr("新增条目")
            values = (
                str(change.row),
                "" if change.entry_id is None else str(change.entry_id),
                "" if change.version is None else str(change.version),
                change.title,
                what,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.changes.setItem(row, column, item)
        header = self.changes.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(3, 220)
        header.setStretchLastSection(True)
        listed = len(plan.changes)
        self.more = QLabel(self.tr("只列出了前 {n} 行。").format(n=listed))
        self.more.setVisible(listed < plan.added + plan.updated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self.changes.setVisible(bool(listed))
        fit_to_screen(self, 760, 460 if listed else 140)
