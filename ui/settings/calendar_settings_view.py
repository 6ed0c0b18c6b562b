"""工作日历: office hours, a month view of holidays and 调休, the State Council notices the office
imported (导入放假通知) with where chinesecalendar disagrees, and the office's own date overrides."""

from __future__ import annotations

from collections.abc import Callable
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
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.permissions import Permission
from app.domain.working_calendar import CalendarOverride, WorkingCalendar, day_state, library_covers
from app.usecases.access import NotPermitted
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
from app.usecases.holiday_notices import (
    NoticeImport,
    StoredNotice,
    delete_holiday_notice,
    list_holiday_notices,
)
from ui.access import allow_only
from ui.field_cell import ERROR_STYLE
from ui.labels import day_text, message_text
from ui.moments import from_qt_date, to_qt_date
from ui.operations import perform, run_operation
from ui.row_table_model import Index, RowTableModel, row_table
from ui.settings.holiday_notice_dialog import HolidayNoticeDialog

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
        """The day in words, as shown under the month view, with where the calendar has it from."""
        info = self._calendar.day(day)
        if info.note:
            state = self.tr("上班") if info.working else self.tr("休息")
            text = self.tr("本所设定：{state}（{note}）").format(state=state, note=info.note)
        else:
            text = message_text(day_state(info))
        if info.estimated:
            basis = self.tr("尚无国务院放假通知：按法定节假日及补假推算，导入通知后以通知为准")
        elif info.source:
            basis = self.tr("依据《{source}》").format(source=info.source)
        else:
            basis = self.tr("依据 chinesecalendar")
        return self.tr("{day}：{state}\n{basis}").format(day=day_text(day), state=text, basis=basis)

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


class HolidayNoticeModel(RowTableModel):
    """The imported notices, newest year first, with how chinesecalendar compares."""

    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("年份"),
            self.tr("通知"),
            self.tr("导入人"),
            self.tr("导入时间"),
            self.tr("与 chinesecalendar"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        notice: StoredNotice = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and notice.library_differences:
            return QBrush(HOLIDAY_TEXT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if notice.library_differences:
            compared = self.tr("{n} 处不同").format(n=len(notice.library_differences))
        else:
            compared = self.tr("一致") if library_covers(notice.year) else self.tr("尚无该年数据")
        values = (
            str(notice.year),
            notice.title,
            notice.imported_by,
            format_datetime(notice.imported_at),
            compared,
        )
        return values[index.column()]


class CalendarSettingsView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.confirm: Callable[[str], bool] = self._confirm  # tests answer instead of a dialog

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
        self.day_text.setWordWrap(True)
        legend = QLabel(
            self.tr("红色：法定节假日休息　蓝色：调休上班　斜体：预估（尚无放假通知）　粗体：本所设定")
        )
        legend.setWordWrap(True)
        month_box = QGroupBox(self.tr("日历（国务院放假通知，其次 chinesecalendar，再次按法律预估）"))
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
        self.override_note.setPlaceholderText(self.tr("如：本市另行安排的休息日"))
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
        overrides_box = QGroupBox(self.tr("本所日历例外（地方安排、本所自定；优先于放假通知）"))
        overrides_layout = QVBoxLayout(overrides_box)
        overrides_layout.addWidget(self.table, 1)
        overrides_layout.addLayout(form)
        overrides_layout.addWidget(self.override_error)
        overrides_layout.addLayout(buttons)

        right = QVBoxLayout()
        right.addWidget(hours_box)
        right.addWidget(self._notices_box())
        right.addWidget(overrides_box, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(month_box)
        layout.addLayout(right, 1)
        allow_only(
            database, Permission.EDIT_SETTINGS, self.hours, save_hours, self.override_day,
            self.override_working, self.override_note, add, remove,
        )  # fmt: skip
        self.reload()

    def _notices_box(self) -> QGroupBox:
        """The imported State Council notices: the office's official years, and what to do next."""
        self.years_status = QLabel()
        self.years_status.setObjectName("years_status")
        self.years_status.setWordWrap(True)
        self.notices_model = HolidayNoticeModel(self)
        self.notices_table = row_table(self.notices_model, "notice_table", 1)
        self.notices_table.setMaximumHeight(110)
        self.library_warning = QLabel()
        self.library_warning.setObjectName("library_warning")
        self.library_warning.setWordWrap(True)
        self.library_warning.setStyleSheet(ERROR_STYLE)
        self.library_warning.hide()
        self.notice_status = QLabel()
        self.notice_status.setObjectName("notice_status")
        self.notice_status.setWordWrap(True)
        self.notice_status.setStyleSheet("color: #2e7d32;")
        self.notice_status.hide()
        self.import_button = QPushButton(self.tr("导入放假通知…"))
        self.import_button.setObjectName("import_notice")
        self.import_button.setToolTip(self.tr("粘贴国务院办公厅的放假通知全文，或打开另存的 .txt / .html"))
        self.import_button.clicked.connect(self.open_notice_dialog)
        self.withdraw_button = QPushButton(self.tr("撤销所选通知"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        # The use cases refuse others anyway.
        allow_only(self._database, Permission.EDIT_SETTINGS, self.import_button, self.withdraw_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("国务院放假通知（本所正式数据，优先于 chinesecalendar 和预估）"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.years_status)
        box_layout.addWidget(self.notices_table)
        box_layout.addWidget(self.library_warning)
        box_layout.addWidget(self.notice_status)
        box_layout.addLayout(buttons)
        return box

    def reload(self) -> None:
        self.model.set_rows(list_calendar_overrides(self._database))
        calendar = load_working_calendar(self._database)
        self.month.set_working_calendar(calendar)
        self._show_selected_day()
        notices = list_holiday_notices(self._database)
        self.notices_model.set_rows(notices)
        this_year = self._database.clock.today().year
        self.years_status.setText(
            "；".join(self._year_source(calendar, year) for year in (this_year, this_year + 1))
        )
        warnings = [self._library_warning(notice) for notice in notices if notice.library_differences]
        self.library_warning.setText("\n".join(warnings))
        self.library_warning.setVisible(bool(warnings))

    def _year_source(self, calendar: WorkingCalendar, year: int) -> str:
        if year in calendar.official:
            return self.tr("{year} 年：已导入放假通知").format(year=year)
        if calendar.year_estimated(year):
            return self.tr("{year} 年：<b>预估</b>（尚无放假通知，按法律推算）").format(year=year)
        return self.tr("{year} 年：chinesecalendar").format(year=year)

    def _library_warning(self, notice: StoredNotice) -> str:
        """Where a newer chinesecalendar disagrees with the imported notice: the office must check."""
        shown = [
            self.tr("{day}：通知 {ours}，chinesecalendar {library}").format(
                day=day_text(ours.day),
                ours=message_text(day_state(ours)),
                library=message_text(day_state(library)),
            )
            for ours, library in notice.library_differences[:5]
        ]
        more = len(notice.library_differences) - len(shown)
        return self.tr(
            "⚠ chinesecalendar 已有 {year} 年数据，与导入的通知有 {n} 处不同，请核对通知原文：{days}{more}"
        ).format(
            year=notice.year,
            n=len(notice.library_differences),
            days="；".join(shown),
            more=self.tr("；等") if more else "",
        )

    def open_notice_dialog(self) -> HolidayNoticeDialog:
        dialog = HolidayNoticeDialog(self._database, self)
        dialog.imported.connect(self._notice_imported)
        dialog.open()
        return dialog

    def _notice_imported(self, result: NoticeImport) -> None:
        self.reload()
        self.notice_status.setText(
            self.tr("已导入 {year} 年放假通知，重新排程在办案件 {n} 个（详见导入窗口）。").format(
                year=result.preview.notice.year, n=len(result.rescheduled)
            )
        )
        self.notice_status.show()

    def withdraw_selected(self) -> bool:
        """Withdraw the selected year's notice (back to chinesecalendar or the estimate), after asking."""
        rows = self.notices_table.selectionModel().selectedRows()
        if not rows:
            return False
        notice: StoredNotice = self.notices_model.row_at(rows[0].row())
        question = self.tr(
            "撤销《{title}》？{year} 年将改按 chinesecalendar 或预估计算，并重新排程在办案件。"
        )
        if not self.confirm(question.format(title=notice.title, year=notice.year)):
            return False
        self.withdraw_button.setEnabled(False)
        year, now = notice.year, self._database.clock.now()
        run_operation(
            self,
            lambda: delete_holiday_notice(self._database, year, now),
            lambda rescheduled: self._withdrawn(year, rescheduled),
            self._withdraw_failed,
        )
        return True

    def _withdrawn(self, year: int, rescheduled: list) -> None:
        self.withdraw_button.setEnabled(True)
        self.reload()
        self.notice_status.setText(
            self.tr("已撤销 {year} 年放假通知，重新排程在办案件 {n} 个。").format(
                year=year, n=len(rescheduled)
            )
        )
        self.notice_status.show()

    def _withdraw_failed(self, error: Exception) -> None:
        self.withdraw_button.setEnabled(True)
        self.library_warning.setText(message_text(error))
        self.library_warning.show()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("撤销放假通知"), question)
        return answer == QMessageBox.StandardButton.Yes

    def save_hours(self) -> bool:
        text = self.hours.text()
        try:
            hours = perform(self, lambda: save_office_hours(self._database, text))
        except ValidationFailed as failure:
            self.hours_error.setText(message_text(failure.problems["office_hours"]))
            self.hours_error.show()
            return False
        except NotPermitted as refusal:  # the hours as stored, not the refused ones
            self.hours.setText(str(office_hours(self._database)))
            self.hours_error.setText(message_text(refusal))
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
            perform(self, lambda: save_calendar_override(self._database, override))
        except ValidationFailed as failure:
            self.override_error.setText(message_text(failure))
            self.override_error.show()
            return False
        except NotPermitted as refusal:
            self.override_error.setText(message_text(refusal))
            self.override_error.show()
            return False
        self.override_error.hide()
        self.override_note.clear()
        self.reload()
        return True

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        days = [self.model.row_at(row).day for row in rows]

        def delete() -> None:
            for day in days:
                delete_calendar_override(self._database, day)

        try:
            perform(self, delete)
        except NotPermitted as refusal:
            self.override_error.setText(message_text(refusal))
            self.override_error.show()
        self.reload()

    def _show_selected_day(self) -> None:
        self.day_text.setText(self.month.describe(from_qt_date(self.month.selectedDate())))
