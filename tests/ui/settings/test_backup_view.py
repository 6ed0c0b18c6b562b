"""备份与恢复 as a person uses it: back up now, keep settings, restore a real backup file."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QTabWidget
from sqlalchemy import create_engine

from app.db.backup import find_backups
from app.db.database import Database
from app.domain.backup_rotation import BackupKind
from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.usecases.backups import backup_now, backup_settings
from tests.helpers import NOW
from ui.backup_timer import DailyBackupTimer
from ui.settings.backup_view import BackupView
from ui.settings.settings_view import SettingsView

PASSWORD = "前台的备份密码"


def _view(qtbot, database: Database) -> BackupView:
    view = BackupView(database)
    qtbot.addWidget(view)
    return view


def _cells(view: BackupView, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def _feedback_rows(database: Database) -> int:
    with sqlite3.connect(database.file) as connection:
        return connection.execute("SELECT count(*) FROM client_feedback").fetchone()[0]


def test_backup_now_shows_in_the_list(qtbot, sample_database: Database):
    view = _view(qtbot, sample_database)
    assert view.model.rowCount() == 0 and not view.restore_selected_button.isEnabled()
    qtbot.mouseClick(view.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert _cells(view, 0)[1:5] == ["手动", _cells(view, 0)[2], "否", "完整"]
    assert "已通过完整性检查" in view.message.text()
    assert view.restore_selected_button.isEnabled()


def test_an_encrypted_backup_needs_the_password_twice(qtbot, sample_database: Database):
    view = _view(qtbot, sample_database)
    view.encrypt.setChecked(True)
    view.password.setText(PASSWORD)  # QTest cannot type Chinese characters
    view.password_again.setText(PASSWORD + "x")
    view.back_up_now()
    assert view.backup_cells["password_again"].problem() == "两次输入的密码不一致"
    assert find_backups(sample_database.file) == []
    view.password_again.setText(PASSWORD)
    view.back_up_now()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert _cells(view, 0)[3:5] == ["已加密", "完整"] and _cells(view, 0)[5].endswith(".enc")
    assert view.password.text() == ""  # not kept in the form either


def test_a_backup_cut_short_is_shown_as_not_whole_in_red(qtbot, sample_database: Database):
    backup = backup_now(sample_database, NOW)
    backup.write_bytes(backup.read_bytes()[:8192])
    view = _view(qtbot, sample_database)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    assert _cells(view, 0)[4] == "不完整，无法恢复"
    colour = view.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole)
    assert colour.name() == "#c62828"


def test_the_rotation_settings_are_saved(qtbot, sample_database: Database):
    view = _view(qtbot, sample_database)
    assert (view.daily_keep.value(), view.monthly_keep.value()) == (7, 12)
    view.daily_keep.setValue(14)
    view.monthly_keep.setValue(24)
    view.save_rotation()
    assert backup_settings(sample_database) == type(backup_settings(sample_database))(14, 24)
    assert "已保存" in view.message.text()


@pytest.fixture
def answers(monkeypatch):
    """What the person answers in the password and confirmation dialogs; what they were told."""
    given = {"password": (PASSWORD, True), "confirm": QMessageBox.StandardButton.Yes, "told": []}
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: given["password"])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: given["confirm"])
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: given["told"].append(text))
    return given


def test_restore_a_sealed_backup_brings_back_a_deleted_row(qtbot, sample_database: Database, answers):
    backup_now(sample_database, NOW - timedelta(hours=1), PASSWORD)
    rows = _feedback_rows(sample_database)
    with sample_database.engine.begin() as connection:
        connection.exec_driver_sql(
            "DELETE FROM client_feedback WHERE id = (SELECT min(id) FROM client_feedback)"
        )
    view = _view(qtbot, sample_database)
    view.table.selectRow(0)
    with qtbot.waitSignal(view.restored, timeout=20000) as restored:
        assert view.restore_selected()
    assert _feedback_rows(sample_database) == rows
    assert not view.findChild(QProgressDialog, "restore_progress").isVisible()
    assert "原来的数据已另存为" in restored.args[0] and answers["told"] == [restored.args[0]]
    kinds = [_cells(view, row)[1] for row in range(view.model.rowCount())]
    assert kinds == ["恢复前", "手动"]
    saved_aside = find_backups(sample_database.file)[0]
    assert saved_aside.kind is BackupKind.BEFORE_RESTORE
    with sqlite3.connect(saved_aside.path) as connection:
        assert connection.execute("SELECT count(*) FROM client_feedback").fetchone() == (rows - 1,)


def test_a_wrong_password_restores_nothing(qtbot, sample_database: Database, answers):
    sealed = backup_now(sample_database, NOW - timedelta(hours=1), PASSWORD)
    with sample_database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM client_feedback")
    answers["password"] = ("猜一个", True)
    view = _view(qtbot, sample_database)
    with qtbot.assertNotEmitted(view.restored):
        assert view.restore(sealed)
        qtbot.waitUntil(lambda: view.message.text() == "备份密码不正确", timeout=10000)
    assert _feedback_rows(sample_database) == 0
    assert [b.kind for b in find_backups(sample_database.file)] == [BackupKind.MANUAL]


def test_a_file_that_is_no_backup_is_refused_and_cancel_changes_nothing(
    qtbot, sample_database: Database, answers, tmp_path: Path, monkeypatch
):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("会议记录" * 200)
    monkeypatch.setattr("ui.settings.backup_view.open_file", lambda *args: notes)
    view = _view(qtbot, sample_database)
    qtbot.mouseClick(view.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不是加急工作台的备份" in view.message.text(), timeout=10000)
    good = backup_now(sample_database, NOW)
    answers["confirm"] = QMessageBox.StandardButton.No
    assert not view.restore(good)
    assert [b.kind for b in find_backups(sample_database.file)] == [BackupKind.MANUAL]


def test_only_an_admin_may_restore(qtbot, sample_database: Database):
    backup_now(sample_database, NOW)
    sample_database.actor = Actor(1, "前台小王", StaffRole.FRONT_DESK, "wang")
    view = _view(qtbot, sample_database)
    assert not view.restore_selected_button.isEnabled() and not view.restore_file_button.isEnabled()


def test_a_postgresql_office_is_told_to_use_pg_dump(qtbot):
    database = Database(create_engine("postgresql+psycopg://clerk@db.office.lan/expedite"))
    view = _view(qtbot, database)
    assert "pg_dump" in view.message.text()
    assert view.findChild(QTabWidget) is None and not hasattr(view, "table")


def test_the_settings_page_has_the_backup_tab(qtbot, sample_database: Database, preferences):
    settings = SettingsView(sample_database, preferences)
    qtbot.addWidget(settings)
    titles = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert "备份与恢复" in titles


def test_the_daily_backup_runs_once_a_day_off_the_gui_thread(qtbot, sample_database: Database):
    timer = DailyBackupTimer(sample_database)
    messages = []
    timer.message.connect(messages.append)
    assert timer.check(NOW)
    assert not timer.check(NOW)  # one under way
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=10000)
    assert "已完成今日自动备份" in messages[0]
    assert not timer.check(NOW.replace(hour=23))
    assert timer.check(NOW + timedelta(days=1))  # past midnight
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=10000)
    assert [b.kind for b in find_backups(sample_database.file)] == [BackupKind.DAILY] * 2
