"""导入放假通知: paste the State Council's notice (or open a saved .txt/.html), see every day off and
make-up working day it gives and what changes against the calendar in force, then save it as the
office's official data for the year; the open cases it reschedules are listed with their old and
new projected finishes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.holiday_notice import LineKind, NoticeLine
from app.domain.working_calendar import ArrangedDay, day_state
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import ValidationFailed
from app.usecases.holiday_notices import (
    NoticeImport,
    NoticePreview,
    RescheduledCase,
    import_holiday_notice,
    preview_holiday_notice,
    read_notice_file,
)
from ui.field_cell import ERROR_STYLE
from ui.file_dialogs import open_file
from ui.labels import day_text, label, message_text
from ui.operations import run_operation
from ui.row_table_model import Index, RowTableModel, row_table
from ui.screen_fit import fit_to_screen

#: Typing pauses this long before the notice is read again.
PREVIEW_DELAY_MS = 300
PROBLEM = QColor("#c62828")
MAKEUP = QColor("#1565c0")
MOVED = QColor("#b26a00")  # a case whose projected finish moved


class ArrangedDayModel(RowTableModel):
    """The notice's days: every day off and every make-up working day, with its holiday."""

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("日期"), self.tr("安排"), self.tr("节日")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        day: ArrangedDay = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and day.working:
            return QBrush(MAKEUP)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = self.tr("调休上班") if day.working else self.tr("放假")
        return (format_date_long(day.day), state, day.holiday)[index.column()]


class DayChangeModel(RowTableModel):
    """What the notice changes against the calendar in force, day by day."""

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("日期"), self.tr("现行日历"), self.tr("按通知")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        before, after = self.row_at(index.row())
        return (day_text(before.day), message_text(day_state(before)), message_text(day_state(after)))[
            index.column()
        ]


class NoticeLineModel(RowTableModel):
    """Every line of the text as read: none is skipped, an unreadable one is red with its reason."""

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr("行"), self.tr("识别为"), self.tr("内容与问题")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        line: NoticeLine = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and line.problems:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([line.text, *map(message_text, line.problems)])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        text = line.text + "".join(f"　⚠ {message_text(problem)}" for problem in line.problems)
        return (str(line.number), label(line.kind), text)[index.column()]


class RescheduledCaseModel(RowTableModel):
    """The open cases the notice rescheduled, with their old and new projected finishes."""

    def __init__(self, parent=None) -> None:
        headers = [
            self.tr("案件"),
            self.tr("客户"),
            self.tr("原预计完成"),
            self.tr("新预计完成"),
            self.tr("已签承诺"),
        ]
        super().__init__(headers, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        case: RescheduledCase = self.row_at(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and case.moved:
            return QBrush(MOVED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (case.old_finish, case.new_finish, case.committed_finish)
        moments = [format_datetime(value) if value else "—" for value in values]
        return (case.number, case.client, *moments)[index.column()]


class HolidayNoticeDialog(QDialog):
    """Signals:
    imported(object): the NoticeImport of a saved notice (the settings page reloads its calendar).
    """

    imported = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入放假通知"))
        self._database = database
        self._calendar = load_working_calendar(database)  # the calendar in force, read once
        self.preview: NoticePreview | None = None
        self.saved: NoticeImport | None = None

        hint = QLabel(
            self.tr(
                "把国务院办公厅《关于 XXXX 年部分节假日安排的通知》全文（含标题）粘贴到下面，"
                "或打开另存的 .txt / .html 文件。保存前先逐行检查，并列出与现行日历的差别。"
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("notice_text")
        self.text.setPlaceholderText(
            self.tr("一、元旦：1月1日（周五）放假1天，不调休。\n二、春节：……放假调休，共8天。……上班。")
        )
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.read_text)
        self.text.textChanged.connect(self._timer.start)
        open_button = QPushButton(self.tr("打开文件…"))
        open_button.clicked.connect(self.choose_file)
        self.file_error = QLabel()
        self.file_error.setStyleSheet(ERROR_STYLE)
        self.file_error.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.text, 1)
        left_layout.addWidget(self.file_error)
        left_layout.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.summary = QLabel(self.tr("尚未粘贴通知。"))
        self.summary.setObjectName("notice_summary")
        self.summary.setWordWrap(True)
        self.days_model = ArrangedDayModel(self)
        self.changes_model = DayChangeModel(self)
        self.lines_model = NoticeLineModel(self)
        self.cases_model = RescheduledCaseModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(row_table(self.days_model, "notice_days", 2), self.tr("放假与调休上班"))
        self.tabs.addTab(row_table(self.changes_model, "notice_changes", 2), self.tr("与现行日历的差别"))
        self.tabs.addTab(row_table(self.lines_model, "notice_lines", 2), self.tr("逐行检查"))
        self.cases_tab = row_table(self.cases_model, "rescheduled_cases", 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])
        self.save_button = QPushButton(self.tr("保存为本所正式日历"))
        self.save_button.setObjectName("save_notice")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1040, 620)

    def choose_file(self) -> None:
        path = open_file(self, self.tr("打开放假通知"), self.tr("通知 (*.txt *.html *.htm);;所有文件 (*)"))
        if path is not None:
            self.open_path(path)

    def open_path(self, path) -> bool:
        try:
            text = read_notice_file(path)
        except ValidationFailed as failure:
            self.file_error.setText(message_text(failure.problems["file"]))
            self.file_error.show()
            return False
        self.file_error.hide()
        self.text.setPlainText(text)
        self.read_text()
        return True

    def read_text(self) -> None:
        """Read the text as it stands and show what it gives, its problems and its changes."""
        self._timer.stop()
        text = self.text.toPlainText()
        if self.saved is not None or not text.strip():
            self.save_button.setEnabled(False)
            return
        preview = self.preview = preview_holiday_notice(self._database, text, self._calendar)
        notice = preview.notice
        self.days_model.set_rows(list(notice.days))
        self.changes_model.set_rows(preview.changes)
        self.lines_model.set_rows(list(notice.lines))
        self.tabs.setTabText(1, self.tr("与现行日历的差别（{n}）").format(n=len(preview.changes)))
        unreadable = sum(line.kind is LineKind.UNREADABLE or bool(line.problems) for line in notice.lines)
        self.tabs.setTabText(2, self.tr("逐行检查（{n} 行有问题）").format(n=unreadable))
        if notice.problems:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(
                self.tr("有 {n} 处问题，不能保存：\n{problems}").format(
                    n=len(notice.problems), problems="\n".join(map(message_text, notice.problems))
                )
            )
            self.tabs.setCurrentIndex(2)
        else:
            off = sum(not d.working for d in notice.days)
            text = self.tr(
                "《{title}》：{year} 年放假 {off} 天，调休上班 {makeup} 天；与现行日历有 {n} 处差别。"
            ).format(
                title=notice.title,
                year=notice.year,
                off=off,
                makeup=len(notice.days) - off,
                n=len(preview.changes),
            )
            if preview.replaces:
                text += self.tr("保存后取代此前导入的《{title}》。").format(title=preview.replaces)
            self.summary.setStyleSheet("")
            self.summary.setText(text)
        self.save_button.setEnabled(not notice.problems)

    def save(self) -> None:
        """Store the notice and reschedule the open cases it moves, off the GUI thread."""
        self.read_text()  # exactly the text on screen
        if self.preview is None or self.preview.notice.problems:
            return
        self.save_button.setEnabled(False)
        self.text.setReadOnly(True)
        self.summary.setText(self.tr("正在保存并重新排程在办案件…"))
        text, now = self.text.toPlainText(), self._database.clock.now()
        run_operation(
            self, lambda: import_holiday_notice(self._database, text, now), self._saved, self._failed
        )

    def _saved(self, result: NoticeImport) -> None:
        self.saved = result
        notice = result.preview.notice
        self.cases_model.set_rows(result.rescheduled)
        index = self.tabs.addTab(
            self.cases_tab, self.tr("重新排程的案件（{n}）").format(n=len(result.rescheduled))
        )
        self.tabs.setCurrentIndex(index)
        self.summary.setStyleSheet("color: #2e7d32;")
        self.summary.setText(
            self.tr(
                "已保存为本所 {year} 年的正式日历（不再预估），重新排程在办案件 {n} 个，"
                "其中 {moved} 个预计完成时间改变（橙色）。已签的确认书原文不变，案件中会显示承诺时间已变动。"
            ).format(
                year=notice.year, n=len(result.rescheduled), moved=sum(c.moved for c in result.rescheduled)
            )
        )
        self.imported.emit(result)

    def _failed(self, error: Exception) -> None:
        self.text.setReadOnly(False)
        self.save_button.setEnabled(True)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("未保存：{error}").format(error=error))
