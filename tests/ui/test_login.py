"""Logging in: the refusal under the fields, the lockout, the forced new password, the first admin of
an office without logins; and what the main window and settings show the person logged in."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from app.db.models import Staff
from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import (
    LOGIN_REFUSED,
    LoginFailed,
    give_login,
    has_any_login,
    login,
    must_change_password,
)
from app.usecases.intake import save_approval_threshold
from tests.app.usecases.test_intake import _form
from tests.helpers import NOW
from ui.first_admin_dialog import FirstAdminDialog
from ui.intake.intake_dialog import IntakeDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.settings.accounts_view import AccountsView
from ui.settings.settings_view import SettingsView


def _login_dialog(qtbot, database) -> LoginDialog:
    database.actor = None  # a desk before anyone logged in
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_and_enter(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_a_wrong_password_is_explained_under_the_fields_and_cleared(qtbot, sample_database):
    dialog = _login_dialog(qtbot, sample_database)
    _type_and_enter(qtbot, dialog, "chenjing", "not-the-password")
    assert dialog.error.text() == LOGIN_REFUSED
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    assert dialog.username.text() == "chenjing"
    assert dialog.isVisible() and sample_database.actor is None
    # The message makes room for itself: it does not squeeze the password field to a sliver.
    qtbot.waitUntil(
        lambda: (
            dialog.password.height() >= dialog.password.sizeHint().height()
            and dialog.error.height() >= dialog.error.sizeHint().height()
        ),
        timeout=1000,
    )
    with sample_database.unit_of_work() as session:  # one Enter, one try toward the lockout
        assert session.scalar(select(Staff.failed_logins).where(Staff.username == "chenjing")) == 1


def test_the_fifth_wrong_password_locks_the_login(qtbot, sample_database):
    dialog = _login_dialog(qtbot, sample_database)
    for n in range(5):
        _type_and_enter(qtbot, dialog, "chenjing", f"guess-{n}")
    _type_and_enter(qtbot, dialog, "chenjing", DEMO_PASSWORD)
    assert dialog.error.text() == LOGIN_REFUSED and sample_database.actor is None


def test_the_right_password_logs_in_and_sets_the_actor(qtbot, sample_database):
    dialog = _login_dialog(qtbot, sample_database)
    with qtbot.waitSignal(dialog.accepted):
        _type_and_enter(qtbot, dialog, "zhoumingyuan", DEMO_PASSWORD)
    assert sample_database.actor.name == "周明远" and sample_database.actor.role is StaffRole.MANAGER


def test_a_temporary_password_must_be_replaced_before_work(qtbot, sample_database):
    with sample_database.unit_of_work() as session:
        newcomer = Staff(name="钱多多", role=StaffRole.SPECIALIST)
        session.add(newcomer)
        session.flush()
        newcomer_id = newcomer.id
    give_login(sample_database, newcomer_id, "qianduoduo", "temp-pass-1")  # as the system
    dialog = _login_dialog(qtbot, sample_database)
    _type_and_enter(qtbot, dialog, "qianduoduo", "temp-pass-1")
    assert dialog.changing is not None and dialog.changing.isVisible() and dialog.isVisible()
    changing = dialog.changing
    changing.new_password.setText("my-own-pass")
    changing.repeat_password.setText("my-own-pasz")
    changing.accept()
    assert changing.cells["repeat_password"].problem() == "两次输入的新密码不一致"
    changing.repeat_password.setText("my-own-pass")
    with qtbot.waitSignal(dialog.accepted):
        changing.accept()
    assert sample_database.actor.staff_id == newcomer_id and not must_change_password(sample_database)


def test_cancelling_the_new_password_logs_out_again(qtbot, sample_database):
    with sample_database.unit_of_work() as session:
        staff_id = session.scalar(select(Staff.id).where(Staff.username == "lina"))
    give_login(sample_database, staff_id, "lina", "temp-pass-1")
    dialog = _login_dialog(qtbot, sample_database)
    _type_and_enter(qtbot, dialog, "lina", "temp-pass-1")
    dialog.changing.reject()
    assert sample_database.actor is None and dialog.isVisible()
    assert dialog.error.text() == "请先设置新密码，再开始工作。"


def test_an_office_without_logins_creates_its_admin_first(qtbot, database):
    assert not has_any_login(database)
    dialog = FirstAdminDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("吴宇")
    dialog.password.setText("Office-Key-9")
    dialog.repeat_password.setText("Office-Key-8")
    dialog.accept()
    assert dialog.cells["repeat_password"].problem() == "两次输入的密码不一致" and not has_any_login(database)
    dialog.repeat_password.setText("Office-Key-9")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert database.actor == login(database, "admin", "Office-Key-9", NOW)


def _as(database, username: str) -> Actor:
    database.actor = login(database, username, DEMO_PASSWORD, NOW)
    return database.actor


def test_the_main_window_shows_who_is_logged_in_and_what_they_may_do(qtbot, sample_database, preferences):
    _as(sample_database, "zhangwei")  # a specialist
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    assert window.current_user.text() == "张伟（执行专员）" and window.windowTitle().endswith(
        "张伟（执行专员）"
    )
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    assert not actions["新建接待单(&N)…"].isEnabled()
    assert {"修改密码(&P)…", "注销(&L)"} <= set(actions)
    settings = SettingsView(sample_database, preferences)
    qtbot.addWidget(settings)
    tabs = [settings.tabs.tabText(n) for n in range(settings.tabs.count())]
    assert "账号" not in tabs


def test_logging_out_asks_then_closes_for_the_next_person(qtbot, sample_database, preferences, monkeypatch):
    _as(sample_database, "chenjing")
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    assert not window.log_out() and window.isVisible() and sample_database.actor is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert window.log_out()
    assert window.logged_out and not window.isVisible() and sample_database.actor is None


@pytest.fixture
def accounts(qtbot, sample_database) -> AccountsView:
    _as(sample_database, "admin")
    view = AccountsView(sample_database)
    qtbot.addWidget(view)
    return view


def _select(view: AccountsView, name: str) -> None:
    row = next(n for n in range(view.model.rowCount()) if view.model.row_at(n).name == name)
    view.table.selectRow(row)


def _login_state(view: AccountsView) -> str:
    return view.model.data(view.model.index(view.table.currentIndex().row(), 3))


def test_the_admin_resets_a_locked_login(qtbot, accounts, sample_database, preferences):
    settings = SettingsView(sample_database, preferences)
    qtbot.addWidget(settings)
    assert "账号" in [settings.tabs.tabText(n) for n in range(settings.tabs.count())]
    for n in range(5):
        with pytest.raises(LoginFailed):
            login(sample_database, "wanglei", f"guess-{n}", NOW)
    accounts.refresh()
    _select(accounts, "王磊")
    assert accounts.model.data(accounts.model.index(accounts.table.currentIndex().row(), 3)).startswith(
        "已锁定至"
    )
    accounts.password.setText("123")
    accounts.reset_password()
    assert accounts.cells["password"].problem() == "密码至少 8 位"
    accounts.password.setText("fresh-start-1")
    accounts.reset_password()
    assert accounts.message.text() == "王磊的密码已重置并解锁，请把临时密码告诉本人"
    assert (
        accounts.model.data(accounts.model.index(accounts.table.currentIndex().row(), 3)) == "待修改临时密码"
    )
    assert login(sample_database, "wanglei", "fresh-start-1", NOW).name == "王磊"


def test_the_admin_changes_a_role_but_keeps_one_admin(accounts, sample_database):
    _select(accounts, "吴宇")
    accounts.role.setCurrentIndex(accounts.role.findData(StaffRole.MANAGER.value))
    accounts.save_role()
    assert accounts.message.text() == "至少要保留一名可登录的系统管理员"
    _select(accounts, "陈静")
    accounts.role.setCurrentIndex(accounts.role.findData(StaffRole.COORDINATOR.value))
    accounts.save_role()
    assert accounts.message.text() == "陈静的角色已保存，下次登录时生效"
    assert login(sample_database, "chenjing", DEMO_PASSWORD, NOW).role is StaffRole.COORDINATOR


def test_an_estimate_above_the_threshold_is_refused_beside_the_approval(qtbot, sample_database):
    save_approval_threshold(sample_database, "1,000")  # the sample's estimates are above it
    _as(sample_database, "chenjing")  # the front desk
    dialog = IntakeDialog(sample_database)
    qtbot.addWidget(dialog)
    dialog.set_form(_form(dialog._context))
    # No one to pick: a manager signs here with their password (tests/ui/intake/test_signatures_at_desk.py).
    assert dialog.approver.signer.text() == "（未审批）" and dialog.approver.sign_self.isHidden()
    assert dialog.approver.countersign_button.text() == "请主管现场签字…"
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "需主管审批" in dialog._cells["cost_approver"].problem()


def test_the_admin_gives_a_newcomer_a_login(accounts, sample_database):
    with sample_database.unit_of_work() as session:
        session.add(Staff(name="钱多多", role=StaffRole.SPECIALIST))
    accounts.refresh()
    _select(accounts, "陈静")
    assert not accounts.buttons["give_login"].isEnabled() and accounts.username.isReadOnly()
    _select(accounts, "钱多多")
    assert _login_state(accounts) == "未开通" and accounts.buttons["give_login"].isEnabled()
    accounts.username.setText("chenjing")
    accounts.password.setText("temp-pass-1")
    accounts.give_login()
    assert accounts.cells["username"].problem() == "用户名“chenjing”已被陈静使用"
    accounts.username.setText("qianduoduo")
    accounts.give_login()
    assert accounts.message.text() == "已为钱多多开通登录，请把用户名和临时密码告诉本人"
    assert _login_state(accounts) == "待修改临时密码"
    assert login(sample_database, "qianduoduo", "temp-pass-1", NOW).name == "钱多多"
