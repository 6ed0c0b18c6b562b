"""A date, or a date and time, typed the way people say it (app/domain/typed_moment.py): as they
type, what was read shows beside the field with its weekday and the working calendar's word on the
day, and what cannot be read (or is refused) is said under it. A plain line edit: Ctrl+A and typing
replace the text, Tab leaves in one press."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from app.domain.typed_moment import parse_day, parse_moment
from app.domain.working_calendar import WorkingCalendar, day_state
from ui.field_cell import FieldCell
from ui.labels import day_text, message_text


class MomentField(FieldCell):
    """``moment()`` (or ``day()`` for a date field) is what was read, None while the field is empty
    or unreadable; ``check`` may refuse a moment that reads well (a deadline already past).

    Signals:
        edited(): the clerk changed the text.
    """

    edited = Signal()

    def __init__(
        self,
        name: str,
        calendar: WorkingCalendar,
        today: Callable[[], date],
        *,
        with_time: bool = True,
        check: Callable[[datetime], str | None] | None = None,
        placeholder: str = "",
    ) -> None:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        reading = QLabel()
        reading.setObjectName(f"{name}_reading")
        row = QWidget()
        row.setFocusProxy(edit)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(reading, 1)
        super().__init__(row, f"{name}_error", steady=True)
        self.setFocusProxy(edit)
        self.edit, self.reading = edit, reading
        self._calendar, self._today, self._with_time, self._check = calendar, today, with_time, check
        self._moment: datetime | None = None
        self._unread: str | None = None
        edit.textChanged.connect(self.recheck)  # typed, pasted or set: what shows is what is read
        edit.textEdited.connect(self._typed)

    def moment(self) -> datetime | None:
        return self._moment

    def day(self) -> date | None:
        return self._moment.date() if self._moment else None

    def unread(self) -> str | None:
        """Why the text typed cannot be read; None when it is read or empty."""
        return self._unread

    def set_moment(self, moment: datetime | date | None) -> None:
        """Show ``moment`` as if typed (without ``edited``); None empties the field."""
        if moment is None:
            text = ""
        elif isinstance(moment, datetime):
            text = f"{moment:%Y-%m-%d %H:%M}" if self._with_time else f"{moment:%Y-%m-%d}"
        else:
            text = f"{moment:%Y-%m-%d}"
        self.edit.setText(text)

    def recheck(self) -> None:
        """Read the text again (the clock or the check may have moved on)."""
        text, today = self.edit.text(), self._today()
        self._moment, self._unread, reading = None, None, ""
        if text.strip():
            try:
                if self._with_time:
                    self._moment = parse_moment(text, today, self._closing_time())
                else:
                    self._moment = datetime.combine(parse_day(text, today), time())
            except ValueError as error:
                self._unread = message_text(error)
        if self._moment is not None:
            shown = self._moment.strftime(" %H:%M") if self._with_time else ""
            state = day_state(self._calendar.day(self._moment.date()))
            reading = self.tr("{day}{time}，{state}").format(
                day=day_text(self._moment.date()), time=shown, state=message_text(state)
            )
        self.reading.setText(reading)
        refused = self._check(self._moment) if self._check and self._moment else None
        self.show_problem(self._unread or refused)

    def _typed(self) -> None:
        self.recheck()  # Qt may say textEdited before textChanged: read before telling the form
        self.edited.emit()

    def _closing_time(self) -> time:
        """A day typed alone means by the end of its office hours: ``后天`` is 后天 18:00."""
        end = self._calendar.hours.periods[-1][1]
        return time(23, 59) if end >= 24 * 60 else time(end // 60, end % 60)
