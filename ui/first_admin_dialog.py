"""An office without any login (new, or upgraded from a version without accounts) first creates
its system administrator, who then gives the staff their logins in 设置 → 账号."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db.database import Database
from app.usecases.accounts import create_first_admin
from app.usecases.errors import ValidationFailed
from ui.change_password_dialog import password_field, username_field
from ui.field_cell import FieldCell, fit_to_content, named_ok_cancel, show_problems


class FirstAdminDialog(QDialog):
    """Accepted with the new admin logged in (``database.actor``)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setObjectName("first_admin_dialog")
        self.setWindowTitle(self.tr("创建系统管理员账号"))
        intro = QLabel(
            self.tr(
                "本机构还没有登录账号。请先创建系统管理员账号：管理员在“设置 → 账号”中为每位员工开通登录、"
                "分配角色和重置密码。请牢记此密码。"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("admin_name")
        self.name.setMaxLength(60)
        self.username = username_field("admin_username", "admin")
        self.password = password_field("admin_password")
        self.repeat_password = password_field("admin_repeat_password")
        self.cells = {
            "name": FieldCell(self.name),
            "username": FieldCell(self.username),
            "password": FieldCell(self.password),
            "repeat_password": FieldCell(self.repeat_password),
        }
        form = QFormLayout()
        form.addRow(self.tr("姓名 *"), self.cells["name"])
        form.addRow(self.tr("用户名 *"), self.cells["username"])
        form.addRow(self.tr("密码 *"), self.cells["password"])
        form.addRow(self.tr("再次输入密码 *"), self.cells["repeat_password"])
        buttons = named_ok_cancel(self, self.tr("创建并登录"), self.accept, self.tr("退出"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("用户名用英文字母或数字；密码至少 8 位，不能全是数字。")))
        layout.addWidget(buttons)
        fit_to_content(layout, self.name)
        self.name.setFocus()

    def accept(self) -> None:
        try:
            if self.password.text() != self.repeat_password.text():
                raise ValidationFailed({"repeat_password": self.tr("两次输入的密码不一致")})
            actor = create_first_admin(
                self._database, self.name.text(), self.username.text(), self.password.text()
            )
        except ValidationFailed as failure:
            show_problems(self.cells, failure.problems)
            return
        self._database.actor = actor
        super().accept()
