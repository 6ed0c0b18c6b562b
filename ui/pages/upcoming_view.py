"""A page whose capability is not built yet: it says plainly what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class UpcomingView(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        status = QLabel(self.tr("此功能尚在开发中，将在后续版本提供。"))
        status.setStyleSheet("color: #8a6d00;")
        body = QLabel(description)
        body.setObjectName("upcoming_description")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(status)
        layout.addWidget(body)
        layout.addStretch(1)
