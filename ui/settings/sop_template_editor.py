"""Editing an SOP template: steps in a table, published as a new version with a revision note."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.permissions import Permission
from app.domain.sop_template import STEP_ROLES, SopStep, SopTemplate, TemplateError, format_links, parse_links
from app.domain.vocabulary import StaffRole
from app.usecases.access import NotPermitted
from app.usecases.errors import ValidationFailed
from app.usecases.knowledge import accept_sop_change
from app.usecases.sop import publish_template_version
from ui.access import allow_only
from ui.field_cell import ERROR_STYLE
from ui.labels import label, message_text, template_name
from ui.operations import perform
from ui.row_table_model import Index
from ui.screen_fit import fit_to_screen

COLUMNS = ("key", "name", "role", "duration", "after", "milestone", "checklist")
CHECKLIST_SEPARATOR = "；"


class RoleDelegate(QStyledItemDelegate):
    """Edits the role column with a list of the roles a step may have."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index) -> QWidget:
        editor = QComboBox(parent)
        for role in STEP_ROLES:
            editor.addItem(label(role), role.value)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):  # always: createEditor made it
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class SopTemplateEditor(QDialog):
    def __init__(
        self,
        database: Database,
        template: SopTemplate,
        version: int,
        parent: QWidget | None = None,
        proposal: int | None = None,
    ):
        """``proposal``: the review's improvement action the new version carries out (linked to it)."""
        super().__init__(parent)
        self._database = database
        self._template = template
        self._proposal = proposal
        self.published_version: int | None = None
        self.setWindowTitle(
            self.tr("编辑 SOP 模板：{name}（当前第 {version} 版）").format(
                name=template_name(template.name), version=version
            )
        )

        self.name = QLineEdit(template_name(template.name))
        self.normal_duration = QLineEdit(template.normal_duration)
        self.normal_duration.setToolTip(self.tr("常规（非加急）办理通常需要的工期，如 4d"))
        self.description = QLineEdit(template.description)
        head = QFormLayout()
        head.addRow(self.tr("模板名称"), self.name)
        head.addRow(self.tr("常规办理工期"), self.normal_duration)
        head.addRow(self.tr("说明"), self.description)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([
            self.tr("标识"), self.tr("步骤名称"), self.tr("角色"), self.tr("工期"), self.tr("前置步骤"),
            self.tr("里程碑"), self.tr("检查清单（用“；”分隔）"),
        ])  # fmt: skip
        for step in template.steps:
            self.model.appendRow(self._row(step))
        self.table = QTableView()
        self.table.setObjectName("steps_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COLUMNS.index("role"), RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for column, width in enumerate((150, 230, 90, 60, 170, 60)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COLUMNS.index("checklist"), QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr("工期写作 4h（小时）、2d（工作日）、30m（分钟）；前置步骤写标识，")
            + self.tr("开始-开始写 b(ss)，滞后写 c(+2h)。")
        )
        hint.setWordWrap(True)

        add = QPushButton(self.tr("添加步骤"))
        add.clicked.connect(self.add_step)
        remove = QPushButton(self.tr("删除步骤"))
        remove.clicked.connect(self.remove_step)
        up = QPushButton(self.tr("上移"))
        up.clicked.connect(lambda: self.move_step(-1))
        down = QPushButton(self.tr("下移"))
        down.clicked.connect(lambda: self.move_step(1))
        step_buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)

        self.revision_note = QLineEdit()
        self.revision_note.setObjectName("revision_note")
        self.revision_note.setPlaceholderText(
            self.tr("这一版改了什么、为什么改（必填），如：复盘发现银行信息传递延迟，增加确认步骤")
        )
        self.error = QLabel()
        self.error.setObjectName("editor_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("发布新版本"))
        buttons.accepted.connect(self.publish)
        buttons.rejected.connect(self.reject)
        self.publish_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        allow_only(
            database, Permission.EDIT_SETTINGS, self.name, self.normal_duration, self.description,
            self.table, add, remove, up, down, self.revision_note, self.publish_button,
        )  # fmt: skip

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(step_buttons)
        note_row = QFormLayout()
        note_row.addRow(self.tr("修订说明"), self.revision_note)
        layout.addLayout(note_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 620)

    def _row(self, step: SopStep) -> list[QStandardItem]:
        role = QStandardItem(label(step.role))
        role.setData(step.role.value, Qt.ItemDataRole.UserRole)
        milestone = QStandardItem()
        milestone.setCheckable(True)
        milestone.setEditable(False)
        milestone.setCheckState(Qt.CheckState.Checked if step.milestone else Qt.CheckState.Unchecked)
        return [
            QStandardItem(step.key),
            QStandardItem(step.name),
            role,
            QStandardItem(step.duration),
            QStandardItem(format_links(step.after)),
            milestone,
            QStandardItem(CHECKLIST_SEPARATOR.join(step.checklist)),
        ]

    def add_step(self) -> None:
        number = self.model.rowCount() + 1
        step = SopStep(f"step-{number}", self.tr("新步骤"), StaffRole.SPECIALIST, "2h")
        self.model.appendRow(self._row(step))
        self.table.setCurrentIndex(self.model.index(number - 1, COLUMNS.index("name")))

    def remove_step(self) -> None:
        for row in sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True):
            self.model.removeRow(row)

    def move_step(self, offset: int) -> None:
        row = self.table.currentIndex().row()
        target = row + offset
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        items = self.model.takeRow(row)
        self.model.insertRow(target, items)
        self.table.selectRow(target)

    def template(self) -> SopTemplate:
        """The template as edited; raises TemplateError naming the row it cannot read."""
        steps = []
        for row in range(self.model.rowCount()):
            text = {
                name: (self.model.item(row, column).text() or "").strip()
                for column, name in enumerate(COLUMNS)
            }
            try:
                after = parse_links(text["after"])
            except TemplateError as error:
                raise TemplateError(
                    self.tr("第 {row} 步：{error}").format(row=row + 1, error=error)
                ) from error
            steps.append(
                SopStep(
                    key=text["key"],
                    name=text["name"],
                    role=StaffRole(
                        self.model.item(row, COLUMNS.index("role")).data(Qt.ItemDataRole.UserRole)
                    ),
                    duration=text["duration"],
                    after=after,
                    milestone=self.model.item(row, COLUMNS.index("milestone")).checkState()
                    == Qt.CheckState.Checked,
                    checklist=tuple(
                        i.strip() for i in text["checklist"].split(CHECKLIST_SEPARATOR) if i.strip()
                    ),
                )
            )
        name = self.name.text().strip()
        return SopTemplate(
            code=self._template.code,
            # The built-in English name, shown in English and left as it was, keeps the stored name.
            name=self._template.name if name == template_name(self._template.name) else name,
            service_type=self._template.service_type,
            flow=self._template.flow,
            normal_duration=self.normal_duration.text().strip(),
            description=self.description.text().strip(),
            steps=tuple(steps),
        )

    def publish(self) -> None:
        """Publish and close; on any problem keep everything as typed and say what is wrong."""
        database, proposal, note = self._database, self._proposal, self.revision_note.text()
        try:
            edited = self.template()
            self.published_version = perform(
                self,
                lambda: (
                    publish_template_version(database, edited, note)
                    if proposal is None
                    else accept_sop_change(database, proposal, edited, note)
                ),
            )
        except TemplateError as error:
            self._show_error(message_text(error))
            return
        except ValidationFailed as failure:
            self._show_error(message_text(failure))
            if "revision_note" in failure.problems:
                self.revision_note.setFocus()
            return
        except NotPermitted as refusal:  # nothing was published: the version shown stays the latest
            self._show_error(message_text(refusal))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
