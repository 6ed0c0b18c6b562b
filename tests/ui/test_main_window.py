"""The main window: every page reachable and drawn, geometry and last page remembered."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication

from app.sample.logins import DEMO_PASSWORD
from app.usecases.accounts import login
from tests.helpers import NOW
from ui.board.board_page import BoardPage
from ui.gantt.gantt_page import GanttPage
from ui.knowledge.knowledge_page import KnowledgePage
from ui.main_window import PAGE_KEYS, MainWindow
from ui.pages.cases_view import CasesView
from ui.pages.dashboard_view import DashboardView
from ui.pages.resource_pool_view import ResourcePoolView
from ui.preferences import Preferences
from ui.settings.settings_view import SettingsView

PAGE_TYPES = {
    "dashboard": DashboardView,
    "cases": CasesView,
    "board": BoardPage,
    "gantt": GanttPage,
    "knowledge": KnowledgePage,
    "resources": ResourcePoolView,
    "settings": SettingsView,
}


def test_every_page_opens_from_the_navigation_and_draws(qtbot, sample_database, preferences, tmp_path: Path):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "明远企业服务有限公司（示例）"
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["工作台", "案件", "看板", "甘特图", "知识库", "资源池", "设置"]
    for row, key in enumerate(PAGE_KEYS):
        window.navigation.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert isinstance(page, PAGE_TYPES[key]) and page.objectName() == f"page_{key}"
        shot = window.grab()
        assert not shot.isNull() and shot.width() >= 1200
        assert shot.save(str(tmp_path / f"{key}.png"))
    qtbot.waitUntil(lambda: window.page("cases").model.rowCount() == 60)  # read off the GUI thread


def test_geometry_and_last_page_are_remembered(qtbot, sample_database, tmp_path: Path):
    path = tmp_path / "prefs.ini"
    first = MainWindow(sample_database, Preferences(path))
    qtbot.addWidget(first)
    first.show()
    first.resize(820, 540)  # smaller than the default, which fills the offscreen screen (1280 × 720)
    first.show_page("cases")
    size_at_close = first.size()
    first.close()

    second = MainWindow(sample_database, Preferences(path))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size_at_close == QSize(820, 540)
    assert second.current_page_key() == "cases"
    assert isinstance(second.stack.currentWidget(), CasesView)


def test_pages_are_built_only_when_first_visited(qtbot, sample_database, preferences):
    window = MainWindow(sample_database, preferences)
    qtbot.addWidget(window)
    assert window.stack.count() == 1  # the dashboard; the rest wait for their first visit
    window.show_page("cases")
    window.show_page("dashboard")
    assert window.stack.count() == 2


def test_the_title_names_the_app_once(qtbot, sample_database, preferences):
    """The desktop shows the title followed by the app's display name (set by ui.application), so
    the title itself names only the office and who is logged in."""
    app_name = QCoreApplication.translate("Application", "加急工作台")
    QApplication.setApplicationDisplayName(app_name)
    try:
        sample_database.actor = login(sample_database, "chenjing", DEMO_PASSWORD, NOW)
        window = MainWindow(sample_database, preferences)
        qtbot.addWidget(window)
        assert window.windowTitle() == "明远企业服务有限公司（示例） — 陈静（前台）"
        assert app_name not in window.windowTitle()
    finally:
        QApplication.setApplicationDisplayName("")


def test_the_first_start_on_a_laptop_screen_opens_maximized(qtbot, sample_database, preferences):
    # At 1366 × 768 the 1200-wide window left the board's last column off screen (walk 2).
    window = MainWindow(sample_database, preferences)  # no geometry saved yet; the screen is 1280 × 720
    qtbot.addWidget(window)
    window.show()
    assert window.isMaximized()
