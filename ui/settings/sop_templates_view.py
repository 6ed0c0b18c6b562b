"""SOP 模板: the office's plan templates, their versions, and each plan scheduled from now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.scheduling import Schedule
from app.domain.sop_template import SopStep, SopTemplate, format_links
from app.usecases.calendar import load_working_calendar
from app.usecases.sop import (
    PublishedTemplate,
    TemplateSummary,
    list_templates,
    load_template,
    template_versions,
)
from ui.access import allow_only
from ui.labels import label, message_text, template_name
from ui.row_table_model import Index, RowTableModel
from ui.settings.sop_template_editor import SopTemplateEditor

CRITICAL_COLOUR = QColor("#c62828")


class TemplateListModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("业务类型"), self.tr("模板"), self.tr("版本")], parent)

    def row_of(self, code: str) -> int:
        return next((row for row, t in enumerate(self._rows) if t.code == code), 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        template: TemplateSummary = self.row_at(index.row())
        return (
            label(template.service_type),
            template_name(template.name),
            self.tr("第 {n} 版").format(n=template.latest_version),
        )[index.column()]


class StepScheduleModel(RowTableModel):
    """A template's steps with their schedule if the plan started now; critical steps in red."""

    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("步骤"), self.tr("角色"), self.tr("工期"), self.tr("前置步骤"), self.tr("里程碑"),
            self.tr("最早开始"), self.tr("最早完成"), self.tr("总时差（小时）"), self.tr("关键"),
        ]  # fmt: skip
        super().__init__(headers, parent)
        self._schedule: Schedule | None = None

    def set_plan(self, template: SopTemplate, schedule: Schedule) -> None:
        self._schedule = schedule
        self.set_rows(list(template.steps))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._schedule is None:
            return None
        step: SopStep = self.row_at(index.row())
        task = self._schedule.tasks[step.key]
        if role == Qt.ItemDataRole.ForegroundRole and task.critical:
            return QBrush(CRITICAL_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            checklist = self.tr("检查清单：") + "；".join(step.checklist) if step.checklist else ""
            return "\n".join(filter(None, (step.name, format_links(step.after), checklist)))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        schedule = self._schedule
        return (
            step.name,
            label(step.role),
            step.duration,
            format_links(step.after),
            "◆" if step.milestone else "",
            format_datetime(schedule.instant(task.earliest_start)),
            format_datetime(schedule.instant(task.earliest_finish, finish=True)),
            f"{task.total_slack / 60:g}",
            "★" if task.critical else "",
        )[index.column()]


class SopTemplatesView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._shown: PublishedTemplate | None = None

        self.templates = TemplateListModel(self)
        self.list = QTableView()
        self.list.setObjectName("template_list")
        self.list.setModel(self.templates)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setColumnWidth(0, 70)
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.versions = QComboBox()
        self.versions.setObjectName("template_versions")
        self.versions.activated.connect(lambda _row: self._show_version(self.versions.currentData()))
        self.edit_button = QPushButton(self.tr("编辑并发布新版本…"))
        self.edit_button.setObjectName("edit_template")
        self.edit_button.clicked.connect(self.edit)
        allow_only(database, Permission.EDIT_SETTINGS, self.edit_button)  # publishing is a setting
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("版本")))
        top.addWidget(self.versions, 1)
        top.addWidget(self.edit_button)
        self.steps = StepScheduleModel(self)
        self.steps_view = QTableView()
        self.steps_view.setObjectName("template_steps")
        self.steps_view.setModel(self.steps)
        self.steps_view.verticalHeader().hide()
        for column, width in enumerate((0, 70, 45, 120, 45, 125, 125, 95, 40)):
            self.steps_view.setColumnWidth(column, width)
        self.steps_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("template_summary")
        self.summary.setWordWrap(True)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.details)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.steps_view, 1)
        detail_layout.addWidget(self.summary)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setSizes([290, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.show_template(current.row())
        )
        self.reload()

    def reload(self, code: str | None = None) -> None:
        self.templates.set_rows(list_templates(self._database))
        if self.templates.rowCount():
            self.list.selectRow(self.templates.row_of(code) if code else 0)
            self.show_template(self.list.currentIndex().row())

    def show_template(self, row: int) -> None:
        if row < 0:
            return
        summary: TemplateSummary = self.templates.row_at(row)
        self.versions.clear()
        for info in template_versions(self._database, summary.code):
            note = info.revision_note or self.tr("（无说明）")
            self.versions.addItem(
                self.tr("第 {n} 版 · {time} · {note}").format(
                    n=info.version, time=format_datetime(info.published_at), note=note
                ),
                (summary.code, info.version),
            )
        self._show_version((summary.code, summary.latest_version))

    def _show_version(self, key: tuple[str, int] | None) -> None:
        if key is None:
            return
        code, version = key
        self._shown = load_template(self._database, code, version)
        if self._shown is None:  # never: templates are not deleted, and the code and version were listed
            return
        template = self._shown.template
        self.title.setText(template_name(template.name))
        details = self.tr("{flow} · {service} · 常规办理约 {normal} · {steps} 个步骤").format(
            flow=label(template.flow),
            service=label(template.service_type),
            normal=template.normal_duration,
            steps=len(template.steps),
        )
        self.details.setText(f"{details}\n{template.description}")
        now = self._database.clock.minute()
        schedule = template.schedule(load_working_calendar(self._database), now)
        self.steps.set_plan(template, schedule)
        self.summary.setText(
            self.tr("若现在开始：{summary} 关键路径上的步骤以红色标出。").format(
                summary=message_text(schedule.feasibility().summary())
            )
        )

    def edit(self) -> None:
        if self._shown is None:
            return
        editor = SopTemplateEditor(self._database, self._shown.template, self._shown.version, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.reload(self._shown.template.code)
