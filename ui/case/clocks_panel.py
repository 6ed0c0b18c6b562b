"""SLA 计时: a case's response clocks — due time, time left or breach length — paused while the
office waits on the client, stopped when someone responded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QFormLayout, QInputDialog, QLineEdit, QPushButton, QWidget

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.sla import ClockState, ResponseLevel
from app.usecases.access import NotPermitted
from app.usecases.errors import ValidationFailed
from app.usecases.sla_clocks import (
    ClockView,
    case_clocks,
    pause_clock,
    resume_clock,
    start_manual_clock,
    stop_clock,
)
from app.usecases.staff import list_staff
from ui.access import allow_only, desk_person
from ui.case.case_panel import CasePanel, lay_out_dialog
from ui.case.incident_dialogs import level_combo
from ui.field_cell import FieldCell, error_label, show_problems
from ui.labels import duration_text, label, message_text, person_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel

_COLOURS = {  # (text, background)
    ClockState.NEAR_BREACH: (QColor("#e65100"), QColor("#fff3e0")),
    ClockState.BREACHED: (QColor("#c62828"), QColor("#fdecea")),
    ClockState.MISSED: (QColor("#c62828"), None),
    ClockState.PAUSED: (QColor("#616161"), None),
    ClockState.MET: (QColor("#2e7d32"), None),
}


class ClockModel(RowTableModel):
    TITLE, LEVEL, CALENDAR, STARTED, DUE, LEFT, STATE = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("事项"),
                self.tr("响应级别"),
                self.tr("计时方式"),
                self.tr("开始"),
                self.tr("到期"),
                self.tr("剩余 / 超时"),
                self.tr("状态"),
            ],
            parent,
        )
        self.states = {
            ClockState.RUNNING: self.tr("计时中"),
            ClockState.NEAR_BREACH: self.tr("即将超时"),
            ClockState.BREACHED: self.tr("已超时"),
            ClockState.PAUSED: self.tr("暂停"),
            ClockState.MET: self.tr("按时响应"),
            ClockState.MISSED: self.tr("超时响应"),
        }

    def state_text(self, clock: ClockView) -> str:
        if clock.pause_reason:  # why it waits, as typed
            return self.tr("暂停（{reason}）").format(reason=clock.pause_reason)
        return self.states[clock.state]

    def left_text(self, clock: ClockView) -> str:
        if clock.breach_minutes:
            return self.tr("超时 {t}").format(t=duration_text(clock.breach_minutes))
        if clock.state is ClockState.MET:
            return self.tr("用时 {t}").format(t=duration_text(clock.used_minutes))
        return self.tr("剩 {t}").format(t=duration_text(clock.minutes_left))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        clock: ClockView = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                clock.title,
                label(clock.level),
                self.tr("7×24") if clock.around_the_clock else self.tr("工作时间"),
                format_datetime(clock.started_at),
                format_datetime(clock.due_at),
                self.left_text(clock),
                self.state_text(clock),
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.TITLE, self.STATE):
            return clock.title if index.column() == self.TITLE else self.state_text(clock)
        text, background = _COLOURS.get(clock.state, (None, None))
        if role == Qt.ItemDataRole.ForegroundRole and text is not None:
            return QBrush(text)
        if role == Qt.ItemDataRole.BackgroundRole and background is not None:
            return QBrush(background)
        return None


class ClocksPanel(CasePanel):
    """The case window's SLA 计时 tab."""

    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("clocks_panel", database, case_id, parent)
        self.add_summary_and_table(ClockModel(self), "clocks_summary", "clocks_table", ClockModel.TITLE)
        self.start_button = QPushButton(self.tr("开始计时…"))
        self.start_button.setObjectName("start_clock")
        self.start_button.setToolTip(self.tr("为一项响应承诺开始计时（如：答应客户 2 小时内回电）"))
        self.start_button.clicked.connect(lambda: self.start_clock())
        self.pause_button = QPushButton(self.tr("暂停…"))
        self.pause_button.setObjectName("pause_clock")
        self.pause_button.setToolTip(self.tr("等待客户时暂停计时（须写明原因）"))
        self.pause_button.clicked.connect(lambda: self.pause_selected())
        self.resume_button = QPushButton(self.tr("恢复"))
        self.resume_button.setObjectName("resume_clock")
        self.resume_button.clicked.connect(self.resume_selected)
        self.stop_button = QPushButton(self.tr("结束…"))
        self.stop_button.setObjectName("stop_clock")
        self.stop_button.setToolTip(self.tr("已响应：结束计时，记录当前登录的人为响应人，超时会记录超时时长"))
        self.stop_button.clicked.connect(lambda: self.stop_selected())
        buttons = [self.start_button, self.pause_button, self.resume_button, self.stop_button]
        self._may_act = allow_only(database, Permission.INCIDENTS, *buttons)
        self.error = error_label("clocks_error")
        self.lay_out(self.table, buttons, self.error)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh_while_shown()
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected()
        clocks = case_clocks(self._database, self._case_id, self.now())
        self.model.set_rows(clocks)
        running = [c for c in clocks if c.state not in (ClockState.MET, ClockState.MISSED)]
        breached = sum(c.state is ClockState.BREACHED for c in running)
        if not clocks:
            self.summary.setText(
                self.tr("本案暂无 SLA 计时。登记突发事件、客户投诉或 VIP 请求时会自动开始计时。")
            )
        else:
            self.summary.setText(
                self.tr("进行中 {n} 个，其中已超时 {m} 个。").format(n=len(running), m=breached)
            )
        if selected is not None:
            self.select_by_id(selected.id)
        self._update_buttons()

    def select_clock(self, clock_id: int) -> None:
        self.select_by_id(clock_id)

    def _update_buttons(self) -> None:
        clock = self.selected()
        running = clock is not None and clock.state not in (ClockState.MET, ClockState.MISSED)
        running = running and self._may_act
        self.pause_button.setEnabled(running and not clock.paused)
        self.resume_button.setEnabled(running and clock.paused)
        self.stop_button.setEnabled(running)

    def _chosen(self) -> ClockView | None:
        """The selected clock; without one, the error line asks for it."""
        clock = self.selected()
        if clock is None:
            self.error.setText(self.tr("请先选择一个计时。"))
        return clock

    def start_clock(self) -> StartClockDialog:
        """Open 开始计时 (window-modal, returned for a caller to fill); the new clock is selected."""
        dialog = StartClockDialog(self._database, self._case_id, self.now, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._started(dialog.clock_id))
        dialog.open()
        return dialog

    def _started(self, clock_id: int | None) -> None:
        self.error.clear()
        self.refresh()
        if clock_id is not None:
            self.select_by_id(clock_id)
        self.changed.emit()

    def pause_selected(self, reason: str | None = None) -> bool:
        """Pause the selected clock; asks the reason when not given."""
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("暂停计时"), self.tr("暂停原因（如：等待客户补充材料）：")
            )
            if not ok:
                return False
        if (clock := self._chosen()) is None:
            return False
        now = self.now()
        return self.write(lambda: pause_clock(self._database, clock.id, now, reason, clock.version))

    def resume_selected(self) -> bool:
        if (clock := self._chosen()) is None:
            return False
        now = self.now()
        return self.write(lambda: resume_clock(self._database, clock.id, now, clock.version))

    def stop_selected(self, staff_id: int | None = None) -> bool:
        """Stop the selected clock as responded by the person logged in (stop_clock records the
        login); only SYSTEM names who responded (``staff_id``, or asked)."""
        if (person := desk_person(self._database)) is not None:
            staff_id = person.staff_id
        if staff_id is None:
            staff = list_staff(self._database)
            names = [person_text(member.name, member.role) for member in staff]
            staff_id = self.ask_for_person(self.tr("结束计时"), self.tr("响应人："), staff, names)
            if staff_id is None:
                return False
        if (clock := self._chosen()) is None:
            return False
        now = self.now()
        return self.write(lambda: stop_clock(self._database, clock.id, now, staff_id, clock.version))


class StartClockDialog(QDialog):
    """开始计时: what the promise is for and its response level; refusals said here."""

    def __init__(
        self, database: Database, case_id: int, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("start_clock_dialog")
        self.setWindowTitle(self.tr("开始计时"))
        self._database, self._case_id, self._now = database, case_id, now
        self.clock_id: int | None = None
        self.title = QLineEdit()
        self.title.setObjectName("clock_title")
        self.title.setPlaceholderText(self.tr("如：答应客户 2 小时内回复补正材料的问题"))
        self.level = level_combo("clock_level", database)
        self.level.setCurrentIndex(self.level.findData(ResponseLevel.L2.value))
        self.cells = {"title": FieldCell(self.title, "clock_title_error")}
        self.error = error_label("start_clock_error")
        form = QFormLayout()
        form.addRow(self.tr("事项 *"), self.cells["title"])
        form.addRow(self.tr("响应级别"), self.level)
        lay_out_dialog(self, form, self.error, self.save, self.tr("开始计时（Ctrl+Enter）"))
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        title, level, now = self.title.text(), ResponseLevel(self.level.currentData()), self._now()
        try:
            self.clock_id = perform(
                self, lambda: start_manual_clock(self._database, self._case_id, title, level, now)
            )
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        except NotPermitted as refusal:
            self.error.setText(message_text(refusal))
            return
        self.accept()
