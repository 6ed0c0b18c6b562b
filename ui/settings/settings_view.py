"""设置: the office profile, language and data location; the working calendar; the SOP templates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.cost_estimate import format_yuan
from app.domain.permissions import Permission
from app.usecases.access import NotPermitted, may
from app.usecases.errors import ValidationFailed
from app.usecases.gantt import gantt_margin, save_gantt_margin
from app.usecases.intake import approval_threshold, save_approval_threshold
from app.usecases.office import load_office_profile, save_office_profile
from ui.access import allow_only
from ui.field_cell import FieldCell
from ui.labels import message_text
from ui.office_profile_form import OfficeProfileForm
from ui.operations import perform
from ui.preferences import LANGUAGES, Preferences
from ui.screen_fit import scrolling
from ui.settings.accounts_view import AccountsView
from ui.settings.audit_view import AuditView
from ui.settings.backup_view import BackupView
from ui.settings.calendar_settings_view import CalendarSettingsView
from ui.settings.contingency_plans_view import ContingencyPlansView
from ui.settings.risk_calendar_view import RiskCalendarView
from ui.settings.sla_settings_view import SlaSettingsView
from ui.settings.sop_templates_view import SopTemplatesView


class SettingsView(QWidget):
    def __init__(self, database: Database, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._preferences = preferences

        self.form = OfficeProfileForm()
        self.form.edited.connect(lambda: self.save_status.setText(self.tr("有未保存的修改")))
        self.save_button = QPushButton(self.tr("保存机构信息"))
        self.save_button.setObjectName("save_office")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        self.save_status: QLabel = QLabel()  # typed: the lambda above names it first
        self.save_status.setObjectName("save_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_status, 1)
        office = QGroupBox(self.tr("机构信息（打印在确认书上）"))
        office_layout = QVBoxLayout(office)
        office_layout.addWidget(self.form)
        office_layout.addLayout(buttons)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGES).index(preferences.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        language_box = QGroupBox(self.tr("界面语言"))
        language_layout = QFormLayout(language_box)
        language_layout.addRow(self.tr("语言"), self.language)
        language_layout.addRow("", self.language_note)

        location = database.file
        where = QLabel(str(location) if location else database.url.render_as_string(hide_password=True))
        where.setObjectName("database_location")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        data_box = QGroupBox(self.tr("数据"))
        data_layout = QFormLayout(data_box)
        data_layout.addRow(self.tr("数据库"), where)
        if location is not None:
            open_folder = QPushButton(self.tr("打开数据文件夹"))
            open_folder.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(location.parent)))
            )
            data_layout.addRow("", open_folder)

        self.threshold = QLineEdit(str(approval_threshold(database)))
        self.threshold.setObjectName("approval_threshold")
        self.threshold.setMaxLength(20)
        self.threshold.returnPressed.connect(self.save_threshold)
        self.threshold_cell = FieldCell(self.threshold)
        save_threshold = QPushButton(self.tr("保存额度"))
        save_threshold.setObjectName("save_threshold")
        save_threshold.clicked.connect(self.save_threshold)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(self.threshold_cell, 1)
        threshold_row.addWidget(save_threshold)
        intake_box = QGroupBox(self.tr("接待与计划"))
        intake_layout = QFormLayout(intake_box)
        intake_layout.addRow(self.tr("费用审批额度（元）"), threshold_row)
        intake_layout.addRow("", QLabel(self.tr("报价合计超过此金额时，须由主管审批后才能保存接待单。")))
        self.margin = QDoubleSpinBox()
        self.margin.setObjectName("gantt_margin")
        self.margin.setRange(0, 120)
        self.margin.setDecimals(1)
        self.margin.setSuffix(self.tr(" 工作小时"))
        self.margin.setValue(gantt_margin(database) / 60)
        self.margin.editingFinished.connect(self.save_margin)
        intake_layout.addRow(self.tr("关键任务预警余量"), self.margin)
        intake_layout.addRow(
            "", QLabel(self.tr("甘特图上，关键路径任务离最迟完成时间不足此余量时以橙色框标出。"))
        )

        # Who may not change the office's settings reads them (the use cases refuse them anyway).
        allow_only(
            database, Permission.EDIT_SETTINGS, *self.form.findChildren(QLineEdit), self.save_button,
            self.threshold, save_threshold, self.margin,
        )  # fmt: skip

        # A readable column rather than fields stretched across a wide screen; scrolls when short.
        column = QWidget()
        column.setMaximumWidth(820)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(office)
        column_layout.addWidget(intake_box)
        column_layout.addWidget(language_box)
        column_layout.addWidget(data_box)
        column_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(column), self.tr("机构与界面"))
        self.calendar = CalendarSettingsView(database)
        self.tabs.addTab(self.calendar, self.tr("工作日历"))
        self.sop_templates = SopTemplatesView(database)
        self.tabs.addTab(self.sop_templates, self.tr("SOP 模板"))
        self.sla = SlaSettingsView(database)
        self.tabs.addTab(self.sla, self.tr("响应时效"))
        self.contingency_plans = ContingencyPlansView(database)
        self.tabs.addTab(self.contingency_plans, self.tr("应急预案"))
        self.risk_calendar = RiskCalendarView(database)
        self.tabs.addTab(self.risk_calendar, self.tr("政策风险日历"))
        if may(database, Permission.VIEW_AUDIT):  # audit_of_case / office_audit refuse others anyway
            self.tabs.addTab(AuditView(database), self.tr("审计记录"))
        if may(database, Permission.MANAGE_ACCOUNTS):  # the admin's; list_accounts refuses others anyway
            self.tabs.addTab(AccountsView(database), self.tr("账号"))
        self.tabs.addTab(BackupView(database), self.tr("备份与恢复"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        profile = load_office_profile(database)
        if profile is not None:
            self.form.set_profile(profile)

    def _refused(self, refusal: NotPermitted) -> None:
        """A save this login may not make: every setting shown as stored again, the refusal said."""
        profile = load_office_profile(self._database)
        if profile is not None:
            self.form.set_profile(profile)
        self.threshold.setText(str(approval_threshold(self._database)))
        self.threshold_cell.show_problem(None)
        self.margin.blockSignals(True)  # its editingFinished would save again
        self.margin.setValue(gantt_margin(self._database) / 60)
        self.margin.blockSignals(False)
        self.save_status.setText(self.tr("未保存：{refusal}").format(refusal=refusal))

    def save(self) -> bool:
        profile = self.form.profile()
        try:
            saved = perform(self, lambda: save_office_profile(self._database, profile))
        except ValidationFailed as failure:
            self.form.show_problems(failure.problems)
            self.save_status.setText(self.tr("未保存：请按提示修改后再保存"))
            return False
        except NotPermitted as refusal:
            self._refused(refusal)
            return False
        self.form.set_profile(saved)
        self.save_status.setText(
            self.tr("已保存（{time}）").format(time=self._database.clock.now().strftime("%H:%M:%S"))
        )
        return True

    def save_threshold(self) -> None:
        text = self.threshold.text()
        try:
            amount = perform(self, lambda: save_approval_threshold(self._database, text))
        except ValidationFailed as failure:
            self.threshold_cell.show_problem(message_text(failure.problems["threshold"]))
            return
        except NotPermitted as refusal:
            self._refused(refusal)
            return
        self.threshold_cell.show_problem(None)
        self.threshold.setText(str(amount))
        self.save_status.setText(self.tr("审批额度已保存：{amount}").format(amount=format_yuan(amount)))

    def save_margin(self) -> None:
        minutes = round(self.margin.value() * 60)
        if minutes == gantt_margin(self._database):
            return  # nothing changed: focus left the box
        try:
            perform(self, lambda: save_gantt_margin(self._database, minutes))
        except NotPermitted as refusal:
            self._refused(refusal)
            return
        self.save_status.setText(self.tr("预警余量已保存"))

    def _language_chosen(self, index: int) -> None:
        self._preferences.language = self.language.itemData(index)
        self.language_note.setText(self.tr("重新启动加急工作台后生效。"))
