"""工作日历: office hours, a month view of holidays and 调休, and the office's own date overrides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_date_long
from app.domain.working_calendar import CalendarOverride, WorkingCalendar
from app.usecases.calendar import (
    NOTE_LIMIT,
    delete_calendar_override,
    list_calendar_overrides,
    load_working_calendar,
    office_hours,
    save_calendar_override,
    save_office_hours,
)
from app.usecases.errors import ValidationFailed
from ui.field_cell import ERROR_STYLE
from ui.moments import from_qt_date, to_qt_date
from ui.row_table_model import Index, RowTableModel

HOLIDAY_BACKGROUND = QColor("#fdecea")
HOLIDAY_TEXT = QColor("#c62828")
MAKEUP_BACKGROUND = QColor("#e3f2fd")
MAKEUP_TEXT = QColor("#1565c0")


class CalendarOverrideModel(RowTableModel):
    """The office's overrides, one row per date."""

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("日期"), self.tr("安排"), self.tr("说明")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        override: CalendarOverride = self.row_at(index.row())
        return (
            format_date_long(override.day),
            self.tr("上班") if override.working else self.tr("休息"),
            override.note,
        )[index.column()]


class OfficeCalendarWidget(QCalendarWidget):
    """A month view that colours holidays red and make-up working days blue, estimated in italics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._calendar = WorkingCalendar()
        self.currentPageChanged.connect(lambda _year, _month: self._paint_page())

    def set_working_calendar(self, calendar: WorkingCalendar) -> None:
        self._calendar = calendar
        self._paint_page()

    def describe(self, day: date) -> str:
        """The day in words, as shown under the month view."""
        info = self._calendar.day(day)
        if info.note:
            state = self.tr("上班") if info.working else self.tr("休息")
            text = self.tr("本所设定：{state}（{note}）").format(state=state, note=info.note)
        elif info.makeup:
            text = self.tr("调休上班（{holiday}）").format(holiday=info.holiday)
        elif info.holiday and not info.working:
            text = self.tr("{holiday}假期").format(holiday=info.holiday)
        else:
            text = self.tr("工作日") if info.working else self.tr("休息日")
        if info.estimated:
            text += self.tr("（预估：尚无国务院放假安排数据）")
        return f"{format_date_long(day)}：{text}"

    def _paint_page(self) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clear the previous month's colours
        first = date(self.yearShown(), self.monthShown(), 1)
        for offset in range(-7, 45):  # the visible grid spills into the neighbouring months
            day = date.fromordinal(first.toordinal() + offset)
            info = self._calendar.day(day)
            style = QTextCharFormat()
            if info.makeup or (info.working and day.weekday() >= 5):
                style.setBackground(QBrush(MAKEUP_BACKGROUND))
                style.setForeground(QBrush(MAKEUP_TEXT))
            elif not info.working and (info.holiday or info.note):
                style.setBackground(QBrush(HOLIDAY_BACKGROUND))
                style.setForeground(QBrush(HOLIDAY_TEXT))
            if info.estimated:
                style.setFontItalic(True)
            if info.note:
                style.setFontWeight(QFont.Weight.Bold)
            style.setToolTip(self.describe(day))
            self.setDateTextFormat(to_qt_date(day), style)


class CalendarSettingsView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database

        self.hours = QLineEdit(str(office_hours(database)))
        self.hours.setObjectName("office_hours")
        self.hours.setPlaceholderText("09:00-12:00, 13:30-18:00")
        self.hours_error = QLabel()
        self.hours_error.setStyleSheet(ERROR_STYLE)
        self.hours_error.hide()
        save_hours = QPushButton(self.tr("保存办公时间"))
        save_hours.clicked.connect(self.save_hours)
        self.hours.returnPressed.connect(self.save_hours)
        hours_row = QHBoxLayout()
        hours_row.addWidget(self.hours, 1)
        hours_row.addWidget(save_hours)
        hours_box = QGroupBox(self.tr("办公时间（所有工期与承诺时间按此计算）"))
        hours_layout = QVBoxLayout(hours_box)
        hours_layout.addLayout(hours_row)
        hours_layout.addWidget(self.hours_error)

        self.month = OfficeCalendarWidget()
        self.month.setObjectName("office_calendar")
        self.day_text = QLabel()
        self.day_text.setObjectName("day_text")
        self.month.selectionChanged.connect(self._show_selected_day)
        legend = QLabel(
            self.tr("红色：法定节假日休息　蓝色：调休上班　斜体：预估（尚无放假安排数据）　粗体：本所设定")
        )
        legend.setWordWrap(True)
        month_box = QGroupBox(self.tr("日历（数据来自 chinesecalendar，国务院放假安排）"))
        month_layout = QVBoxLayout(month_box)
        month_layout.addWidget(self.month)
        month_layout.addWidget(self.day_text)
        month_layout.addWidget(legend)

        self.model = CalendarOverrideModel(self)
        self.table = QTableView()
        self.table.setObjectName("override_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 190)
        self.override_day = QDateEdit()
        self.override_day.setCalendarPopup(True)
        self.override_day.setDisplayFormat("yyyy-MM-dd")
        self.override_day.setDate(to_qt_date(database.clock.today()))
        self.override_working = QComboBox()
        self.override_working.addItem(self.tr("休息"), False)
        self.override_working.addItem(self.tr("上班"), True)
        self.override_note = QLineEdit()
        self.override_note.setMaxLength(NOTE_LIMIT)
        self.override_note.setPlaceholderText(self.tr("如：国务院办公厅 2027 年部分节假日安排的通知"))
        self.override_error = QLabel()
        self.override_error.setStyleSheet(ERROR_STYLE)
        self.override_error.hide()
        add = QPushButton(self.tr("添加或更新"))
        add.setObjectName("add_override")
        add.clicked.connect(self.add_override)
        remove = QPushButton(self.tr("删除所选"))
        remove.clicked.connect(self.remove_selected)
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.override_day)
        form.addRow(self.tr("安排"), self.override_working)
        form.addRow(self.tr("说明"), self.override_note)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        overrides_box = QGroupBox(self.tr("本所日历例外（新发布的放假通知、地方安排）"))
        overrides_layout = QVBoxLayout(overrides_box)
        overrides_layout.addWidget(self.table, 1)
        overrides_layout.addLayout(form)
        overrides_layout.addWidget(self.override_error)
        overrides_layout.addLayout(buttons)

        right = QVBoxLayout()
        right.addWidget(hours_box)
        right.addWidget(overrides_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(month_box)
        layout.addLayout(right, 1)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_calendar_overrides(self._database))
        self.month.set_working_calendar(load_working_calendar(self._database))
        self._show_selected_day()

    def save_hours(self) -> bool:
        try:
            hours = save_office_hours(self._database, self.hours.text())
        except ValidationFailed as failure:
            self.hours_error.setText(failure.problems["office_hours"])
            self.hours_error.show()
            return False
        self.hours.setText(str(hours))
        self.hours_error.hide()
        self.reload()
        return True

    def add_override(self) -> bool:
        override = CalendarOverride(
            from_qt_date(self.override_day.date()),
            self.override_working.currentData(),
            self.override_note.text(),
        )
        try:
            save_calendar_override(self._database, override)
        except ValidationFailed as failure:
            self.override_error.setText("；".join(failure.problems.values()))
            self.override_error.show()
            return False
        self.override_error.hide()
        self.override_note.clear()
        self.reload()
        return True

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            delete_calendar_override(self._database, self.model.row_at(row).day)
        self.reload()

    def _show_selected_day(self) -> None:
        self.day_text.setText(self.month.describe(from_qt_date(self.month.selectedDate())))
