"""Windows sized to the screen they open on. The smallest desk the app serves is 1280 × 720 logical
pixels (1366 × 768 less a taskbar; 1920 × 1080 at 150 %): every window asks for its preferred size,
less what the screen's free area (the taskbar left out) cannot hold."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: What a window's frame adds to its size: the borders and the title bar (about 30 logical pixels on Windows).
FRAME = QSize(16, 40)


def screen_room(widget: QWidget) -> QSize:
    """The largest size a window may take on ``widget``'s screen, its frame and the taskbar left out."""
    # A window not shown yet is on its parent's screen, else on the primary one.
    return widget.screen().availableGeometry().size() - FRAME


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` width × height, or as much of it as its screen holds; a dialog is centred on its
    parent's window but kept, frame and all, inside the screen's free area (Qt centres it on a maximized
    main window without counting the frame, and the bottom buttons then sink under the taskbar)."""
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))
    parent = window.parentWidget()
    if parent is not None:
        free, centre = window.screen().availableGeometry(), parent.window().frameGeometry().center()
        x = min(centre.x() - window.width() // 2, free.right() + 1 - window.width() - FRAME.width())
        y = min(centre.y() - window.height() // 2, free.bottom() + 1 - window.height() - FRAME.height())
        window.move(max(free.left(), x), max(free.top(), y))


#: A screen whose free area is smaller than this (a 1366 × 768 laptop) opens the main window maximized:
#: at its default size the board's last column would be off screen.
ROOMY = QSize(1600, 900)


def roomy_screen(widget: QWidget) -> bool:
    """Whether ``widget``'s screen has room for the main window beside other windows."""
    free = widget.screen().availableGeometry().size()
    return free.width() >= ROOMY.width() and free.height() >= ROOMY.height()


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is shorter (or narrower) than it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
