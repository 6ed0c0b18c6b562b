"""The office's board columns: their titles, order and WIP limits (per lane or across lanes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.permissions import Permission
from app.domain.vocabulary import TaskStatus
from app.usecases.access import NotPermitted
from app.usecases.board_cards import ColumnSetting, board_columns, save_board_columns
from app.usecases.errors import ValidationFailed
from ui.access import allow_only, read_only_note
from ui.field_cell import ERROR_STYLE
from ui.labels import label, message_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen

TITLE, LIMIT, PER_LANE = range(3)


class ColumnSettingsDialog(QDialog):
    """Read-only, with the roles that may named, for a login that may not change the office's settings."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("看板列设置"))
        self._database = database
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("column_settings")
        self.table.setHorizontalHeaderLabels(
            [self.tr("列名（留空用默认）"), self.tr("WIP 上限（0 为不限）"), self.tr("按泳道计")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        up, down = QPushButton(self.tr("上移")), QPushButton(self.tr("下移"))
        up.clicked.connect(lambda: self._shift(-1))
        down.clicked.connect(lambda: self._shift(1))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self._editable = allow_only(
            database, Permission.EDIT_SETTINGS, self.table, up, down, self.save_button
        )
        self.show_stored()
        order = QHBoxLayout()
        order.addWidget(up)
        order.addWidget(down)
        order.addStretch(1)
        layout = QVBoxLayout(self)
        if not self._editable:
            layout.addWidget(read_only_note(Permission.EDIT_SETTINGS))
        layout.addWidget(QLabel(self.tr("列对应任务状态；超过 WIP 上限的列（或泳道中的格子）标红。")))
        layout.addWidget(self.table)
        layout.addLayout(order)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 320)

    def _add_row(self, setting: ColumnSetting, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        title = QTableWidgetItem(setting.title)
        title.setData(Qt.ItemDataRole.UserRole, setting.status.value)
        title.setToolTip(label(setting.status))
        self.table.setItem(row, TITLE, title)
        self.table.setVerticalHeaderItem(row, QTableWidgetItem(label(setting.status)))
        limit = QSpinBox()
        limit.setRange(0, 9999)
        limit.setValue(setting.wip_limit)
        self.table.setCellWidget(row, LIMIT, limit)
        per_lane = QCheckBox()
        per_lane.setChecked(setting.wip_per_lane)
        self.table.setCellWidget(row, PER_LANE, per_lane)
        for cell in (limit, per_lane):
            cell.setEnabled(self._editable)

    def settings(self) -> list[ColumnSetting]:
        return [self._setting(row) for row in range(self.table.rowCount())]

    def _setting(self, row: int) -> ColumnSetting:
        # _add_row put an item and two widgets in every row.
        title, limit = self.table.item(row, TITLE), self.table.cellWidget(row, LIMIT)
        per_lane = self.table.cellWidget(row, PER_LANE)
        assert title is not None and isinstance(limit, QSpinBox) and isinstance(per_lane, QCheckBox)
        return ColumnSetting(
            TaskStatus(title.data(Qt.ItemDataRole.UserRole)),
            title.text(),
            limit.value(),
            per_lane.isChecked(),
        )

    def _shift(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        settings = self.settings()
        settings[row], settings[target] = settings[target], settings[row]
        self.table.setRowCount(0)
        for setting in settings:
            self._add_row(setting)
        self.table.selectRow(target)

    def show_stored(self) -> None:
        """The columns as stored; what was edited here is replaced."""
        self.table.setRowCount(0)
        for setting in board_columns(self._database):
            self._add_row(setting)

    def save(self) -> None:
        try:
            settings = self.settings()
            perform(self, lambda: save_board_columns(self._database, settings))
        except ValidationFailed as failure:
            self.error.setText(message_text(failure))
            return
        except NotPermitted as refusal:
            self.show_stored()  # the refused values do not stay on screen as if saved
            self.error.setText(message_text(refusal))
            return
        self.accept()
