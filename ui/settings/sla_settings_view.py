"""服务时效: the office's response promises (three levels, client notices, whose clocks run 7×24) and
the wording of its client notices."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.client_notice import DEFAULT_TEMPLATES, PLACEHOLDERS, NoticeKind, template_problems
from app.domain.permissions import Permission
from app.domain.sla import ResponseLevel
from app.usecases.access import NotPermitted
from app.usecases.client_notices import notice_templates, save_notice_templates
from app.usecases.errors import ValidationFailed
from app.usecases.sla_clocks import LONGEST_PROMISE, SlaSettings, load_sla_settings, save_sla_settings
from ui.access import allow_only
from ui.field_cell import ERROR_STYLE, FieldCell, show_problems, text_box
from ui.labels import label, message_text, vocabulary_text
from ui.operations import perform
from ui.screen_fit import scrolling


class SlaSettingsView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sla_settings_view")
        self._database = database
        self.cells: dict[str, FieldCell] = {}

        self.levels: dict[ResponseLevel, QSpinBox] = {}
        promises = QGroupBox(self.tr("响应时限"))
        promise_form = QFormLayout(promises)
        level_names = {
            ResponseLevel.L1: self.tr("一级响应"),
            ResponseLevel.L2: self.tr("二级响应"),
            ResponseLevel.L3: self.tr("三级响应"),
        }
        for level in ResponseLevel:
            self.levels[level] = self._minutes(level.value)
            promise_form.addRow(level_names[level], self.cells[level.value])
        self.milestone = self._minutes("milestone_notice")
        promise_form.addRow(self.tr("里程碑完成后通知客户"), self.cells["milestone_notice"])
        self.at_risk = self._minutes("at_risk_notice")
        promise_form.addRow(self.tr("预计逾期时主动通知客户"), self.cells["at_risk_notice"])
        self.vip_around_the_clock = QCheckBox(self.tr("VIP 客户 7×24 计时"))
        self.vip_around_the_clock.setObjectName("vip_around_the_clock")
        self.basic_around_the_clock = QCheckBox(self.tr("基础客户 7×24 计时"))
        self.basic_around_the_clock.setObjectName("basic_around_the_clock")
        promise_form.addRow("", self.vip_around_the_clock)
        promise_form.addRow("", self.basic_around_the_clock)
        promise_form.addRow(
            "", QLabel(self.tr("未勾选的客户等级按工作日历计时：午休、周末、节假日不计，调休上班日照常计。"))
        )

        wording = QGroupBox(self.tr("客户通知模板"))
        wording_layout = QVBoxLayout(wording)
        placeholders = QLabel(
            self.tr("可用占位符：")
            + "　".join(f"{{{name}}} {vocabulary_text(meaning)}" for name, meaning in PLACEHOLDERS.items())
        )
        placeholders.setObjectName("placeholders")
        placeholders.setWordWrap(True)
        wording_layout.addWidget(placeholders)
        self.templates: dict[NoticeKind, QPlainTextEdit] = {}
        for kind in NoticeKind:
            edit = text_box(f"template_{kind.value}", "", 4)
            self.templates[kind] = edit
            self.cells[kind.value] = FieldCell(edit, f"{kind.value}_error")
            reset = QPushButton(self.tr("恢复默认措辞"))
            reset.clicked.connect(
                lambda _=False, k=kind: self.templates[k].setPlainText(DEFAULT_TEMPLATES[k])
            )
            title = QHBoxLayout()
            title.addWidget(QLabel(label(kind)))
            title.addStretch(1)
            title.addWidget(reset)
            wording_layout.addLayout(title)
            wording_layout.addWidget(self.cells[kind.value])

        self.save_button = QPushButton(self.tr("保存服务时效"))
        self.save_button.setObjectName("save_sla")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("保存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("sla_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(promises)
        form_layout.addWidget(wording)
        form_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(form), 1)  # the save button stays in sight below
        layout.addLayout(buttons)
        allow_only(
            database, Permission.EDIT_SETTINGS, *self.levels.values(), self.milestone, self.at_risk,
            self.vip_around_the_clock, self.basic_around_the_clock, *self.templates.values(),
            *self.findChildren(QPushButton),  # each 恢复默认措辞 and the save button
        )  # fmt: skip
        self.load()

    def _minutes(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, LONGEST_PROMISE)  # 0 and the order of the levels are refused on saving, with why
        spin.setSuffix(self.tr(" 分钟"))
        spin.setAccelerated(True)
        self.cells[name] = FieldCell(spin, f"{name}_error")
        return spin

    def load(self) -> None:
        settings = load_sla_settings(self._database)
        for level, spin in self.levels.items():
            spin.setValue(settings.level_minutes[level])
        self.milestone.setValue(settings.milestone_notice_minutes)
        self.at_risk.setValue(settings.at_risk_notice_minutes)
        self.vip_around_the_clock.setChecked(settings.vip_around_the_clock)
        self.basic_around_the_clock.setChecked(settings.basic_around_the_clock)
        for kind, text in notice_templates(self._database).items():
            self.templates[kind].setPlainText(text)

    def settings(self) -> SlaSettings:
        return SlaSettings(
            {level: spin.value() for level, spin in self.levels.items()},
            self.milestone.value(),
            self.at_risk.value(),
            self.vip_around_the_clock.isChecked(),
            self.basic_around_the_clock.isChecked(),
        )

    def save(self) -> bool:
        """Save the promises and the wording together; nothing is saved while a field is wrong."""
        texts = {kind: edit.toPlainText() for kind, edit in self.templates.items()}
        problems = {
            kind.value: problem for kind, text in texts.items() if (problem := template_problems(text))
        }
        settings = self.settings()

        def save() -> None:
            save_sla_settings(self._database, settings)
            save_notice_templates(self._database, texts)

        try:
            if not problems:
                perform(self, save)
        except ValidationFailed as failure:
            problems = failure.problems
        except NotPermitted as refusal:
            self.load()  # the settings as stored, not the refused ones
            show_problems(self.cells, {})
            self.status.setText(self.tr("未保存：{refusal}").format(refusal=message_text(refusal)))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        rest = show_problems(self.cells, problems)
        if problems:
            self.status.setText(rest or self.tr("有需要修改的地方，已在对应位置标出"))
            self.status.setStyleSheet(ERROR_STYLE)
            return False
        self.status.setText(self.tr("已保存。新的时限用于此后开始的计时和通知。"))
        self.status.setStyleSheet("")
        return True
