"""A form field with its own error line beneath it: a problem is shown where it was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c62828;"


class FieldCell(QWidget):
    """``field`` with a red message under it, hidden until there is a problem."""

    def __init__(self, field: QWidget, error_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel()
        self.error.setObjectName(error_name or f"{field.objectName()}_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def problem(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


def ok_cancel_layout(dialog: QDialog, form: QFormLayout) -> QVBoxLayout:
    """A small form dialog's layout: the form, then OK and Cancel (Enter and Esc)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return layout
