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
    """Size ``window`` width × height, or as much of it as its screen holds."""
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is shorter (or narrower) than it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
