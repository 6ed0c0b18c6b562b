"""Every page and dialog on the smallest desk the app serves: 1280 × 720 logical pixels (1366 × 768 less
a taskbar; 1920 × 1080 at 150 %), the size of the tests' offscreen screen (tests/conftest.py). Each
window opens within the screen, frame included, and each of its buttons lies whole in sight; a button
in a scrolling area counts as in sight, the area scrolls to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

from tests.ui.screens import dialogs, interface_language, tabs
from ui.gantt.gantt_page import GanttPage
from ui.main_window import PAGE_KEYS, MainWindow
from ui.screen_fit import FRAME

DESK = QRect(0, 0, 1280, 720)


def _in_a_scrolling_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _unfit(name: str, window: QWidget) -> list[str]:
    """What of ``window`` is out of sight on the desk: the window (its frame added), or a button."""
    for _ in range(3):  # a tab's layout tells its window's layout, one level each time round
        QApplication.processEvents()
    problems = []
    # Offscreen windows have no frame: the room it takes is added, but to a maximized window, which
    # the window manager fits to the screen frame and all (a laptop's main window opens so).
    framed = window.size() + (QSize() if window.isMaximized() else FRAME)
    if not DESK.contains(window.geometry()) or not DESK.contains(QRect(window.pos(), framed)):
        problems.append(f"{name}: {window.width()}×{window.height()} at ({window.x()}, {window.y()})")
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or _in_a_scrolling_area(button, window):
            continue
        seen = button.visibleRegion().boundingRect()
        if seen != button.rect() or not DESK.contains(QRect(button.mapToGlobal(seen.topLeft()), seen.size())):
            problems.append(f"{name}: button “{button.text()}” shows {seen.width()} × {seen.height()} pixels")
    return problems


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp) -> Iterator[str]:
    """The interface in each language (English labels are longer)."""
    with interface_language(qapp, request.param):
        yield request.param


def test_every_page_and_dialog_fits_a_1280_by_720_desk(
    qtbot, sample_database, preferences, tmp_path, language
):
    screen = QApplication.primaryScreen()
    assert screen.availableGeometry() == DESK, "the offscreen screen of tests/conftest.py"
    main = MainWindow(sample_database, preferences)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    problems = []
    for key in PAGE_KEYS:
        main.show_page(key)
        problems += [problem for name in tabs(key, main) for problem in _unfit(name, main)]
    for name, open_dialog in dialogs(sample_database, main, tmp_path):
        dialog = open_dialog()
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [problem for shown in tabs(name, dialog) for problem in _unfit(shown, dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_gantt_chart_keeps_half_the_width(qtbot, sample_database, preferences):
    main = MainWindow(sample_database, preferences)
    qtbot.addWidget(main)
    main.show()
    main.show_page("gantt")
    page = main.page("gantt")
    assert isinstance(page, GanttPage)
    qtbot.waitUntil(lambda: not page.reader.pending)  # the overview and its cases at risk shown
    for width in (1264, 1100):  # the desk's width less the frame (the bar area had 150 px), and less
        main.resize(width, 680)
        QApplication.processEvents()
        assert page.chart.width() * 2 >= page.splitter.width() - 2 * page.splitter.handleWidth()
    handle = page.splitter.handle(1)  # between the table and the chart: dragged far to the right
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton)
    qtbot.mouseMove(handle, handle.rect().center() + QPoint(500, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center() + QPoint(500, 0))
    assert page.chart.width() * 2 >= page.splitter.width() - 2 * page.splitter.handleWidth()
