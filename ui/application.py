"""Starting the desktop app: fonts, language, the database, first-start setup, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.config import STARTUP_PROBE_ENV, config_dir
from app.db.database import Database, DatabaseError
from app.startup import open_office_database
from app.usecases.errors import UseCaseError
from app.usecases.office import load_office_profile
from resources import ICON_PNG_FILE
from ui.garbage_collection import IdleCollector
from ui.labels import message_text
from ui.localization import install_translators, register_cjk_font
from ui.main_window import MainWindow
from ui.preferences import Preferences

# What the startup probe prints before the wall-clock time the window was shown.
STARTUP_PROBE_PREFIX = "main-window-shown-at "
log = logging.getLogger(__name__)


class _FirstPaintProbe(QObject):
    """The cold-start benchmark's probe: prints the wall-clock time once the main window's first paint
    is done (what the person sees), then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._shown)  # after the rest of this paint: the children, the flush
        return False

    def _shown(self) -> None:
        print(f"{STARTUP_PROBE_PREFIX}{time.time()}", flush=True)
        QCoreApplication.quit()


def _show_unexpected_error(kind, error, tb) -> None:
    """Last resort for an exception no use case handled: tell the user instead of vanishing. A use
    case's refusal (app.usecases.errors: a role's NotPermitted, another desk's ConcurrentEdit…) is no
    fault: it is said, and logged without a trace."""
    title = QCoreApplication.translate("Application", "加急工作台")
    if isinstance(error, UseCaseError):  # a refusal no page caught: said as it is
        log.warning("refused: %s", error)
        QMessageBox.warning(None, title, message_text(error))
        return
    log.error("unhandled error", exc_info=(kind, error, tb))
    traceback.print_exception(kind, error, tb)
    # SQLAlchemy's message goes on with the statement and its parameters: for the log, not the user.
    said = message_text(error).split("\n[SQL:")[0]
    message = (
        said
        if isinstance(error, DatabaseError)
        else QCoreApplication.translate("Application", "发生了意外错误：{error}").format(error=said)
    )
    QMessageBox.critical(None, title, message)


def _accepted(dialog: QDialog) -> bool:
    """Run ``dialog`` with the garbage collector on: ui.launcher pauses it for the start-up, but a dialog
    waits for a person (and the first-run one may generate sample data), so garbage must go meanwhile."""
    paused = not gc.isenabled()
    gc.enable()
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        if paused:
            gc.disable()


def _log_in(database: Database) -> bool:
    """Someone logs in at this desk (``database.actor``); an office without logins creates its admin."""
    # The cold-start benchmark measures the app, not typing: it runs as the system, without a login.
    if os.environ.get(STARTUP_PROBE_ENV):
        return True
    # Loaded here, not with the module: the first-admin dialog is rarely needed, the login only at a login.
    from app.usecases.accounts import has_any_login
    from ui.first_admin_dialog import FirstAdminDialog
    from ui.login_dialog import LoginDialog

    return _accepted(LoginDialog(database) if has_any_login(database) else FirstAdminDialog(database))


def run_gui(cli_database_url: str | None) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none yet (one made by the tests is reused)
        app = QApplication(sys.argv)
    app.setOrganizationName("ExpediteDesk")
    app.setApplicationName("ExpediteDesk")
    app.setWindowIcon(QIcon(str(ICON_PNG_FILE)))
    preferences = Preferences(config_dir() / "preferences.ini")
    install_translators(app, preferences.language)  # parented to the app, which keeps them
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "加急工作台"))
    register_cjk_font(app)
    sys.excepthook = _show_unexpected_error

    try:
        opened = open_office_database(cli_database_url, daily_backup=False)  # made on a thread later
    except DatabaseError as error:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "无法打开数据库"), message_text(error)
        )
        return 1
    database = opened.database
    collector: IdleCollector | None = None
    try:
        if load_office_profile(database) is None:
            from ui.first_run_dialog import FirstRunDialog  # only on the office's very first start

            if not _accepted(FirstRunDialog(database)):
                return 0
        while _log_in(database):
            window = MainWindow(database, preferences)
            window.show()
            QTimer.singleShot(2000, window.start_reminders)  # after the first paint, not in start-up
            # What start-up built lives as long as the app: keep it out of every later collection, so
            # a collection does not walk it again (tens of milliseconds on a big office). Then garbage
            # is collected when the window can spare it (ui.launcher paused collection for start-up).
            gc.freeze()
            collector = collector or IdleCollector(app)
            if os.environ.get(STARTUP_PROBE_ENV):
                window.installEventFilter(_FirstPaintProbe(window))
            code = app.exec()
            if not window.logged_out:
                return code
            window.deleteLater()  # 注销: back to the login for the next person at this desk
            gc.unfreeze()  # the closed window's objects are garbage now: let a collection free them
        return 0
    finally:
        if collector is not None:
            collector.stop()
        database.dispose()
