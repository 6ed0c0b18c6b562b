"""文件 → 修改密码…, and the step a temporary password forces after logging in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.db.database import Database
from app.usecases.accounts import change_own_password
from app.usecases.errors import ValidationFailed
from ui.field_cell import FieldCell, named_ok_cancel, show_problems


def username_field(name: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setObjectName(name)
    field.setMaxLength(40)  # Staff.username's column
    return field


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


class ChangePasswordDialog(QDialog):
    """``temporary``: the password the admin gave, just typed at login; then it is not asked again."""

    def __init__(
        self, database: Database, temporary: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._temporary = temporary
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("修改密码"))
        self.old_password = password_field("old_password")
        self.new_password = password_field("new_password")
        self.repeat_password = password_field("repeat_password")
        self.cells = {
            "old_password": FieldCell(self.old_password),
            "new_password": FieldCell(self.new_password),
            "repeat_password": FieldCell(self.repeat_password),
        }
        form = QFormLayout()
        if temporary is None:
            form.addRow(self.tr("原密码"), self.cells["old_password"])
        form.addRow(self.tr("新密码"), self.cells["new_password"])
        form.addRow(self.tr("再次输入新密码"), self.cells["repeat_password"])
        buttons = named_ok_cancel(self, self.tr("保存新密码"), self.accept)
        layout = QVBoxLayout(self)
        if temporary is not None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("注销"))
            intro = QLabel(self.tr("您正在使用管理员设置的临时密码。请设置您自己的新密码后再开始工作。"))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("密码至少 8 位，不能全是数字。")))
        layout.addLayout(form)
        layout.addWidget(buttons)
        (self.new_password if temporary is not None else self.old_password).setFocus()

    def accept(self) -> None:
        old = self._temporary if self._temporary is not None else self.old_password.text()
        new = self.new_password.text()
        try:
            if new != self.repeat_password.text():
                raise ValidationFailed({"repeat_password": self.tr("两次输入的新密码不一致")})
            change_own_password(self._database, old, new)
        except ValidationFailed as failure:
            show_problems(self.cells, failure.problems)
            return
        super().accept()
