"""政策风险预警库: dated windows that stall work (system upgrades, holidays, big meetings), per region,
bureau and service type, and the open cases whose plans run into each of them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.risk_window import WindowForm
from app.domain.vocabulary import ServiceType
from app.usecases.access import NotPermitted
from app.usecases.errors import ValidationFailed
from app.usecases.risk_calendar import (
    CrossingCase,
    WindowView,
    cases_by_window,
    delete_window,
    list_windows,
    save_window,
)
from ui.access import allow_only
from ui.field_cell import FieldCell, editor_pane, say, show_problems, text_box
from ui.labels import label, message_text
from ui.moments import from_qt, moment_edit, to_qt
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table, select_by_id, selected_row


class WindowModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("风险窗口"),
                self.tr("开始"),
                self.tr("结束"),
                self.tr("地区"),
                self.tr("主管部门"),
                self.tr("业务类型"),
                self.tr("涉及在办案件"),
            ],
            parent,
        )
        self.crossing: dict[int, list[CrossingCase]] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        window: WindowView = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            types = "、".join(label(ServiceType(code)) for code in window.service_types) or self.tr("全部")
            cases = len(self.crossing.get(window.id, []))
            return (
                window.title,
                format_datetime(window.starts_at),
                format_datetime(window.ends_at),
                window.region or self.tr("全部地区"),
                window.bureau,
                types,
                str(cases) if cases else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return window.note or None
        return None


class RiskCalendarView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_calendar_view")
        self._database = database
        self._editing: WindowView | None = None
        self.model = WindowModel(self)
        self.table = row_table(self.model, "windows_table", 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._edit_selected())
        self.cases = QListWidget()
        self.cases.setObjectName("crossing_cases")

        self.title = QLineEdit()
        self.title.setObjectName("window_title")
        self.title.setPlaceholderText(self.tr("如：金税系统升级"))
        self.starts = moment_edit("window_starts")
        self.ends = moment_edit("window_ends")
        self.region = QLineEdit()
        self.region.setObjectName("window_region")
        self.region.setPlaceholderText(self.tr("留空表示所有地区"))
        self.bureau = QLineEdit()
        self.bureau.setObjectName("window_bureau")
        self.bureau.setPlaceholderText(self.tr("如：税务局"))
        self.service_types = QListWidget()
        self.service_types.setObjectName("window_service_types")
        self.service_types.setToolTip(self.tr("不勾选表示所有业务类型；空格键勾选"))
        for service in ServiceType:
            item = QListWidgetItem(label(service))
            item.setData(Qt.ItemDataRole.UserRole, service.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.service_types.addItem(item)
        self.service_types.setMaximumHeight(self.service_types.sizeHintForRow(0) * 6 + 8)
        self.note = text_box("window_note", "", 3)
        self.cells = {
            "title": FieldCell(self.title, "window_title_error"),
            "ends_at": FieldCell(self.ends, "window_ends_error"),
            "region": FieldCell(self.region, "window_region_error"),
            "bureau": FieldCell(self.bureau, "window_bureau_error"),
            "service_types": FieldCell(self.service_types, "window_service_types_error"),
            "note": FieldCell(self.note, "window_note_error"),
        }
        self.heading = QLabel()
        self.message = QLabel()
        self.message.setObjectName("windows_message")
        self.message.setWordWrap(True)
        new = QPushButton(self.tr("新建窗口"))
        new.setObjectName("new_window")
        new.clicked.connect(self.new_window)
        save = QPushButton(self.tr("保存"))
        save.setObjectName("save_window")
        save.setToolTip(self.tr("保存（Ctrl+S）"))
        save.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setObjectName("delete_window")
        self.delete_button.clicked.connect(lambda: self.delete())
        self._editable = allow_only(
            database, Permission.EDIT_SETTINGS, self.title, self.starts, self.ends, self.region, self.bureau,
            self.service_types, self.note, new, save, self.delete_button,
        )  # fmt: skip
        if not self._editable:  # the ticks shown, not changed
            for row in range(self.service_types.count()):
                item = self.service_types.item(row)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)

        form = QFormLayout()
        form.addRow(self.tr("标题 *"), self.cells["title"])
        form.addRow(self.tr("开始"), self.starts)
        form.addRow(self.tr("结束"), self.cells["ends_at"])
        form.addRow(self.tr("地区"), self.cells["region"])
        form.addRow(self.tr("主管部门"), self.cells["bureau"])
        form.addRow(self.tr("业务类型"), self.cells["service_types"])
        form.addRow(self.tr("说明"), self.cells["note"])
        editor = editor_pane(self.heading, form, [new, save, self.delete_button], self.message)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(QLabel(self.tr("计划跨越所选窗口的在办案件")))
        left_layout.addWidget(self.cases, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()
        self.new_window()

    # -- reading ----------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else (self._editing.id if self._editing else None)
        self.model.crossing = cases_by_window(self._database, self._database.clock.minute())
        self.model.set_rows(list_windows(self._database))
        select_by_id(self.table, current)
        self._show_cases()

    def _selected(self) -> WindowView | None:
        return selected_row(self.table)

    def _edit_selected(self) -> None:
        window = self._selected()
        if window is not None and window != self._editing:  # re-reading keeps what is being typed
            self.edit(window)
        self._show_cases()

    def _show_cases(self) -> None:
        self.cases.clear()
        window = self._selected()
        for case in self.model.crossing.get(window.id, []) if window else []:
            self.cases.addItem(
                self.tr("{number} {client}（截止 {deadline}）").format(
                    number=case.number, client=case.client_name, deadline=format_datetime(case.deadline)
                )
            )

    def edit(self, window: WindowView | None) -> None:
        """Show ``window`` in the editor (None: an empty one starting tomorrow)."""
        self._editing = window
        tomorrow = (self._database.clock.minute() + timedelta(days=1)).replace(hour=9, minute=0)
        self.title.setText(window.title if window else "")
        self.starts.setDateTime(to_qt(window.starts_at if window else tomorrow))
        self.ends.setDateTime(to_qt(window.ends_at if window else tomorrow + timedelta(hours=9)))
        self.region.setText(window.region if window else "")
        self.bureau.setText(window.bureau if window else "")
        chosen = set(window.service_types) if window else set()
        for row in range(self.service_types.count()):
            item = self.service_types.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.note.setPlainText(window.note if window else "")
        for cell in self.cells.values():
            cell.show_problem(None)
        self.message.clear()
        self.heading.setText(self.tr("编辑风险窗口") if window else self.tr("新建风险窗口"))
        self.delete_button.setEnabled(self._editable and window is not None)

    def new_window(self) -> None:
        self.table.clearSelection()
        self.edit(None)
        self._show_cases()
        self.title.setFocus()

    # -- writing ----------------------------------------------------------------------------
    def checked_service_types(self) -> tuple[str, ...]:
        return tuple(
            self.service_types.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.service_types.count())
            if self.service_types.item(row).checkState() == Qt.CheckState.Checked
        )

    def save(self) -> bool:
        form = WindowForm(
            self.title.text(),
            from_qt(self.starts.dateTime()),
            from_qt(self.ends.dateTime()),
            self.region.text(),
            self.bureau.text(),
            self.checked_service_types(),
            self.note.toPlainText(),
        )
        editing_id = self._editing.id if self._editing else None
        try:
            window_id = perform(self, lambda: save_window(self._database, form, editing_id))
        except ValidationFailed as failure:
            say(self.message, show_problems(self.cells, failure.problems), error=True)
            return False
        except NotPermitted as refusal:  # the window as stored is shown again
            self.refresh()
            self.edit(selected_row(self.table))
            say(self.message, message_text(refusal), error=True)
            return False
        self._editing = None  # the saved row is read back and shown
        self.refresh(window_id)
        crossing = len(self.model.crossing.get(window_id, []))
        say(
            self.message,
            self.tr("已保存“{title}”，计划跨越它的在办案件 {n} 个").format(
                title=form.title.strip(), n=crossing
            ),
        )
        return True

    def delete(self, confirmed: bool = False) -> bool:
        window = self._editing
        if window is None:
            return False
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("删除风险窗口"), self.tr("删除“{title}”？").format(title=window.title)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            perform(self, lambda: delete_window(self._database, window.id))
        except NotPermitted as refusal:
            say(self.message, message_text(refusal), error=True)
            return False
        self._editing = None
        self.refresh()
        self.new_window()
        say(self.message, self.tr("已删除“{title}”").format(title=window.title))
        return True
