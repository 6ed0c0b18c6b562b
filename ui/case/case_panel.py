"""What the case window's tabs have in common: the case they show, the clock their writes are stamped
with, a one-line summary over a table of rows, and ``changed`` after each successful write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.usecases.errors import ConcurrentEdit, UseCaseError
from ui.field_cell import button_row, save_cancel_buttons
from ui.labels import message_text
from ui.operations import perform
from ui.row_table_model import RowTableModel, row_table, select_by_id, selected_row
from ui.worker import LatestRead

#: How often a shown panel reads its case again, so that time left counts down (milliseconds).
REFRESH_INTERVAL_MS = 30_000


def status_label(name: str) -> QLabel:
    """A panel's message line; a link in it (to a document just generated) opens the file."""
    status = QLabel()
    status.setObjectName(name)
    status.setWordWrap(True)
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    status.setOpenExternalLinks(True)
    return status


def lay_out_dialog(
    dialog: QDialog, form: QFormLayout, error: QLabel, save: Callable[[], object], save_tip: str
) -> None:
    """A case-window dialog: the form, its error line, then Save (also Ctrl+Enter) and Cancel. Spare
    height goes under the error line, not between the fields."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addStretch(1)
    layout.addWidget(save_cancel_buttons(dialog, save, save_tip))


class PanelDialog(QDialog):
    """A dialog of a case-window panel that saves through a use case. When another desk saved the
    record first, it closes and hands the message to the panel (``stale``), which reloads."""

    stale = Signal(str)

    def refuse_as_stale(self, error: ConcurrentEdit) -> None:
        self.stale.emit(message_text(error))
        self.reject()


class CasePanel(QWidget):
    """A tab of the case window; subclasses implement ``refresh()``, which reads the case again.

    Signals:
    changed(): something of the case was written here.
    """

    changed = Signal()
    error: QLabel  # the panel's error line, for write(): set by the subclasses that write

    def __init__(
        self,
        name: str,
        database: Database,
        case_id: int,
        parent: QWidget | None = None,
        to_the_second: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._database, self._case_id = database, case_id
        # The database's clock, to the minute unless the tab's lines are kept to the second.
        self.now: Callable[[], datetime] = database.clock.now if to_the_second else database.clock.minute
        self._missed_refresh = False  # see refresh_when_shown
        self.reader = LatestRead(self)  # for the panels that read their case again off the GUI thread

    def refresh(self) -> None:
        raise NotImplementedError

    def bring_forward(self) -> None:
        """The tab was opened from elsewhere (a line of 工作台) for what it shows: a panel with one
        thing such a line points to shows it; the others need nothing."""

    def add_summary_and_table(
        self, model: RowTableModel, summary_name: str, table_name: str, stretch_column: int
    ) -> None:
        """``summary``: a line on the rows; ``table``: the rows of ``model``, one selected at a time."""
        self.summary = QLabel()
        self.summary.setObjectName(summary_name)
        self.model = model
        self.table = row_table(model, table_name, stretch_column)

    def lay_out(self, body: QWidget, buttons: list[QPushButton], message: QLabel) -> None:
        """The summary over ``body`` (the table, or what holds it), then the buttons and a message line."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addLayout(button_row(buttons))
        layout.addWidget(message)
        self.message = message

    def show_stale(self, text: str) -> None:
        """A dialog of this panel was refused because another desk saved first: show what is stored."""
        self.refresh()
        self.message.setText(text)

    def refresh_while_shown(self) -> None:
        """From now on, read the case again every ``REFRESH_INTERVAL_MS`` while the panel is shown; a
        read missed while hidden (another tab in front) is made up when it is shown again."""
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.refresh_when_shown()

    def refresh_when_shown(self) -> None:
        """Read the case again now if the panel is shown, else when it next is (a tab behind others
        need not be read for each change made in front)."""
        if self.isVisible():
            self.refresh()
        else:
            self._missed_refresh = True

    def showEvent(self, event) -> None:
        if self._missed_refresh:
            self._missed_refresh = False
            self.refresh()
        super().showEvent(event)

    def selected(self) -> Any:
        """The row selected in ``table``, or None."""
        return selected_row(self.table)

    def select_by_id(self, row_id: int) -> None:
        select_by_id(self.table, row_id)

    def ask_for_person(self, title: str, prompt: str, people: list[Any], names: list[str]) -> int | None:
        """The id of the one of ``people`` (shown as ``names``) the user picks; None when cancelled."""
        name, ok = QInputDialog.getItem(self, title, prompt, names, 0, False)
        return people[names.index(name)].id if ok and name in names else None

    def write(self, action: Callable[[], object]) -> bool:
        """Run a use case; a refusal is shown on the panel's ``error`` line. The case is read again
        either way, so what is shown is what is stored."""
        try:
            perform(self, action)
        except UseCaseError as error:
            self.error.setText(message_text(error))
            self.refresh()
            return False
        self.error.clear()
        self.refresh()
        self.changed.emit()
        return True
