"""突发事件: a case's incidents — category, level and its response clock, the contingency plan's steps
as a checklist, escalation to a manager, and closing with what was done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.sla import ClockState, ResponseLevel
from app.domain.vocabulary import StaffRole
from app.usecases.incidents import IncidentView, case_incidents, escalate, tick_step
from app.usecases.sla_clocks import ClockView
from app.usecases.staff import list_staff
from ui.access import allow_only
from ui.case.case_panel import CasePanel
from ui.case.incident_dialogs import IncidentDialog, ResolveDialog
from ui.field_cell import error_label
from ui.labels import duration_text, label
from ui.row_table_model import Index, RowTableModel

_CLOCK_COLOURS = {
    ClockState.NEAR_BREACH: QColor("#e65100"),
    ClockState.BREACHED: QColor("#c62828"),
    ClockState.MISSED: QColor("#c62828"),
    ClockState.PAUSED: QColor("#616161"),
    ClockState.MET: QColor("#2e7d32"),
}


class IncidentModel(RowTableModel):
    CATEGORY, LEVEL, DESCRIPTION, REPORTED, PLAN, CLOCK, ESCALATED, STATE = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("类别"),
                self.tr("级别"),
                self.tr("情况"),
                self.tr("上报"),
                self.tr("应急预案"),
                self.tr("响应计时"),
                self.tr("升级"),
                self.tr("状态"),
            ],
            parent,
        )

    def clock_text(self, clock: ClockView | None) -> str:
        if clock is None:
            return "—"
        if clock.breach_minutes:
            return self.tr("超时 {t}").format(t=duration_text(clock.breach_minutes))
        if clock.state is ClockState.MET:
            return self.tr("按时响应")
        if clock.state is ClockState.PAUSED:
            return self.tr("暂停（等待客户）")
        return self.tr("剩 {t}").format(t=duration_text(clock.minutes_left))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        incident: IncidentView = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            escalated = (
                f"{incident.escalated_to} {format_datetime(incident.escalated_at)}"
                if incident.escalated_at
                else (self.tr("待升级") if incident.level is ResponseLevel.L3 else "—")
            )
            done = sum(step.done for step in incident.steps)
            plan = f"{incident.plan_name}（{done}/{len(incident.steps)}）" if incident.plan_name else "—"
            state = self.tr("已处理") if incident.resolved_at else self.tr("处理中")
            return [
                label(incident.category),
                label(incident.level),
                incident.description,
                f"{format_datetime(incident.reported_at)} {incident.reported_by}".strip(),
                plan,
                self.clock_text(incident.clock),
                escalated,
                state,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DESCRIPTION:
            return incident.description + (f"\n\n{incident.resolution}" if incident.resolution else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == self.CLOCK and incident.clock is not None:
                colour = _CLOCK_COLOURS.get(incident.clock.state)
                return QBrush(colour) if colour is not None else None
            if incident.resolved_at is not None:
                return QBrush(QColor("#78909c"))
        return None


class IncidentsPanel(CasePanel):
    """The case window's 突发事件 tab."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("incidents_panel", database, case_id, parent)
        self.add_summary_and_table(
            IncidentModel(self), "incidents_summary", "incidents_table", IncidentModel.DESCRIPTION
        )
        self.steps = QListWidget()
        self.steps.setObjectName("incident_steps")
        self.steps.setToolTip(self.tr("应急预案的处置步骤：空格键勾选完成"))
        self.steps.itemChanged.connect(self._step_ticked)
        self.detail = QLabel()
        self.detail.setObjectName("incident_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.log_button = QPushButton(self.tr("记录突发事件…"))
        self.log_button.setObjectName("log_incident")
        self.log_button.setToolTip(self.tr("记录突发事件（Ctrl+N）"))
        self.log_button.clicked.connect(lambda: self.open_log_dialog())
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.log_button.click)
        self.escalate_button = QPushButton(self.tr("升级…"))
        self.escalate_button.setObjectName("escalate_incident")
        self.escalate_button.setToolTip(self.tr("交给主管处理（三级事件记录时已自动升级）"))
        self.escalate_button.clicked.connect(lambda: self.escalate_selected())
        self.resolve_button = QPushButton(self.tr("处理完毕…"))
        self.resolve_button.setObjectName("resolve_incident")
        self.resolve_button.setToolTip(self.tr("写明处理结果，结束响应计时（超时会记录超时时长）"))
        self.resolve_button.clicked.connect(lambda: self.open_resolve_dialog())
        self.error = error_label("incidents_error")
        # Those who may not handle incidents (the admin) read them; the use cases refuse them anyway.
        self._may_handle = allow_only(
            database, Permission.INCIDENTS, self.log_button, self.escalate_button, self.resolve_button
        )

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(QLabel(self.tr("处置步骤（空格键勾选）")))
        side_layout.addWidget(self.steps, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.lay_out(splitter, [self.log_button, self.escalate_button, self.resolve_button], self.error)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.refresh_while_shown()
        self.refresh()

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected()
        incidents = case_incidents(self._database, self._case_id, self.now())
        self.model.set_rows(incidents)
        open_ones = [i for i in incidents if i.resolved_at is None]
        if not incidents:
            self.summary.setText(self.tr("本案暂无突发事件。"))
        else:
            late = sum(1 for i in open_ones if i.clock and i.clock.state is ClockState.BREACHED)
            self.summary.setText(
                self.tr("处理中 {n} 件（响应超时 {late} 件），已处理 {done} 件。").format(
                    n=len(open_ones), late=late, done=len(incidents) - len(open_ones)
                )
            )
        if selected is not None:
            self.select_incident(selected.id)
        elif open_ones:
            self.select_incident(open_ones[0].id)
        self._show_selected()

    def select_incident(self, incident_id: int) -> None:
        self.select_by_id(incident_id)

    def _show_selected(self) -> None:
        incident = self.selected()
        self.steps.blockSignals(True)
        self.steps.clear()
        if incident is not None:
            for step in incident.steps:
                item = QListWidgetItem(step.text)
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if incident.resolved_at is None and self._may_handle:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if step.done else Qt.CheckState.Unchecked)
                if step.done_at:
                    item.setToolTip(self.tr("完成于 {at}").format(at=format_datetime(step.done_at)))
                self.steps.addItem(item)
        self.steps.blockSignals(False)
        self.detail.setText(self._detail(incident) if incident else "")
        open_one = incident is not None and incident.resolved_at is None and self._may_handle
        self.escalate_button.setEnabled(open_one)
        self.resolve_button.setEnabled(open_one)

    def _detail(self, incident: IncidentView) -> str:
        lines = [f"{label(incident.category)}｜{label(incident.level)}", incident.description]
        if incident.plan_name:
            lines.append(self.tr("应急预案：{name}").format(name=incident.plan_name))
        elif not incident.steps:
            lines.append(self.tr("未使用应急预案"))
        if incident.escalated_at:
            who = incident.escalated_to or self.tr("主管")
            lines.append(
                self.tr("已升级至 {who}（{at}）").format(who=who, at=format_datetime(incident.escalated_at))
            )
        if incident.resolved_at:
            lines.append(self.tr("处理完毕 {at}：{text}").format(
                at=format_datetime(incident.resolved_at), text=incident.resolution))  # fmt: skip
        return "\n".join(lines)

    # -- writing ----------------------------------------------------------------------------
    def _step_ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        step_id = item.data(Qt.ItemDataRole.UserRole)
        row = self.steps.row(item)
        if self.write(lambda: tick_step(self._database, step_id, done, self.now())):
            self.steps.setCurrentRow(row)

    def log_dialog(self) -> IncidentDialog:
        return IncidentDialog(self._database, self._case_id, self.now, self)

    def open_log_dialog(self) -> None:
        dialog = self.log_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.logged(dialog.incident_id)

    def logged(self, incident_id: int | None) -> None:
        """A dialog saved an incident: show it selected and tell the case window."""
        self.error.clear()
        self.refresh()
        if incident_id is not None:
            self.select_incident(incident_id)
        self.changed.emit()

    def escalate_selected(self, manager_id: int | None = None) -> bool:
        """Hand the selected incident to a manager; asks which one when not given."""
        incident = self.selected()
        if incident is None:
            self.error.setText(self.tr("请先选择一个突发事件。"))
            return False
        if manager_id is None:
            managers = [m for m in list_staff(self._database) if m.role is StaffRole.MANAGER]
            if not managers:
                self.error.setText(self.tr("本所没有在职的主管，请先在人员设置中添加。"))
                return False
            names = [m.name for m in managers]
            manager_id = self.ask_for_person(self.tr("升级"), self.tr("交给哪位主管："), managers, names)
            if manager_id is None:
                return False
        return self.write(lambda: escalate(self._database, incident.id, manager_id, self.now()))

    def resolve_dialog(self) -> ResolveDialog | None:
        incident = self.selected()
        return ResolveDialog(self._database, incident, self.now, self) if incident else None

    def open_resolve_dialog(self) -> None:
        dialog = self.resolve_dialog()
        if dialog is None:
            return
        dialog.stale.connect(self.show_stale)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.logged(None)
