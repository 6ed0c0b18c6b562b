"""A form field with its own error line beneath it: a problem is shown where it was typed; the rest
of a form's problems go on one error line."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.usecases.errors import ValidationFailed
from app.usecases.staff import list_staff
from ui.labels import message_text, person_text

ERROR_COLOR = "#c62828"
ERROR_STYLE = f"color: {ERROR_COLOR};"
DONE_STYLE = "color: #2e7d32;"


class FieldCell(QWidget):
    """``field`` with a red message under it, hidden until there is a problem; ``steady`` keeps a
    line for the message even when there is none, so that a form checked as it is typed does not
    move under the clerk's mouse."""

    def __init__(
        self, field: QWidget, error_name: str = "", parent: QWidget | None = None, *, steady: bool = False
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.error = QLabel()
        self.error.setObjectName(error_name or f"{field.objectName()}_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        if steady:
            policy = self.error.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.error.setSizePolicy(policy)
            self.error.setText("—")  # the height of one line of message, reserved
            self.error.setMinimumHeight(self.error.sizeHint().height())
            self.error.setText("")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def show_problem(self, message: str | None) -> None:
        """``message`` (app.domain.message's, or one of the screen's) in the interface's language."""
        self.error.setText(message_text(message or ""))
        self.error.setVisible(bool(message))

    def problem(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


def show_problems(cells: Mapping[str, FieldCell], problems: Mapping[str, str]) -> str:
    """Show each problem beside its field (and clear the others); returns the problems no field
    shows, joined for the form's error line."""
    for name, cell in cells.items():
        cell.show_problem(problems.get(name))
    rest = {name: message for name, message in problems.items() if name not in cells}
    return message_text(ValidationFailed(rest)) if rest else ""


def say(message: QLabel, text: str, *, error: bool = False) -> None:
    """Put what happened on a message line: red for a refusal, green for done."""
    message.setStyleSheet(ERROR_STYLE if error else DONE_STYLE)
    message.setText(message_text(text))


def editor_pane(heading: QLabel, form: QFormLayout, buttons: list[QPushButton], message: QLabel) -> QWidget:
    """The editor beside a library's list: a heading, the form, its buttons and a message line."""
    editor = QWidget()
    layout = QVBoxLayout(editor)
    layout.addWidget(heading)
    layout.addLayout(form)
    layout.addLayout(button_row(buttons))
    layout.addWidget(message)
    layout.addStretch(1)
    return editor


def button_row(buttons: list[QPushButton]) -> QHBoxLayout:
    """Buttons side by side from the left."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def error_label(name: str = "") -> QLabel:
    """A form's or a panel's error line."""
    error = QLabel()
    if name:
        error.setObjectName(name)
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    return error


def staff_combo(name: str, database: Database, empty: str | None = None) -> QComboBox:
    """A choice of the office's staff shown as ``name（role）``, the person logged in at this desk
    chosen to begin with; ``empty`` heads it as the no-one choice."""
    combo = QComboBox()
    combo.setObjectName(name)
    if empty is not None:
        combo.addItem(empty, None)
    for member in list_staff(database):
        combo.addItem(person_text(member.name, member.role), member.id)
    if database.actor is not None:
        combo.setCurrentIndex(max(0, combo.findData(database.actor.staff_id)))
    return combo


def save_shortcuts(widget: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter (either Enter key) saves a dialog whose text boxes take plain Enter for new lines."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), widget, save)


def save_cancel_buttons(dialog: QDialog, save: Callable[[], object], save_tip: str) -> QDialogButtonBox:
    """Save (also Ctrl+Enter) runs ``save``, which accepts the dialog when it stored the form; Cancel
    (Esc) rejects it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(save_tip)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    save_shortcuts(dialog, save)
    return buttons


def named_ok_cancel(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], object], cancel_text: str = ""
) -> QDialogButtonBox:
    """OK and Cancel (Enter and Esc) worded for what they do: OK runs ``on_ok``, Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if cancel_text:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_cancel_layout(dialog: QDialog, form: QFormLayout) -> QVBoxLayout:
    """A small form dialog's layout: the form, then OK and Cancel (Enter and Esc)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return layout


def fit_to_content(layout: QLayout, field: QWidget, width: int = 300) -> None:
    """A small form dialog that is always as big as its content, ``field`` at least ``width`` wide.
    A dialog given a minimum size of its own is not grown by its layout, and a layout's minimum
    ignores wrapped text: a refusal's message under a field squeezed the field to a sliver."""
    layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
    field.setMinimumWidth(width)


def text_box(name: str, placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A box for a few lines of text, ``lines`` high; Tab leaves it, as in every other field."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit
