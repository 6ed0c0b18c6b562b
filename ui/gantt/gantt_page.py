"""甘特图: a case's plan on the Chinese working calendar, or the office's open cases at a glance.

Edits on the chart (move, resize, link, unlink) go through ``app.usecases.gantt``, which
reschedules the case; each is a command on a QUndoStack. Cases projected to miss their deadline
are listed beside the chart with the critical tasks to act on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Changes
from app.db.database import Database
from app.domain.permissions import Permission
from app.domain.scheduling import hours_text
from app.usecases.access import NotPermitted, may
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import UseCaseError, ValidationFailed
from app.usecases.gantt import (
    CaseBar,
    CaseGantt,
    Edited,
    add_dependency,
    delete_dependency,
    load_case_gantt,
    load_office_gantt,
    move_task_start,
    resize_task,
    set_baseline,
)
from app.usecases.risk_calendar import WindowView, list_windows
from ui.access import who_may
from ui.case_number import typed_case
from ui.field_cell import ERROR_STYLE
from ui.file_dialogs import save_file
from ui.gantt.chart_rows import ChartRow, case_rows, overview_rows, when, window_bands
from ui.gantt.gantt_chart import HEADER_HEIGHT, ROW_HEIGHT, GanttChart
from ui.gantt.gantt_export import PAPERS, ExportTooLarge, Sheet, export_pdf, export_png
from ui.gantt.gantt_legend import GanttLegend
from ui.gantt.gantt_table_model import GanttTableModel
from ui.labels import message_text
from ui.operations import perform
from ui.undoable_operation import UndoableOperation
from ui.worker import LatestRead

ZOOMS = {"hour": 40.0, "day": 4.0, "week": 0.8}


@dataclass(frozen=True)
class _Read:
    """What the page shows, read at ``now``: the overview (``case_id`` None) with its rows laid out,
    or one case's plan; the bars of every open case when the cases at risk are to be listed again."""

    now: datetime
    case_id: int | None
    bars: list[CaseBar] | None
    windows: list[WindowView]
    gantt: CaseGantt | None
    rows: list[ChartRow]


class ChartSplitter(QSplitter):
    """The task table, the chart and the cases at risk side by side. The chart keeps at least half
    the width on any screen and after any drag (at 1366 pixels wide it was left 60): the table gives
    way first, then the list."""

    def __init__(self, table: QWidget, chart: QWidget, risks: QWidget) -> None:
        super().__init__()
        self._table, self._risks = table, risks
        for widget in (table, chart, risks):
            self.addWidget(widget)
        self.setSizes([560, 1000, 280])
        self.setStretchFactor(1, 1)
        self.splitterMoved.connect(lambda _position, _index: self.keep_chart_wide())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.keep_chart_wide()

    def keep_chart_wide(self) -> None:
        table, chart, risks = self.sizes()
        short = (table + chart + risks + 1) // 2 - chart
        if short <= 0:
            return
        from_table = max(0, min(short, table - self._table.minimumSizeHint().width()))
        from_risks = max(0, min(short - from_table, risks - self._risks.minimumSizeHint().width()))
        self.setSizes([table - from_table, chart + from_table + from_risks, risks - from_risks])


class GanttPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._calendar = load_working_calendar(database)
        self._case_id: int | None = None
        self._gantt: CaseGantt | None = None  # the case shown, for the heading of its exports
        self._loaded = False  # what is shown, or on its way, is as stored: else read when next shown
        self.reader = LatestRead(self)
        self.undo_stack = QUndoStack(self)

        self.scope = QComboBox()
        self.scope.setObjectName("gantt_scope")
        self.scope.addItem(self.tr("全所概览"), None)
        self.scope.currentIndexChanged.connect(lambda _i: self.show_case(self.scope.currentData()))
        self.case_number = QLineEdit()
        self.case_number.setObjectName("gantt_case_number")
        self.case_number.setPlaceholderText(self.tr("案件编号，回车打开该案件的甘特图"))
        self.case_number.returnPressed.connect(self._open_by_number)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("按业务类型分组"), "service")
        self.group_by.addItem(self.tr("按项目经理分组"), "manager")
        self.group_by.currentIndexChanged.connect(lambda _i: self.reload())
        zoom_buttons = []
        for key, text in (("hour", self.tr("时")), ("day", self.tr("日")), ("week", self.tr("周"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("时间轴按{unit}显示（也可 Ctrl+滚轮缩放）").format(unit=text))
            button.clicked.connect(lambda _c=False, k=key: self.chart.set_pixels_per_hour(ZOOMS[k], 0))
            zoom_buttons.append(button)
        fit = QPushButton(self.tr("适合宽度"))
        fit.clicked.connect(lambda: self.chart.fit_width())
        self.baseline_button = QPushButton(self.tr("设为基线"))
        self.baseline_button.setToolTip(self.tr("把当前计划保存为基线（客户签字确认时的计划），以浅色条显示"))
        self.baseline_button.clicked.connect(self.save_baseline)
        # Who may not plan sees the chart, not handles: set_baseline and the edits refuse them anyway.
        self._may_plan = may(database, Permission.PLAN_TASKS)
        if not self._may_plan:
            self.baseline_button.setToolTip(who_may(Permission.PLAN_TASKS))
        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem(self.tr("{paper} 横向").format(paper=name), name)
        png = QPushButton(self.tr("导出 PNG…"))
        png.clicked.connect(self._export_png)
        pdf = QPushButton(self.tr("导出 PDF…"))
        pdf.clicked.connect(self._export_pdf)
        self._exports = (png, pdf)
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([undo, redo])
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)

        self.table_model = GanttTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("gantt_table")
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.horizontalHeader().setFixedHeight(HEADER_HEIGHT)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for column, width in enumerate((200, 60, 110, 110, 60)):
            self.table.setColumnWidth(column, width)
        self.chart: GanttChart = GanttChart(self._calendar, self._database.clock.now())
        self.chart.setObjectName("gantt_chart")
        self.chart.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # One vertical scroll for both: the table follows the chart's bar, row for row.
        self.chart.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)
        self.table.verticalScrollBar().valueChanged.connect(self.chart.verticalScrollBar().setValue)
        self.chart.move_requested.connect(self.move_task)
        self.chart.resize_requested.connect(self.resize_task)
        self.chart.link_requested.connect(self.link_tasks)
        self.chart.unlink_requested.connect(self.unlink)
        self.chart.row_activated.connect(self._row_activated)
        self.chart.notice.connect(self._say)
        self.table.doubleClicked.connect(lambda index: self._row_activated(self._row_key(index.row())))

        self.risks = QListWidget()
        self.risks.setObjectName("gantt_risks")
        self.risks.itemActivated.connect(lambda item: self.open_case(*item.data(Qt.ItemDataRole.UserRole)))
        # The office's cases at risk, beside the overview; a single case's own projection is in the
        # message above its chart, so the list is hidden there.
        self.risk_box = risk_box = QWidget()
        risk_layout = QVBoxLayout(risk_box)
        risk_layout.setContentsMargins(0, 0, 0, 0)
        risk_title = QLabel(self.tr("预计超期的案件（双击打开，红色为须处理的关键任务）"))
        risk_title.setWordWrap(True)  # the title does not widen the list at the chart's expense
        risk_layout.addWidget(risk_title)
        risk_layout.addWidget(self.risks)

        self.splitter = ChartSplitter(self.table, self.chart, risk_box)

        self.message = QLabel()
        self.message.setObjectName("gantt_message")
        self.message.setWordWrap(True)
        self.reader.failed.connect(lambda text: self._say(text, error=True))
        top = QHBoxLayout()
        for widget in (
            self.scope,
            self.case_number,
            self.group_by,
            *zoom_buttons,
            fit,
            self.baseline_button,
            self.paper,
            png,
            pdf,
        ):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.legend = GanttLegend()
        self.legend.setObjectName("gantt_legend")
        layout.addWidget(self.legend)
        hint = QLabel(
            self.tr(
                "拖动未开始的任务条调整开始时间，拖动任务条右端调整工期（已开始的任务只能调整工期），"
                "按住 Shift 从一个任务拖到另一个建立前置关系，"
                "点击箭头后按 Delete 删除；Ctrl+Z 撤销。"
            )
        )
        hint.setStyleSheet("color: #607d8b;")
        hint.setWordWrap(True)  # one line in Chinese; in English it would widen the window past the screen
        layout.addWidget(hint)

    # -- showing ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def open_case(self, case_id: int, number: str | None = None) -> None:
        index = self.scope.findData(case_id)
        if index < 0:
            self.scope.addItem(self.tr("案件 {number}").format(number=number or case_id), case_id)
            index = self.scope.count() - 1
        if self.scope.currentIndex() == index:
            self.show_case(case_id)
        else:
            self.scope.setCurrentIndex(index)

    def show_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        self.undo_stack.clear()
        self.reload()

    def reload(self, *, keep_view: bool = False) -> None:
        """Show the overview or the case again, read on the thread pool (the overview of a large
        office takes 0.2 s): meanwhile the page says it is reading, and the chart still shown takes no
        edits nor exports. The list of cases at risk is read with the overview and on F5 (it needs
        every open case, which an edit of one case does not)."""
        self._say(self.tr("正在读取…"))
        for widget in (self.splitter, self.baseline_button, *self._exports):
            widget.setEnabled(False)
        self.reader.read(self._reading(), lambda read: self._show_read(read, keep_view=keep_view))
        self._loaded = True  # a change while the read is on its way makes it False again

    def _reading(self) -> Callable[[], _Read]:
        """The read of what the page shows, as of now (it runs off the GUI thread)."""
        now, case_id, calendar = self._database.clock.now(), self._case_id, self._calendar
        with_bars, group_by = case_id is None or not self._loaded, self.group_by.currentData()

        def read() -> _Read:
            bars = load_office_gantt(self._database, now) if with_bars else None
            return _Read(
                now,
                case_id,
                bars,
                list_windows(self._database, now) if case_id is None else [],
                None if case_id is None else load_case_gantt(self._database, case_id, now, calendar),
                # Laid out here too: ~40 ms of Python for the open cases of a large office.
                overview_rows(bars, group_by) if case_id is None and bars is not None else [],
            )

        return read

    def _show_read(self, read: _Read, *, keep_view: bool) -> None:
        if read.case_id != self._case_id:  # another case was opened meanwhile: its own read shows it
            return
        for widget in (self.splitter, *self._exports):
            widget.setEnabled(True)
        self.group_by.setEnabled(read.case_id is None)
        self.risk_box.setVisible(read.case_id is None)
        self.legend.set_overview(read.case_id is None)
        self.baseline_button.setEnabled(self._may_plan and read.case_id is not None)
        if read.bars is not None:
            self._show_risks(read.bars)
        if read.gantt is None:
            assert read.bars is not None  # the overview reads every bar
            self.chart.set_windows(window_bands(read.windows))
            self.chart.set_rows(read.rows, [], read.now, None, editable=False, keep_view=keep_view)
            late = sum(bar.at_risk for bar in read.bars)
            summary = self.tr("在办案件 {n} 个，其中预计超期 {late} 个。双击某一行打开该案件的甘特图。")
            self._say(summary.format(n=len(read.bars), late=late))
            self.table_model.set_rows(read.rows)
        else:
            self._show_gantt(read.gantt, keep_view=keep_view)

    def _show_gantt(self, gantt: CaseGantt, *, keep_view: bool) -> None:
        self._gantt = gantt
        rows, links = case_rows(gantt)
        self.chart.set_windows(window_bands(gantt.risk_windows))
        self.chart.set_rows(
            rows, links, gantt.now, gantt.deadline, editable=self._may_plan, keep_view=keep_view
        )
        self.table_model.set_rows(rows)
        self._say(
            f"{gantt.number} {gantt.client_name}：{gantt.title}。{message_text(gantt.summary)}",
            error=not gantt.feasible,
        )

    def apply_changes(self, changes: Changes, shown: bool) -> None:
        """The overview, or the case shown if it changed, read again if shown, else when next shown."""
        if not changes.case_ids and not changes.entities:
            return
        if shown and self._loaded:
            if self._case_id in (None, *changes.case_ids):  # read off the GUI thread
                self.reader.read(self._reading(), lambda read: self._show_read(read, keep_view=True))
        else:
            self._loaded = False

    def refresh(self) -> None:
        """F5: everything read again, the cases at risk and the calendar too."""
        self._calendar = self.chart.calendar = load_working_calendar(self._database)
        self._loaded = False
        self.reload(keep_view=True)

    def _show_risks(self, bars) -> None:
        self.risks.clear()
        for bar in (b for b in bars if b.at_risk):
            tasks = "、".join(bar.critical_tasks[:3])
            item = QListWidgetItem(f"{bar.number} {bar.client_name}\n{tasks}")
            item.setData(Qt.ItemDataRole.UserRole, (bar.case_id, bar.number))
            item.setForeground(Qt.GlobalColor.darkRed)
            self.risks.addItem(item)

    def _row_key(self, row: int) -> int | None:
        return self.chart.rows[row].key if 0 <= row < len(self.chart.rows) else None

    def _row_activated(self, key: int | None) -> None:
        if key is not None and self._case_id is None:
            row = next(r for r in self.chart.rows if r.key == key)
            self.open_case(key, row.title.split()[0])  # overview rows read "number client"

    def _open_by_number(self) -> None:
        found = typed_case(self._database, self.case_number.text())
        if isinstance(found, str):
            self._say(found, error=True)
        else:
            self.open_case(*found)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- edits ------------------------------------------------------------------------------
    def _edit(self, text: str, edit: Callable[[], Edited]) -> None:
        """Run one edit through app/ and show the chart it gives back, undoably; a refused one is
        explained."""
        try:
            edited = perform(self, edit)
        except UseCaseError as error:
            self.refused(error)
            return
        self.show_edit(edited)
        self.undo_stack.push(UndoableOperation(self.undo_stack, text, edited, self.show_edit, self.refused))

    def show_edit(self, edited: Edited) -> None:
        """An edit made, undone or redone: the chart as it rescheduled the case."""
        self._show_gantt(edited.gantt, keep_view=True)

    def refused(self, error: UseCaseError) -> None:
        """An edit refused, the reason said; refused by what is stored (another desk's save came
        first), the plan shown as stored."""
        if not isinstance(error, ValidationFailed):
            # Read at once (one case, a few milliseconds): the reason is said over the plan as stored,
            # and the next drag starts from it.
            self.reader.overtake()
            self._show_read(self._reading()(), keep_view=True)
        self._say(message_text(error), error=True)

    def move_task(self, task_id: int, start: datetime) -> None:
        db, calendar = self._database, self._calendar
        self._edit(self.tr("移动任务"), lambda: move_task_start(db, task_id, start, db.clock.now(), calendar))

    def resize_task(self, task_id: int, finish: datetime) -> None:
        row = next(r for r in self.chart.rows if r.key == task_id)
        if row.start is None:  # never: the chart resizes only a bar
            return
        minutes = max(0, self._calendar.working_minutes_between(row.start, finish))
        db, calendar = self._database, self._calendar
        self._edit(self.tr("调整工期"), lambda: resize_task(db, task_id, minutes, db.clock.now(), calendar))

    def link_tasks(self, predecessor: int, successor: int) -> None:
        db, calendar = self._database, self._calendar
        self._edit(
            self.tr("添加前置关系"),
            lambda: add_dependency(db, predecessor, successor, db.clock.now(), calendar=calendar),
        )

    def unlink(self, dependency_id: int) -> None:
        db, calendar = self._database, self._calendar
        self._edit(
            self.tr("删除前置关系"), lambda: delete_dependency(db, dependency_id, db.clock.now(), calendar)
        )

    def save_baseline(self) -> None:
        if self._case_id is not None:
            try:
                db, case_id, calendar = self._database, self._case_id, self._calendar
                perform(self, lambda: set_baseline(db, case_id, db.clock.now(), calendar))

            except NotPermitted as refusal:
                self._say(message_text(refusal), error=True)
                return
            self.reload(keep_view=True)

    # -- export -----------------------------------------------------------------------------
    def _title(self) -> str:
        return self.scope.currentText()

    def _sheet(self) -> Sheet:
        """What the exports show around the bars: the case's facts, the table, the legend."""
        gantt = self._gantt if self._case_id is not None else None
        if gantt is None:
            return Sheet(self._title(), self.table_model, overview=True)
        if gantt.closed:
            facts = self.tr("客户：{client}　截止：{deadline}　{closing}").format(
                client=gantt.client_name, deadline=when(gantt.deadline), closing=message_text(gantt.summary)
            )
            return Sheet(f"{gantt.number} {gantt.title}", self.table_model, facts)
        hours = hours_text(abs(gantt.margin_minutes))
        margin = (
            self.tr("余量 {hours} 个工作小时").format(hours=hours)
            if gantt.margin_minutes >= 0
            else self.tr("超期 {hours} 个工作小时").format(hours=hours)
        )
        facts = self.tr("客户：{client}　截止：{deadline}　预计完成：{finish}{estimated}　{margin}").format(
            client=gantt.client_name,
            deadline=when(gantt.deadline),
            finish=when(gantt.projected_finish),
            estimated=self.tr("（预估）") if gantt.estimated else "",
            margin=margin,
        )
        return Sheet(f"{gantt.number} {gantt.title}", self.table_model, facts)

    def _export_png(self) -> None:
        path = save_file(self, self.tr("导出 PNG"), f"{self._title()}.png", "PNG (*.png)")
        if path:
            self.export(path, "png")

    def _export_pdf(self) -> None:
        path = save_file(self, self.tr("导出 PDF"), f"{self._title()}.pdf", "PDF (*.pdf)")
        if path:
            self.export(Path(path), "pdf")

    def export(self, path: Path, kind: str) -> None:
        try:
            if kind == "png":
                export_png(self.chart, path, self._sheet())
                self._say(self.tr("已导出：{path}").format(path=path))
            else:
                pages = export_pdf(self.chart, path, self._sheet(), self.paper.currentData())
                self._say(self.tr("已导出 {pages} 页：{path}").format(pages=pages, path=path))
        except (ExportTooLarge, OSError) as error:
            self._say(message_text(error), error=True)
