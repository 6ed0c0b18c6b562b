"""设置 → 账号 (the admin's): every staff member's login, role and lock; give a login, reset a password,
change a role, deactivate someone who left. The use cases check the admin's permission again."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.clock import Clock
from app.domain.vocabulary import StaffRole
from app.usecases.accounts import AccountView, deactivate, give_login, list_accounts, reset_password, set_role
from app.usecases.errors import ValidationFailed
from ui.change_password_dialog import username_field
from ui.field_cell import FieldCell, editor_pane, say, show_problems
from ui.labels import label
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table


class AccountsModel(RowTableModel):
    def __init__(self, clock: Clock, parent=None) -> None:
        super().__init__([self.tr("姓名"), self.tr("用户名"), self.tr("角色"), self.tr("登录状态")], parent)
        self._clock = clock  # whether a lock has run out

    def login_state(self, account: AccountView) -> str:
        if not account.active:
            return self.tr("已停用")
        if not account.username:
            return self.tr("未开通")
        if account.locked_until is not None and account.locked(self._clock.now()):
            return self.tr("已锁定至 {time}").format(time=format_datetime(account.locked_until))
        return self.tr("待修改临时密码") if account.must_change_password else self.tr("正常")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        account: AccountView = self.row_at(index.row())
        return (account.name, account.username, label(account.role), self.login_state(account))[
            index.column()
        ]


class AccountsView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = AccountsModel(database.clock, self)
        self.table = row_table(self.model, "accounts_table")
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

        self.heading = QLabel()
        self.username = username_field("account_username")
        self.password = QLineEdit()
        self.password.setObjectName("account_password")
        self.password.setPlaceholderText(self.tr("至少 8 位，员工首次登录时须修改"))
        self.role = QComboBox()
        self.role.setObjectName("account_role")
        for role in StaffRole:
            self.role.addItem(label(role), role.value)
        self.cells = {
            "username": FieldCell(self.username),
            "password": FieldCell(self.password),
        }
        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.cells["username"])
        form.addRow(self.tr("临时密码"), self.cells["password"])
        form.addRow(self.tr("角色"), self.role)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("give_login", self.tr("开通登录"), self.give_login),
            ("reset_password", self.tr("重置密码并解锁"), self.reset_password),
            ("set_role", self.tr("保存角色"), self.save_role),
            ("deactivate", self.tr("停用"), self.deactivate),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.message = QLabel()
        self.message.setObjectName("accounts_message")
        self.message.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(editor_pane(self.heading, form, list(self.buttons.values()), self.message), 2)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        self.model.set_rows(list_accounts(self._database))
        rows = [n for n in range(self.model.rowCount()) if self.model.row_at(n).staff_id == keep]
        self.table.selectRow(rows[0] if rows else 0)
        self._chosen(self.table.currentIndex())

    def current(self) -> AccountView | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if row >= 0 else None

    def _chosen(self, _index: QModelIndex) -> None:
        account = self.current()
        for button in self.buttons.values():
            button.setEnabled(account is not None and account.active)
        if account is None:
            return
        self.heading.setText(f"<b>{account.name}</b>")
        self.username.setText(account.username)
        self.password.clear()
        self.role.setCurrentIndex(self.role.findData(account.role.value))
        self.username.setReadOnly(bool(account.username))  # a login keeps its name; the audit shows it
        self.buttons["give_login"].setEnabled(account.active and not account.username)
        self.buttons["reset_password"].setEnabled(account.active and bool(account.username))
        show_problems(self.cells, {})

    def _do(self, action, done: str) -> None:
        """``action(account)`` on the selected account, as an operation: it reads no widget."""
        account = self.current()
        if account is None:
            return
        try:
            perform(self, lambda: action(account))
        except ValidationFailed as failure:
            say(
                self.message,
                show_problems(self.cells, failure.problems) or self.tr("请按提示修改"),
                error=True,
            )
            return
        self.refresh(keep=account.staff_id)
        say(self.message, done.format(name=account.name))

    def give_login(self) -> None:
        username, password = self.username.text(), self.password.text()
        self._do(
            lambda a: give_login(self._database, a.staff_id, username, password),
            self.tr("已为{name}开通登录，请把用户名和临时密码告诉本人"),
        )

    def reset_password(self) -> None:
        password, now = self.password.text(), self._database.clock.now()
        self._do(
            lambda a: reset_password(self._database, a.staff_id, password, now),
            self.tr("{name}的密码已重置并解锁，请把临时密码告诉本人"),
        )

    def save_role(self) -> None:
        role = StaffRole(self.role.currentData())
        self._do(
            lambda a: set_role(self._database, a.staff_id, role),
            self.tr("{name}的角色已保存，下次登录时生效"),
        )

    def deactivate(self) -> None:
        self._do(lambda a: deactivate(self._database, a.staff_id), self.tr("{name}已停用，不能再登录"))
