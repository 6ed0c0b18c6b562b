"""Logging in at this desk: who works here decides what the use cases allow (database.actor)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.db.database import Database
from app.usecases.accounts import LoginFailed, login, must_change_password
from app.usecases.office import load_office_profile
from ui.change_password_dialog import ChangePasswordDialog, password_field, username_field
from ui.field_cell import FieldCell, fit_to_content, named_ok_cancel
from ui.labels import message_text


class LoginDialog(QDialog):
    """Accepted once someone logged in (and replaced a temporary password); ``database.actor`` is set."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.changing: ChangePasswordDialog | None = None
        self.setObjectName("login_dialog")
        profile = load_office_profile(database)
        self.setWindowTitle(self.tr("登录 — 加急工作台"))
        heading = QLabel(f"<b style='font-size:13pt'>{profile.name if profile else ''}</b>")
        self.username = username_field("username")
        self.password = password_field("password")
        # The refusal under the password, where the next try is typed; no empty line before one.
        self.password_cell = FieldCell(self.password, "login_error")
        self.error = self.password_cell.error
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("密码"), self.password_cell)
        # Enter logs in (the default button) from either field, once: a password field wired to
        # log_in as well counted one wrong password twice toward the lockout. From the name, an
        # empty password only moves the cursor on; it is never tried (nor counted).
        buttons = named_ok_cancel(self, self.tr("登录"), self.log_in, self.tr("退出"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("忘记密码或账号被锁定时，请联系系统管理员。")))
        layout.addWidget(buttons)
        fit_to_content(layout, self.username)
        self.username.setFocus()

    def log_in(self) -> None:
        password = self.password.text()
        if not password:
            self.password.setFocus()
            return
        try:
            actor = login(self._database, self.username.text(), password, self._database.clock.now())
        except LoginFailed as refusal:
            self.password_cell.show_problem(message_text(refusal))
            self.password.clear()
            self.password.setFocus()
            return
        self._database.actor = actor
        if not must_change_password(self._database):
            self.accept()
            return
        # Not a nested exec(): the forced step is answered (or cancelled) like any other window.
        self.changing = ChangePasswordDialog(self._database, temporary=password, parent=self)
        self.changing.finished.connect(self._changed)
        self.changing.open()

    def _changed(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.accept()
            return
        self._database.actor = None  # no work on a temporary password
        self.password.clear()
        self.password_cell.show_problem(self.tr("请先设置新密码，再开始工作。"))
        self.password.setFocus()
