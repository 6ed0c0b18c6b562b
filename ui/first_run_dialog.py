"""First start: set up the office profile, and optionally load sample data to explore with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.usecases.errors import ValidationFailed
from app.usecases.office import save_office_profile
from ui.field_cell import named_ok_cancel
from ui.labels import message_text
from ui.office_profile_form import OfficeProfileForm
from ui.operations import perform
from ui.worker import run_in_background

SAMPLE_CASES = 200


class FirstRunDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("欢迎使用加急工作台"))
        intro = QLabel(
            self.tr(
                "请先填写本机构的信息，它们会打印在加急服务确认书上，以后可在“设置”中修改。带 * 的为必填项。"
            )
        )
        intro.setWordWrap(True)
        self.form = OfficeProfileForm()
        self.load_sample = QCheckBox(
            self.tr("同时载入示例数据（{cases} 个加急案件，便于熟悉功能）").format(cases=SAMPLE_CASES)
        )
        self.load_sample.setObjectName("load_sample")
        self.demo_logins = QLabel(
            self.tr(
                "示例数据带有登录账号：系统管理员 {admin}；员工的用户名为姓名拼音"
                "（如主管 zhoumingyuan、前台 chenjing、合规 hexue）；密码均为 {password}。"
            ).format(admin=DEMO_ADMIN, password=DEMO_PASSWORD)
        )
        self.demo_logins.setObjectName("demo_logins")
        self.demo_logins.setWordWrap(True)
        self.demo_logins.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_logins.setVisible(False)
        self.load_sample.toggled.connect(self.demo_logins.setVisible)
        self._buttons = named_ok_cancel(self, self.tr("开始使用"), self.accept, self.tr("退出"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.load_sample)
        layout.addWidget(self.demo_logins)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        profile = self.form.profile()
        try:
            perform(self, lambda: save_office_profile(self._database, profile))
        except ValidationFailed as failure:
            self.form.show_problems(failure.problems)
            return
        if not self.load_sample.isChecked():
            super().accept()
            return
        self._buttons.setEnabled(False)
        progress = QProgressDialog(self.tr("正在生成示例数据…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.show()

        def done(_summary) -> None:
            progress.close()
            super(FirstRunDialog, self).accept()

        def failed(error: Exception) -> None:
            progress.close()
            self._buttons.setEnabled(True)
            said = self.tr("示例数据生成失败：{error}").format(error=message_text(error))
            QMessageBox.warning(self, self.tr("示例数据"), said)

        run_in_background(lambda: _sample(self._database), done, failed, self)


def _sample(database: Database):
    # Imported here: the sample also writes letters (reportlab), which the first window need not load.
    from app.sample.office import generate_sample_office

    return generate_sample_office(database, SAMPLE_CASES)
