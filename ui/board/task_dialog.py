"""A card opened: the task's assignee, duration, checklist and notes, and its history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.usecases.board import ChecklistLine, TaskDetail, TaskEdit, edit_task, task_detail
from app.usecases.board_cards import BoardCard
from app.usecases.errors import UseCaseError, ValidationFailed
from app.usecases.staff import list_staff
from ui.access import allow_only, read_only_note
from ui.field_cell import ERROR_STYLE
from ui.labels import label, message_text, person_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen


class TaskDialog(QDialog):
    """After ``exec()`` returns Accepted, ``cards`` holds the case's rescheduled cards. Read-only, with
    the roles that may named, for a login that may not plan tasks."""

    def __init__(self, database: Database, task_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self._database = database
        self._detail = task_detail(database, task_id)
        self.cards: list[BoardCard] = []
        detail = self._detail
        self.setWindowTitle(
            self.tr("任务：{name}（{number}）").format(name=detail.name, number=detail.case_number)
        )

        self.assignee = QComboBox()
        self.assignee.setObjectName("task_assignee")
        self.assignee.addItem(self.tr("（未分配）"), None)
        for member in list_staff(database):
            self.assignee.addItem(person_text(member.name, member.role), member.id)
        self.duration = QDoubleSpinBox()
        self.duration.setObjectName("task_duration")
        self.duration.setRange(0, 2000)
        self.duration.setDecimals(1)
        self.duration.setSingleStep(0.5)
        self.duration.setSuffix(self.tr(" 工时"))

        self.checklist = QListWidget()
        self.checklist.setObjectName("task_checklist")
        self.new_line = QPushButton(self.tr("添加检查项"))
        self.new_line.setAutoDefault(False)
        self.new_line.clicked.connect(lambda: self._add_line(self.tr("新检查项"), False, edit=True))
        remove = QPushButton(self.tr("删除检查项"))
        remove.setAutoDefault(False)
        remove.clicked.connect(lambda: self.checklist.takeItem(self.checklist.currentRow()))
        toggle = QShortcut(QKeySequence("Space"), self.checklist, context=Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self._toggle)
        check_buttons = QHBoxLayout()
        check_buttons.addWidget(self.new_line)
        check_buttons.addWidget(remove)
        check_buttons.addStretch(1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("task_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.history = QListWidget()
        self.history.setObjectName("task_history")
        self.history.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.status = QLabel()

        self.error = QLabel()
        self.error.setObjectName("task_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        cancel = QPushButton(self.tr("取消"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        save = QPushButton(self.tr("保存"))
        save.setObjectName("save_task")
        save.setDefault(True)
        save.setToolTip(self.tr("保存（Ctrl+S）"))
        save.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.save_button = save
        self.editable = allow_only(
            database, Permission.PLAN_TASKS, self.assignee, self.duration, self.checklist, self.new_line,
            remove, self.notes, save,
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)

        form = QFormLayout()
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("负责人"), self.assignee)
        form.addRow(self.tr("工期"), self.duration)
        checklist_box = QVBoxLayout()
        checklist_box.addWidget(self.checklist)
        checklist_box.addLayout(check_buttons)
        form.addRow(self.tr("检查清单"), checklist_box)
        form.addRow(self.tr("备注"), self.notes)
        form.addRow(self.tr("历史"), self.history)
        layout = QVBoxLayout(self)
        if not self.editable:
            layout.addWidget(read_only_note(Permission.PLAN_TASKS))
        layout.addLayout(form)
        layout.addLayout(buttons)
        fit_to_screen(self, 620, 560)
        self._show(detail)

    def _show(self, detail: TaskDetail) -> None:
        """Fill the fields with the task as stored; what was typed is replaced."""
        self._detail = detail
        self.status.setText(label(detail.status))
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(detail.assignee_id)))
        self.duration.setValue(detail.duration_minutes / 60)
        self._shown_hours = self.duration.value()  # rounded to the box's decimals
        self.checklist.clear()
        for line in detail.checklist:
            self._add_line(line.text, line.done)
        self.notes.setPlainText(detail.notes)
        self.history.clear()
        for change in detail.history:
            who = self.tr("{name}：").format(name=change.by) if change.by else ""
            self.history.addItem(f"{format_datetime(change.at)}  {who}{change.text}")
        if not detail.history:
            self.history.addItem(self.tr("（暂无记录）"))

    def _add_line(self, text: str, done: bool, *, edit: bool = False) -> None:
        item = QListWidgetItem(text)
        if self.editable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        else:  # the tick shown, not changed
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.checklist.addItem(item)
        if edit:
            self.checklist.setCurrentItem(item)
            self.checklist.editItem(item)

    def _toggle(self) -> None:
        item = self.checklist.currentItem()
        if item is not None and self.editable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def lines(self) -> list[ChecklistLine]:
        return [
            ChecklistLine(item.text(), item.checkState() == Qt.CheckState.Checked)
            for item in (self.checklist.item(n) for n in range(self.checklist.count()))
        ]

    def _minutes(self) -> int:
        # An untouched box keeps the exact minutes (3.75 hours shows as 3.8 with one decimal).
        if self.duration.value() == self._shown_hours:
            return self._detail.duration_minutes
        return round(self.duration.value() * 60)

    def save(self) -> None:
        edit = TaskEdit(
            self._detail.task_id, self._detail.version, self.assignee.currentData(), self._minutes(),
            self.notes.toPlainText(), self.lines(),
        )  # fmt: skip
        try:
            now = self._database.clock.now()
            self.cards = perform(self, lambda: edit_task(self._database, edit, now))
        except ValidationFailed as error:
            self.error.setText(message_text(error))
            return
        except UseCaseError as error:
            self._show(task_detail(self._database, self._detail.task_id))  # the task as stored
            self.error.setText(message_text(error))
            return
        self.accept()
