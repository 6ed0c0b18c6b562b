"""备份与恢复: the backup folder and its backups, a backup now (optionally sealed with a password),
how many daily and monthly backups to keep, and restoring the office from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database, DatabaseError
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.usecases.backups import (
    MAX_DAILY_KEEP,
    MAX_MONTHLY_KEEP,
    BackupFile,
    RestoreResult,
    backup_now,
    backup_settings,
    backup_unavailable_reason,
    database_backup_folder,
    is_sealed_backup,
    list_backups,
    restore_backup,
    save_backup_settings,
)
from app.usecases.errors import NotPermitted, UseCaseError, ValidationFailed
from ui.access import allow_only
from ui.change_password_dialog import password_field
from ui.field_cell import ERROR_COLOR, FieldCell, button_row, say, show_problems
from ui.file_dialogs import open_file
from ui.labels import label, message_text
from ui.operations import perform
from ui.row_table_model import Index, RowTableModel, row_table, selected_row
from ui.worker import run_in_background


def size_text(size: int) -> str:
    """``820 KB``, ``196.5 MB``: a file's size as people read it."""
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def _note(text: str) -> QLabel:
    note = QLabel(text)
    note.setWordWrap(True)
    return note


def _count_box(name: str, least: int, most: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(least, most)
    box.setSuffix(suffix)
    box.setMaximumWidth(160)
    return box


class BackupModel(RowTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                self.tr("备份时间"),
                self.tr("类型"),
                self.tr("大小"),
                self.tr("加密"),
                self.tr("完整性"),
                self.tr("文件"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        backup: BackupFile = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_datetime(backup.taken_at),
                label(backup.kind),
                size_text(backup.size),
                self.tr("已加密") if backup.encrypted else self.tr("否"),
                self.tr("完整") if backup.whole else self.tr("不完整，无法恢复"),
                backup.path.name,
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not backup.whole:
            return QColor(ERROR_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class BackupView(QWidget):
    """Signals: restored(str) — the office's data was replaced; the text says what happened."""

    restored = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_view")
        self._database = database
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("backup_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        unavailable = backup_unavailable_reason(database)
        if unavailable is not None:  # PostgreSQL: the server's own tools, with the command to use
            say(self.message, unavailable, error=True)
            layout.addWidget(self.message)
            layout.addStretch(1)
            return
        self._folder = database_backup_folder(database)

        folder = QLabel(str(self._folder))
        folder.setObjectName("backup_folder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("打开备份文件夹"))
        open_folder.setObjectName("open_backup_folder")
        open_folder.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("备份文件夹：")))
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        self.model = BackupModel(self)
        self.table = row_table(self.model, "backup_list")
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_selected_button = QPushButton(self.tr("从所选备份恢复…"))
        self.restore_selected_button.setObjectName("restore_selected")
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("从其他文件恢复…"))
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        restoring = (self.restore_selected_button, self.restore_file_button)
        allow_only(database, Permission.BACKUP_RESTORE, *restoring)

        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([self.restore_selected_button, self.restore_file_button]))
        boxes = QHBoxLayout()
        boxes.addWidget(self._backup_box(), 1)
        boxes.addWidget(self._rotation_box(), 1)
        layout.addLayout(boxes)
        layout.addWidget(self.message)
        self.refresh()

    def _backup_box(self) -> QGroupBox:
        self.encrypt = QCheckBox(self.tr("用密码加密"))
        self.encrypt.setObjectName("backup_encrypt")
        self.password = password_field("backup_password")
        self.password_again = password_field("backup_password_again")
        for field in (self.password, self.password_again):
            field.setMaximumWidth(260)
            field.setEnabled(False)
            self.encrypt.toggled.connect(field.setEnabled)
        self.backup_cells = {
            "password": FieldCell(self.password, "backup_password_error"),
            "password_again": FieldCell(self.password_again, "backup_password_again_error"),
        }
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        # A manual backup is a full, unmasked copy of the office: the admin's, as restoring is.
        allow_only(self._database, Permission.BACKUP_RESTORE, self.encrypt, self.backup_button)
        box = QGroupBox(self.tr("立即备份"))
        form = QFormLayout(box)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("密码"), self.backup_cells["password"])
        form.addRow(self.tr("再次输入密码"), self.backup_cells["password_again"])
        form.addRow(
            "",
            _note(
                self.tr(
                    "密码不会保存在任何地方：忘记密码，这个备份就无法恢复。自动备份不加密，存放在上面的文件夹中。"
                )
            ),
        )
        form.addRow("", button_row([self.backup_button]))
        return box

    def _rotation_box(self) -> QGroupBox:
        settings = backup_settings(self._database)
        self.daily_keep = _count_box("backup_daily_keep", 1, MAX_DAILY_KEEP, self.tr(" 天"))
        self.daily_keep.setValue(settings.daily_keep)
        self.monthly_keep = _count_box("backup_monthly_keep", 0, MAX_MONTHLY_KEEP, self.tr(" 个月"))
        self.monthly_keep.setValue(settings.monthly_keep)
        self.rotation_cells = {
            "daily_keep": FieldCell(self.daily_keep, "backup_daily_keep_error"),
            "monthly_keep": FieldCell(self.monthly_keep, "backup_monthly_keep_error"),
        }
        save = QPushButton(self.tr("保存保留设置"))
        save.setObjectName("save_backup_rotation")
        save.clicked.connect(self.save_rotation)
        allow_only(self._database, Permission.EDIT_SETTINGS, self.daily_keep, self.monthly_keep, save)
        box = QGroupBox(self.tr("自动备份"))
        form = QFormLayout(box)
        form.addRow(
            "", _note(self.tr("每天第一次打开加急工作台时自动备份一次；整夜开着的工作台在零点后补做。"))
        )
        form.addRow(self.tr("保留每日备份"), self.rotation_cells["daily_keep"])
        form.addRow(self.tr("保留每月备份"), self.rotation_cells["monthly_keep"])
        form.addRow(
            "",
            _note(self.tr("升级前和恢复前的备份各保留最近 10 个；手动备份不会自动删除。")),
        )
        form.addRow("", button_row([save]))
        return box

    def refresh(self) -> None:
        self.model.set_rows(list_backups(self._database, self._database.clock.now()))
        self.restore_selected_button.setEnabled(
            self.restore_file_button.isEnabled() and self.model.rowCount() > 0
        )

    def open_folder(self) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def save_rotation(self) -> None:
        daily_keep, monthly_keep = self.daily_keep.value(), self.monthly_keep.value()
        try:
            perform(self, lambda: save_backup_settings(self._database, daily_keep, monthly_keep))
        except ValidationFailed as failure:
            say(self.message, show_problems(self.rotation_cells, failure.problems), error=True)
            return
        except (DatabaseError, UseCaseError) as error:
            if isinstance(error, NotPermitted):  # the stored numbers, not the refused ones
                settings = backup_settings(self._database)
                self.daily_keep.setValue(settings.daily_keep)
                self.monthly_keep.setValue(settings.monthly_keep)
            say(self.message, message_text(error), error=True)
            return
        show_problems(self.rotation_cells, {})
        say(self.message, self.tr("保留设置已保存：下次自动备份时按新设置清理旧备份。"))

    def back_up_now(self) -> None:
        password = ""
        if self.encrypt.isChecked():
            password = self.password.text()
            problems = {}
            if not password:
                problems["password"] = self.tr("请输入密码")
            elif password != self.password_again.text():
                problems["password_again"] = self.tr("两次输入的密码不一致")
            show_problems(self.backup_cells, problems)
            if problems:
                return
        moment = self._database.clock.now()
        self.backup_button.setEnabled(False)
        say(self.message, self.tr("正在备份……"))
        run_in_background(
            lambda: backup_now(self._database, moment, password or None),
            self._backed_up,
            self._backup_failed,
            self,
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.password.clear()
        self.password_again.clear()
        self.refresh()
        say(self.message, self.tr("已备份：{name}（已通过完整性检查）").format(name=path.name))

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        if not isinstance(error, DatabaseError):
            raise error
        say(self.message, message_text(error), error=True)

    def restore_selected(self) -> bool:
        backup = selected_row(self.table)
        if backup is None:
            say(self.message, self.tr("请先在列表中选择一个备份"), error=True)
            return False
        return self.restore(backup.path)

    def restore_from_file(self) -> None:
        chosen = open_file(
            self,
            self.tr("选择要恢复的备份"),
            self.tr("加急工作台备份 (*.sqlite3 *.enc);;所有文件 (*)"),
            self._folder,
        )
        if chosen:
            self.restore(chosen)

    def restore(self, path: Path) -> bool:
        """Ask for the password of a sealed file and a confirmation, then restore on a thread; True
        when the restore was started (``restored`` is emitted when it is done)."""
        password = None
        if is_sealed_backup(path):
            password, entered = QInputDialog.getText(
                self,
                self.tr("备份密码"),
                self.tr("该备份已加密，请输入备份时设置的密码："),
                QLineEdit.EchoMode.Password,
            )
            if not entered:
                return False
        question = self.tr(
            "将用备份“{name}”替换当前的全部数据。\n\n"
            "恢复前会先把当前数据另存为一个“恢复前”备份，需要时可再恢复回来。"
            "备份文件会先做检查，有问题时不会替换任何数据。\n\n"
            "恢复完成后加急工作台将关闭，请重新打开。确定恢复吗？"
        ).format(name=path.name)
        confirmed = QMessageBox.question(self, self.tr("从备份恢复"), question)
        if confirmed != QMessageBox.StandardButton.Yes:
            return False
        # Seconds on a large office: on a thread, behind a dialog that keeps every other action away.
        self._progress = QProgressDialog(self.tr("正在检查备份并恢复数据，请稍候……"), "", 0, 0, self)
        self._progress.setObjectName("restore_progress")
        self._progress.setWindowTitle(self.tr("从备份恢复"))
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        run_in_background(
            lambda: restore_backup(self._database, path, password, self._database.clock.now()),
            self._restored,
            self._restore_failed,
            self,
        )
        return True

    def _restore_failed(self, error: Exception) -> None:
        self._progress.close()
        if not isinstance(error, DatabaseError | UseCaseError):  # a refusal: NotPermitted
            raise error
        say(self.message, message_text(error), error=True)
        self.refresh()

    def _restored(self, result: RestoreResult) -> None:
        self._progress.close()
        migrated = (
            self.tr("备份来自旧版本，数据库结构已升级到 {revision}。\n").format(
                revision=result.migration.to_revision
            )
            if result.migration.changed
            else ""
        )
        text = self.tr(
            "已从备份恢复数据。\n原来的数据已另存为：{saved}\n{migrated}加急工作台现在关闭，请重新打开并登录。"
        ).format(saved=result.saved_aside, migrated=migrated)
        say(self.message, text)
        self.refresh()
        QMessageBox.information(self, self.tr("从备份恢复"), text)
        self.restored.emit(text)
        # Every page and window holds data of the replaced database: start afresh, logged in again.
        self.window().close()
        QCoreApplication.quit()
