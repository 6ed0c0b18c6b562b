"""The dialogs of the 突发事件 tab: logging an incident (category, level with its response time, the
plan to follow with its steps shown, who reported it) and closing one with what was done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from app.db.database import Database
from app.domain.incident import IncidentCategory
from app.domain.sla import ResponseLevel
from app.usecases.contingency_plans import list_plans
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.incidents import IncidentReport, IncidentView, log_incident, resolve_incident
from app.usecases.sla_clocks import load_sla_settings
from ui.access import lock_to_login
from ui.case.case_panel import PanelDialog, lay_out_dialog
from ui.field_cell import FieldCell, error_label, show_problems, staff_combo, text_box
from ui.labels import label
from ui.operations import perform
from ui.screen_fit import fit_to_screen


def level_combo(name: str, database: Database) -> QComboBox:
    """The three response levels with the office's time to respond (e.g. 二级：2 小时内响应)."""
    translate = QCoreApplication.translate
    combo = QComboBox()
    combo.setObjectName(name)
    minutes = load_sla_settings(database).level_minutes
    names = {
        ResponseLevel.L1: translate("IncidentDialog", "一级"),
        ResponseLevel.L2: translate("IncidentDialog", "二级"),
        ResponseLevel.L3: translate("IncidentDialog", "三级"),
    }
    for level in ResponseLevel:
        span = minutes[level]
        within = (
            translate("IncidentDialog", "{m} 分钟").format(m=span)
            if span % 60
            else translate("IncidentDialog", "{h} 小时").format(h=span // 60)
        )
        text = translate("IncidentDialog", "{level}：{within}内响应").format(
            level=names[level], within=within
        )
        if level is ResponseLevel.L3:
            text += translate("IncidentDialog", "，立即升级主管")
        combo.addItem(text, level.value)
    return combo


class IncidentDialog(QDialog):
    """记录突发事件: what happened, how serious (with its response time), the plan to follow, who."""

    def __init__(
        self, database: Database, case_id: int, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incident_dialog")
        self.setWindowTitle(self.tr("记录突发事件"))
        self._database, self._case_id, self._now = database, case_id, now
        self.incident_id: int | None = None
        self.category = QComboBox()
        self.category.setObjectName("incident_category")
        for category in IncidentCategory:
            self.category.addItem(label(category), category.value)
        self.level = level_combo("incident_level", database)
        self.description = text_box("incident_description", self.tr("发生了什么、影响哪一步"), 4)
        self.plan = QComboBox()
        self.plan.setObjectName("incident_plan")
        self.steps = QLabel()
        self.steps.setObjectName("incident_plan_steps")
        self.steps.setWordWrap(True)
        self.steps.setStyleSheet("color: #455a64;")
        self.reporter = staff_combo("incident_reporter", database, self.tr("（未指定）"))
        lock_to_login(self.reporter, database)  # log_incident records who is logged in
        self._plans = list_plans(database)
        self.category.currentIndexChanged.connect(lambda _i: self._fill_plans())
        self.plan.currentIndexChanged.connect(lambda _i: self._show_steps())
        self._fill_plans()
        self.cells = {
            "description": FieldCell(self.description, "incident_description_error"),
            "plan": FieldCell(self.plan, "incident_plan_error"),
        }
        self.error = error_label("incident_error")
        form = QFormLayout()
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("响应级别"), self.level)
        form.addRow(self.tr("情况说明 *"), self.cells["description"])
        form.addRow(self.tr("应急预案"), self.cells["plan"])
        form.addRow("", self.steps)
        form.addRow(self.tr("上报人"), self.reporter)
        lay_out_dialog(self, form, self.error, self.save, self.tr("保存（Ctrl+Enter）"))
        fit_to_screen(self, 560, 480)

    def _fill_plans(self) -> None:
        """Only the category's plans are offered (and none at all, which is allowed)."""
        category = IncidentCategory(self.category.currentData())
        self.plan.blockSignals(True)
        self.plan.clear()
        self.plan.addItem(self.tr("（不使用预案）"), None)
        for plan in self._plans:
            if plan.category is category:
                self.plan.addItem(plan.name, plan.id)
        self.plan.setCurrentIndex(1 if self.plan.count() > 1 else 0)
        self.plan.blockSignals(False)
        self._show_steps()

    def _show_steps(self) -> None:
        plan = next((p for p in self._plans if p.id == self.plan.currentData()), None)
        if plan is None:
            self.steps.clear()
            return
        lines = [f"{n}. {step}" for n, step in enumerate(plan.steps, 1)]
        if plan.escalation:
            lines.append(self.tr("升级：{path}").format(path=plan.escalation))
        self.steps.setText("\n".join(lines))

    def save(self) -> None:
        try:
            report = IncidentReport(
                self._case_id,
                IncidentCategory(self.category.currentData()),
                ResponseLevel(self.level.currentData()),
                self.description.toPlainText(),
                self.reporter.currentData(),
                self.plan.currentData(),
            )
            now = self._now()
            self.incident_id = perform(self, lambda: log_incident(self._database, report, now))
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        self.accept()


class ResolveDialog(PanelDialog):
    """处理完毕: what was done; steps still open need a reason; who closed it."""

    def __init__(
        self,
        database: Database,
        incident: IncidentView,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resolve_dialog")
        self.setWindowTitle(self.tr("突发事件处理完毕"))
        self._database, self._incident, self._now = database, incident, now
        self.breach_minutes: int | None = None
        self.resolution = text_box("incident_resolution", self.tr("采取了哪些措施，结果如何"), 4)
        self.reason = text_box("incident_open_reason", self.tr("为什么不再执行这些步骤"), 2)
        self.staff = staff_combo("incident_closer", database, self.tr("（未指定）"))
        lock_to_login(self.staff, database)  # resolve_incident records who is logged in
        self.cells = {
            "resolution": FieldCell(self.resolution, "incident_resolution_error"),
            "steps": FieldCell(self.reason, "incident_open_reason_error"),
        }
        self.error = error_label("resolve_error")
        form = QFormLayout()
        form.addRow(self.tr("处理结果 *"), self.cells["resolution"])
        if incident.open_steps:
            open_steps = QLabel(self.tr("尚有 {n} 个步骤未完成：{steps}").format(
                n=len(incident.open_steps), steps="；".join(incident.open_steps)))  # fmt: skip
            open_steps.setWordWrap(True)  # the steps' names would widen the dialog past the screen
            form.addRow(open_steps)
            form.addRow(self.tr("未完成原因 *"), self.cells["steps"])
        else:
            self.cells["steps"].hide()
        form.addRow(self.tr("处理人"), self.staff)
        lay_out_dialog(self, form, self.error, self.save, self.tr("保存（Ctrl+Enter）"))
        fit_to_screen(self, 520, self.sizeHint().height())

    def save(self) -> None:
        resolution, staff_id, now = self.resolution.toPlainText(), self.staff.currentData(), self._now()
        incident, reason = self._incident, self.reason.toPlainText()
        try:
            self.breach_minutes = perform(
                self,
                lambda: resolve_incident(
                    self._database, incident.id, resolution, staff_id, now, incident.version, reason=reason
                ),
            )
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        except ConcurrentEdit as error:
            self.refuse_as_stale(error)
            return
        self.accept()
