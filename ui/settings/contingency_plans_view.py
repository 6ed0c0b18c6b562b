"""应急预案库: the office's contingency plans — when each applies, its steps, whom to escalate to.
Edited in place; a retired plan is no longer offered, and incidents that used it keep their steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.incident import IncidentCategory, PlanForm, steps_from_text
from app.domain.permissions import Permission
from app.usecases.contingency_plans import PlanView, list_plans, retire_plan, save_plan
from app.usecases.errors import UseCaseError, ValidationFailed
from ui.access import allow_only
from ui.field_cell import FieldCell, editor_pane, say, show_problems
from ui.labels import label, message_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table, select_by_id, selected_row


class PlanModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("预案"), self.tr("类别"), self.tr("步骤"), self.tr("状态")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        plan: PlanView = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.tr("在用") if plan.active else self.tr("已停用")
            return (plan.name, label(plan.category), str(len(plan.steps)), state)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plan.trigger or None
        if role == Qt.ItemDataRole.ForegroundRole and not plan.active:
            return QBrush(QColor("#9e9e9e"))
        return None


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class ContingencyPlansView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contingency_plans_view")
        self._database = database
        self._editing: PlanView | None = None  # None: a new plan
        self.show_retired = QCheckBox(self.tr("显示已停用的预案"))
        self.show_retired.setObjectName("show_retired_plans")
        self.show_retired.toggled.connect(lambda _c: self.refresh())
        self.model = PlanModel(self)
        self.table = row_table(self.model, "plans_table", 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._edit_selected())

        self.name = QLineEdit()
        self.name.setObjectName("plan_name")
        self.category = QComboBox()
        self.category.setObjectName("plan_category")
        for category in IncidentCategory:
            self.category.addItem(label(category), category.value)
        self.trigger = _text_box("plan_trigger", 2)
        self.trigger.setPlaceholderText(self.tr("什么情况下启用，如：审批系统崩溃、停机，影响关键路径"))
        self.steps = _text_box("plan_steps", 6)
        self.steps.setTabChangesFocus(False)
        self.steps.setPlaceholderText(
            self.tr("每行一个步骤，如：\n联系运维获取修复时间\n申请线下临时通道\n告知客户")
        )
        self.escalation = _text_box("plan_escalation", 2)
        self.escalation.setPlaceholderText(self.tr("何时、向谁升级"))
        self.cells = {
            "name": FieldCell(self.name, "plan_name_error"),
            "steps": FieldCell(self.steps, "plan_steps_error"),
            "trigger": FieldCell(self.trigger, "plan_trigger_error"),
            "escalation": FieldCell(self.escalation, "plan_escalation_error"),
        }
        self.heading = QLabel()
        self.heading.setObjectName("plan_heading")
        self.message = QLabel()
        self.message.setObjectName("plans_message")
        self.message.setWordWrap(True)
        new = QPushButton(self.tr("新建预案"))
        new.setObjectName("new_plan")
        new.clicked.connect(self.new_plan)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("save_plan")
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.retire_button = QPushButton(self.tr("停用"))
        self.retire_button.setObjectName("retire_plan")
        self.retire_button.setToolTip(self.tr("停用后不再供选择；已采用该预案的事件保留其步骤"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self._editable = allow_only(
            database, Permission.EDIT_SETTINGS, self.name, self.category, self.trigger, self.steps,
            self.escalation, new, self.save_button, self.retire_button,
        )  # fmt: skip

        form = QFormLayout()
        form.addRow(self.tr("名称 *"), self.cells["name"])
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("触发条件"), self.cells["trigger"])
        form.addRow(self.tr("处置步骤 *"), self.cells["steps"])
        form.addRow(self.tr("升级路径"), self.cells["escalation"])
        editor = editor_pane(self.heading, form, [new, self.save_button, self.retire_button], self.message)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.show_retired)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 1)  # the list shows whole names beside the editor
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()
        self.new_plan()

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else (self._editing.id if self._editing else None)
        self.model.set_rows(list_plans(self._database, include_inactive=self.show_retired.isChecked()))
        select_by_id(self.table, current)

    def _reload_editing(self) -> None:
        """After a refused save: the plan as another desk saved it (a new one if it left the list)."""
        self.refresh()
        self.edit(selected_row(self.table))

    def _edit_selected(self) -> None:
        plan = selected_row(self.table)
        if plan is None:
            return
        if plan != self._editing:  # the list read again keeps what is being typed into the same plan
            self.edit(plan)

    def edit(self, plan: PlanView | None) -> None:
        """Show ``plan`` in the editor (None: an empty one for a new plan)."""
        self._editing = plan
        self.name.setText(plan.name if plan else "")
        category = plan.category if plan else IncidentCategory.OTHER
        self.category.setCurrentIndex(self.category.findData(category.value))
        self.trigger.setPlainText(plan.trigger if plan else "")
        self.steps.setPlainText("\n".join(plan.steps) if plan else "")
        self.escalation.setPlainText(plan.escalation if plan else "")
        for cell in self.cells.values():
            cell.show_problem(None)
        self.message.clear()
        self.heading.setText(self.tr("编辑预案") if plan else self.tr("新建预案"))
        self.retire_button.setEnabled(self._editable and plan is not None)
        self.retire_button.setText(self.tr("恢复使用") if plan and not plan.active else self.tr("停用"))

    def new_plan(self) -> None:
        self.table.clearSelection()
        self.edit(None)
        self.name.setFocus()

    def save(self) -> bool:
        form = PlanForm(
            self.name.text(),
            IncidentCategory(self.category.currentData()),
            self.trigger.toPlainText(),
            steps_from_text(self.steps.toPlainText()),
            self.escalation.toPlainText(),
        )
        plan, now = self._editing, self._database.clock.now()
        try:
            plan_id = perform(
                self,
                lambda: save_plan(
                    self._database, form, now, plan.id if plan else None, plan.version if plan else None
                ),
            )
        except ValidationFailed as failure:
            say(self.message, show_problems(self.cells, failure.problems), error=True)
            return False
        except UseCaseError as error:  # the plan as stored is shown again
            self._reload_editing()
            say(self.message, message_text(error), error=True)
            return False
        self.refresh(plan_id)
        say(self.message, self.tr("已保存预案“{name}”").format(name=form.name.strip()))
        return True

    def toggle_retired(self) -> None:
        plan = self._editing
        if plan is None:
            return
        try:
            perform(self, lambda: retire_plan(self._database, plan.id, plan.version, retired=plan.active))
        except ValidationFailed as error:
            say(self.message, message_text(error), error=True)
            return
        except UseCaseError as error:  # the plan as stored is shown again
            self._reload_editing()
            say(self.message, message_text(error), error=True)
            return
        self.refresh(plan.id)
        if self.table.selectionModel().selectedRows():
            self._edit_selected()
        else:
            self.new_plan()
        done = self.tr("已停用预案“{name}”") if plan.active else self.tr("已恢复预案“{name}”")
        say(self.message, done.format(name=plan.name))
