"""The main window: navigation to every area of the product, pages created on first visit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

import app
from app.db.changes import Changes
from app.db.database import Database
from app.domain.permissions import Permission
from app.usecases.access import may
from app.usecases.office import load_office_profile
from ui.labels import label
from ui.preferences import Preferences
from ui.screen_fit import fit_to_screen, roomy_screen

if TYPE_CHECKING:
    from ui.board.board_page import BoardPage
    from ui.case.case_window import CaseWindow
    from ui.desk_sync import DeskSync
    from ui.gantt.gantt_page import GanttPage
    from ui.knowledge.knowledge_page import KnowledgePage
    from ui.pages.cases_view import CasesView
    from ui.pages.dashboard_view import DashboardView
    from ui.pages.resource_pool_view import ResourcePoolView
    from ui.settings.settings_view import SettingsView

PageT = TypeVar("PageT", bound=QWidget)

PAGE_KEYS = ("dashboard", "cases", "board", "gantt", "knowledge", "resources", "settings")


@runtime_checkable
class ShowsChanges(Protocol):
    """A page that shows what changed, whether written at this desk or another."""

    def apply_changes(self, changes: Changes, shown: bool) -> None: ...


def _holds(widget: QWidget, origin: QWidget | None) -> bool:
    return origin is not None and (origin is widget or widget.isAncestorOf(origin))


class MainWindow(QMainWindow):
    """Signals:
    changed(Changes, QWidget | None): records changed, by an operation of that widget here
        (ui.operations) or at another desk (None); every page created and every case window open
        shows them, but for the one the widget is in, which has shown its own result.
    """

    changed = Signal(object, object)

    def __init__(self, database: Database, preferences: Preferences) -> None:
        super().__init__()
        self.changed.connect(self._apply_changes)
        self._database = database
        self._preferences = preferences
        # Each page's module is imported when the page is first opened: the letters, charts and Excel
        # code the pages pull in (reportlab, QtCharts, openpyxl) then cost nothing at start-up.
        self._factories: dict[str, tuple[str, Callable[[], QWidget]]] = {
            "dashboard": (self.tr("工作台"), self._dashboard),
            "cases": (self.tr("案件"), self._cases_view),
            "board": (self.tr("看板"), self._board_page),
            "gantt": (self.tr("甘特图"), self._gantt_page),
            "knowledge": (self.tr("知识库"), self._knowledge_page),
            "resources": (self.tr("资源池"), self._resource_pool_view),
            "settings": (self.tr("设置"), self._settings_view),
        }
        self._pages: dict[str, QWidget] = {}
        self._case_windows: dict[int, CaseWindow] = {}
        self._running: list[QTimer | DeskSync] = []  # the timers start_reminders starts

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(self._factories[key][0])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.navigation.addItem(item)
        self.navigation.setFixedWidth(max(140, self.navigation.sizeHintForColumn(0) + 24))
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(lambda row: self.show_page(PAGE_KEYS[row]))

        self._build_menus()
        location = database.file or database.url.render_as_string(hide_password=True)
        self.statusBar().showMessage(self.tr("数据库：{location}").format(location=location))
        self.logged_out = False  # set by 注销: run_gui then shows the login again
        self.current_user = QLabel()
        self.current_user.setObjectName("current_user")
        if (actor := database.actor) is not None and not actor.system:
            self.current_user.setText(
                self.tr("{name}（{role}）").format(name=actor.name, role=label(actor.role))
            )
            self.statusBar().addPermanentWidget(self.current_user)
        self._update_title()
        fit_to_screen(self, 1200, 760)
        if not preferences.window_geometry.isEmpty():
            self.restoreGeometry(preferences.window_geometry)
        elif not roomy_screen(self):  # first start on a laptop: the whole screen, not 1200 of its 1366
            self.setWindowState(Qt.WindowState.WindowMaximized)
        last = preferences.last_page
        self.show_page(last if last in PAGE_KEYS else "dashboard")

    def _dashboard(self) -> DashboardView:
        from ui.pages.dashboard_view import DashboardView

        view = DashboardView(self._database, self._preferences)
        view.case_requested.connect(self.open_case_window)
        view.board_requested.connect(self.show_case_board)
        view.reviews_requested.connect(self.show_reviews_due)
        return view

    def show_reviews_due(self) -> None:
        from ui.knowledge.knowledge_page import KnowledgePage

        self.show_page("knowledge")
        self._page_as("knowledge", KnowledgePage).show_reviews_due()

    def _cases_view(self) -> CasesView:
        from ui.pages.cases_view import CasesView

        view = CasesView(self._database)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        view.board_requested.connect(self.show_case_board)
        view.case_requested.connect(self.open_case_window)
        return view

    def _board_page(self) -> BoardPage:
        from ui.board.board_page import BoardPage

        return BoardPage(self._database, self._preferences)

    def _gantt_page(self) -> GanttPage:
        from ui.gantt.gantt_page import GanttPage

        return GanttPage(self._database)

    def _knowledge_page(self) -> KnowledgePage:
        from ui.knowledge.knowledge_page import KnowledgePage

        page = KnowledgePage(self._database)
        page.case_requested.connect(self.show_case)
        return page

    def _resource_pool_view(self) -> ResourcePoolView:
        from ui.pages.resource_pool_view import ResourcePoolView

        return ResourcePoolView(self._database)

    def _settings_view(self) -> SettingsView:
        from ui.settings.settings_view import SettingsView

        return SettingsView(self._database, self._preferences)

    def show_case(self, case_id: int, number: str) -> None:
        """The case in the cases list, found and selected."""
        from ui.pages.cases_view import CasesView

        self.show_page("cases")
        cases = self._page_as("cases", CasesView)
        cases.search.setText(number)
        cases.select_case(case_id)

    def start_reminders(self) -> None:
        """Notices due and clocks breached, announced while the app runs (ui.notifier)."""
        # Imported here, after the first paint: start-up does not load them.
        from ui.backup_timer import DailyBackupTimer
        from ui.notifier import Notifier

        self.notifier = Notifier(self._database, self)
        self.notifier.alert.connect(lambda text: self.statusBar().showMessage(text, 60000))
        self.notifier.start()
        self._running.append(self.notifier.timer)
        # The day's backup, on a thread; again after midnight for a desk left running (ui.backup_timer).
        self.backup_timer = DailyBackupTimer(self._database, self)
        self.backup_timer.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.backup_timer.start()
        self._running.append(self.backup_timer.timer)
        self.start_desk_sync()

    def start_desk_sync(self) -> None:
        """Other desks' changes picked up within 2 seconds (ui.desk_sync), shown as this desk's own."""
        from ui.desk_sync import DeskSync

        self.desk_sync = DeskSync(self._database, self)
        self.desk_sync.changed.connect(lambda changes: self.changed.emit(changes, None))
        self.desk_sync.start()
        self._running.append(self.desk_sync)

    def _apply_changes(self, changes: Changes, origin: QWidget | None) -> None:
        """Each page created and each case window open shows ``changes``: the page in view at once,
        the others as they see fit (a hidden list reads again when next shown)."""
        current = self.current_page_key()
        for key, page in self._pages.items():
            if isinstance(page, ShowsChanges) and not _holds(page, origin):
                page.apply_changes(changes, key == current)
        for window in list(self._case_windows.values()):
            if not _holds(window, origin):
                window.apply_changes(changes)

    def open_case_window(self, case_id: int, tab: str = "") -> CaseWindow:
        """The case window (one per case: asking again brings it to the front), on ``tab`` if given."""
        window = self._case_windows.get(case_id)
        if window is None:
            from ui.case.case_window import CaseWindow  # loaded with the first case opened

            window = CaseWindow(self._database, case_id, self)
            window.destroyed.connect(lambda _=None, key=case_id: self._case_windows.pop(key, None))
            self._case_windows[case_id] = window
        if tab:
            window.show_tab(tab)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_case_board(self, case_id: int, number: str) -> None:
        from ui.board.board_page import BoardPage

        self.show_page("board")
        self._page_as("board", BoardPage).show_case(case_id, number)

    def new_intake(self) -> None:
        """前台接待 from anywhere (Ctrl+N): the new case then shows in the cases list."""
        from ui.pages.cases_view import CasesView

        self.show_page("cases")
        self._page_as("cases", CasesView).new_intake()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        intake_action = QAction(self.tr("新建接待单(&N)…"), self)
        intake_action.setShortcut(QKeySequence.StandardKey.New)
        intake_action.triggered.connect(self.new_intake)
        intake_action.setEnabled(may(self._database, Permission.INTAKE))  # save_intake checks it too
        file_menu.addAction(intake_action)
        file_menu.addSeparator()
        if self._database.actor is not None:
            password_action = QAction(self.tr("修改密码(&P)…"), self)
            password_action.triggered.connect(self.change_password)
            logout_action = QAction(self.tr("注销(&L)"), self)
            logout_action.triggered.connect(self.log_out)
            file_menu.addActions([password_action, logout_action])
            file_menu.addSeparator()
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("转到(&G)"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self._factories[key][0], self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, page=key: self.show_page(page))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于加急工作台"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _update_title(self) -> None:
        """The office and who is logged in: Qt adds the app's name (its display name) after them."""
        profile = load_office_profile(self._database)
        names = [profile.name] if profile else []
        if self.current_user.text():
            names.append(self.current_user.text())
        self.setWindowTitle(" — ".join(names))

    def change_password(self) -> None:
        from ui.change_password_dialog import ChangePasswordDialog  # not needed before the first window

        ChangePasswordDialog(self._database, parent=self).exec()

    def log_out(self) -> bool:
        """注销: after a confirmation the window closes and the login asks for the next person."""
        answer = QMessageBox.question(
            self, self.tr("注销"), self.tr("注销后将回到登录界面。未保存的修改将丢失。确定注销吗？")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.logged_out = True
        self._database.actor = None
        for window in list(self._case_windows.values()):
            window.close()
        self.close()
        return True

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use (keeps start-up light)."""
        if key not in self._pages:
            page = self._factories[key][1]()
            page.setObjectName(f"page_{key}")
            self._pages[key] = page
            self.stack.addWidget(page)
        return self._pages[key]

    def _page_as(self, key: str, kind: type[PageT]) -> PageT:
        """The page for ``key`` as the class its factory makes."""
        page = self.page(key)
        if not isinstance(page, kind):
            raise TypeError(f"page {key} is a {type(page).__name__}, not a {kind.__name__}")
        return page

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.navigation.currentRow()]

    def show_page(self, key: str) -> None:
        self.stack.setCurrentWidget(self.page(key))
        row = PAGE_KEYS.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        if key == "dashboard":
            self._update_title()  # the office name may have changed in settings

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于加急工作台"),
            self.tr("加急工作台 {version}\n代理机构加急案件的接待、计划、确认书与复盘。").format(
                version=app.__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        for running in self._running:  # nothing ticks on behind a closed window
            running.stop()
        self._preferences.window_geometry = self.saveGeometry()
        self._preferences.last_page = self.current_page_key()
        self._preferences.sync()
        super().closeEvent(event)
