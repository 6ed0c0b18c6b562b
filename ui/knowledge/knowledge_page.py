"""复盘知识库: entries searched and filtered, retrospectives due, the quarterly analysis, SOP
improvements proposed by reviews, and the knowledge base to Excel and back."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.permissions import Permission
from app.domain.retrospective import TagKind
from app.domain.vocabulary import ServiceType
from app.usecases.access import may
from app.usecases.errors import ValidationFailed
from app.usecases.knowledge import (
    EntryQuery,
    EntryRow,
    RetrospectiveDue,
    proposed_sop_changes,
    quarterly_analysis,
    retrospectives_due,
    search_entries,
    tag_lists,
)
from app.usecases.knowledge_io import ImportReport, apply_import, export_knowledge_apart, plan_import
from app.usecases.sop import load_template
from reports.knowledge_workbook import WorkbookCancelled
from ui.access import allow_only, read_only_text
from ui.field_cell import ERROR_STYLE
from ui.file_dialogs import open_file, save_file
from ui.knowledge.analysis_view import AnalysisView
from ui.knowledge.entry_dialog import EntryDialog
from ui.knowledge.entry_table_model import EntryTableModel
from ui.knowledge.import_confirm_dialog import ImportConfirmDialog
from ui.knowledge.retrospective_dialog import RetrospectiveDialog
from ui.labels import label, message_text
from ui.moments import from_qt_date, to_qt_date
from ui.operations import run_operation
from ui.settings.sop_template_editor import SopTemplateEditor
from ui.worker import LatestRead

#: Entries listed at once; a search narrows them (the count says how many match in all).
SHOWN_ENTRIES = 2000


class KnowledgePage(QWidget):
    """Signals:
    case_requested(int, str): open the case an entry came from (id, number).
    """

    case_requested = Signal(int, str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._loaded = False
        self.reader = LatestRead(self)  # entries, tags and reviews due, each read on the thread pool
        self.search = QLineEdit()
        self.search.setObjectName("kb_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索标题与内容，两个字也可以，如：清算、税务（Ctrl+F）"))
        self.search.textChanged.connect(lambda _t: self.reload())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.tag_filters: dict[TagKind, QComboBox] = {}
        for kind in TagKind:
            combo = QComboBox()
            combo.setObjectName(f"filter_{kind.value}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setEnabled(False)  # until its tags are read
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            self.tag_filters[kind] = combo
        self.service = QComboBox()
        self.service.addItem(self.tr("全部业务类型"), "")
        for service in ServiceType:
            self.service.addItem(label(service), service.value)
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        self.use_dates = QCheckBox(self.tr("日期"))
        today = to_qt_date(database.clock.today())
        self.since, self.until = QDateEdit(today.addYears(-1)), QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.use_dates.toggled.connect(lambda _c: self.reload())

        self.model = EntryTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("kb_entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 360)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_entry(current.row())
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("kb_detail")
        self.detail.setReadOnly(True)
        self.open_case = QPushButton(self.tr("打开关联案件"))
        self.open_case.setObjectName("kb_open_case")
        self.open_case.clicked.connect(self._open_case)
        self.count = QLabel()
        self.count.setObjectName("kb_count")
        self.reader.failed.connect(self.count.setText)
        self.message = QLabel()
        self.message.setObjectName("kb_message")
        self.message.setWordWrap(True)

        new = QPushButton(self.tr("新建条目"))
        new.setToolTip(self.tr("手工录入一条经验（Ctrl+Shift+N）"))
        new.clicked.connect(lambda: self.edit_entry(new=True))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.edit_entry(new=True))
        export = QPushButton(self.tr("导出 Excel…"))
        export.setToolTip(self.tr("导出当前筛选出的全部条目、标签统计与季度分析"))
        export.clicked.connect(self.choose_export)
        import_button = QPushButton(self.tr("导入 Excel…"))
        import_button.clicked.connect(self.choose_import)
        # Who may not edit the knowledge base (front desk, admin) reads and exports it.
        self._may_edit = allow_only(database, Permission.KNOWLEDGE, new, import_button)

        # Two rows: in one, the filters and buttons would ask more than a 1280-pixel screen's width.
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for combo in (*self.tag_filters.values(), self.service):
            filters.addWidget(combo)
        actions = QHBoxLayout()
        for dates in (self.use_dates, self.since, self.until):
            actions.addWidget(dates)
        actions.addStretch(1)
        for button in (new, export, import_button):
            actions.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.open_case)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([900, 360])
        entries = QWidget()
        entries_layout = QVBoxLayout(entries)
        entries_layout.addLayout(filters)
        entries_layout.addLayout(actions)
        entries_layout.addWidget(splitter, 1)
        entries_layout.addWidget(self.count)

        self.due = QListWidget()
        self.due.setObjectName("kb_due")
        self.due.itemActivated.connect(self._review)
        due_page = QWidget()
        due_layout = QVBoxLayout(due_page)
        due_layout.addWidget(
            QLabel(self.tr("结案后 24 个工作小时内应完成复盘。双击开始复盘（红色为已超期）。"))
        )
        due_layout.addWidget(self.due)

        self.analysis = AnalysisView()
        self.proposals = QListWidget()
        self.proposals.setObjectName("kb_proposals")
        self.proposals.itemActivated.connect(self._accept_proposal)
        proposals_page = QWidget()
        proposals_layout = QVBoxLayout(proposals_page)
        proposals_layout.addWidget(
            QLabel(self.tr("复盘提出的 SOP 修改。双击打开模板编辑，发布即采纳并记入该复盘。"))
        )
        proposals_layout.addWidget(self.proposals)

        self.tabs = QTabWidget()
        self.tabs.addTab(entries, self.tr("知识库条目"))
        self.tabs.addTab(due_page, self.tr("待复盘"))
        self.tabs.addTab(self.analysis, self.tr("季度分析"))
        self.tabs.addTab(proposals_page, self.tr("SOP 改进建议"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
            self.reader.read(lambda: tag_lists(self._database), self._fill_tag_filters, key="tags")
            self._load_due()
        super().showEvent(event)

    def _fill_tag_filters(self, tags: dict[TagKind, list[str]]) -> None:
        for kind, values in tags.items():
            combo = self.tag_filters[kind]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部{kind}").format(kind=label(kind)), "")
            for value in values:
                combo.addItem(value, value)
            combo.blockSignals(False)
            combo.setEnabled(True)

    def query(self) -> EntryQuery:
        dated = self.use_dates.isChecked()
        return EntryQuery(
            self.search.text(),
            {kind: combo.currentData() or "" for kind, combo in self.tag_filters.items()},
            self.service.currentData() or "",
            from_qt_date(self.since.date()) if dated else None,
            from_qt_date(self.until.date()) if dated else None,
        )

    def reload(self) -> None:
        """The entries found, read on the thread pool (0.2 s on a large knowledge base); the count
        says it is reading meanwhile, the entries of the search before still listed."""
        if not self._loaded:
            return
        database, query = self._database, self.query()
        self.count.setText(self.tr("正在读取…"))
        self.reader.read(
            lambda: search_entries(database, query, limit=SHOWN_ENTRIES + 1),
            self._show_entries,
            key="entries",
        )

    def _show_entries(self, entries: list[EntryRow]) -> None:
        more = len(entries) > SHOWN_ENTRIES
        self.model.set_rows(entries[:SHOWN_ENTRIES])
        self.count.setText(
            self.tr("显示最新的 {n} 条；请输入关键词或筛选以缩小范围").format(n=f"{SHOWN_ENTRIES:,}")
            if more
            else self.tr("共 {n} 条").format(n=f"{len(entries):,}")
        )
        self.detail.clear()

    def show_reviews_due(self) -> None:
        self.tabs.setCurrentIndex(1)

    def _load_due(self) -> None:
        database, now = self._database, self._database.clock.now()
        self.reader.read(lambda: retrospectives_due(database, now), self._show_due, key="due")

    def _show_due(self, due: list[RetrospectiveDue]) -> None:
        self.due.clear()
        for item in due:
            row = QListWidgetItem(
                self.tr("{number} {client}（{outcome}）结案 {closed}，应于 {due} 前复盘").format(
                    number=item.number,
                    client=item.client_name,
                    outcome=label(item.outcome),
                    closed=f"{item.closed_at:%m-%d %H:%M}",
                    due=f"{item.due:%m-%d %H:%M}",
                )
            )
            row.setData(Qt.ItemDataRole.UserRole, (item.case_id, item.number))
            if item.overdue:
                row.setForeground(Qt.GlobalColor.darkRed)
            self.due.addItem(row)
        self.tabs.setTabText(1, self.tr("待复盘（{n}）").format(n=self.due.count()))

    def _tab_shown(self, index: int) -> None:
        if index == 2:
            self.analysis.show_analysis(quarterly_analysis(self._database, self.query()))
        elif index == 3:
            self.proposals.clear()
            for change in proposed_sop_changes(self._database):
                state = self.tr("已采纳") if change.accepted else self.tr("待处理")
                item = QListWidgetItem(f"[{state}] {change.template_code}：{change.proposed_change}")
                item.setData(
                    Qt.ItemDataRole.UserRole, (change.action_id, change.template_code, change.proposed_change)
                )
                self.proposals.addItem(item)

    def _show_entry(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            entry = self.model.row_at(row)
            self.detail.setPlainText(f"{entry.title}\n\n{entry.body}")
            self.open_case.setEnabled(entry.case_id is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # -- actions ----------------------------------------------------------------------------
    def _refuse_read_only(self) -> bool:
        """True (and says who may) when this login may only read the knowledge base."""
        if not self._may_edit:
            self._say(read_only_text(Permission.KNOWLEDGE), error=True)
        return not self._may_edit

    def edit_entry(self, *, new: bool = False) -> None:
        if self._refuse_read_only():
            return
        index = self.table.currentIndex()
        entry = None if new or not index.isValid() else self.model.row_at(index.row())
        if EntryDialog(self._database, entry, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _open_case(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and (entry := self.model.row_at(index.row())).case_id is not None:
            self.case_requested.emit(entry.case_id, entry.case_number)

    def _review(self, item: QListWidgetItem) -> None:
        if self._refuse_read_only():
            return
        case_id, number = item.data(Qt.ItemDataRole.UserRole)
        if (
            RetrospectiveDialog(self._database, case_id, number, parent=self).exec()
            == QDialog.DialogCode.Accepted
        ):
            self._load_due()
            self.reload()
            self._say(self.tr("已保存 {number} 的复盘并存入知识库").format(number=number))

    def _accept_proposal(self, item: QListWidgetItem) -> None:
        if not may(self._database, Permission.EDIT_SETTINGS):  # publishing an SOP version is the office's
            self._say(read_only_text(Permission.EDIT_SETTINGS), error=True)
            return
        action_id, code, change = item.data(Qt.ItemDataRole.UserRole)
        published = load_template(self._database, code)
        if published is None:
            self._say(self.tr("模板 {code} 已不存在").format(code=code), error=True)
            return
        editor = SopTemplateEditor(
            self._database,
            published.template,
            published.version,
            self,
            proposal=action_id,
        )
        editor.revision_note.setText(self.tr("复盘改进：{change}").format(change=change))
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._say(
                self.tr("已发布 {code} 第 {version} 版并记入复盘").format(
                    code=code, version=editor.published_version
                )
            )
            self._tab_shown(3)

    # -- Excel ------------------------------------------------------------------------------
    def choose_export(self) -> None:
        path = save_file(self, self.tr("导出知识库"), self.tr("复盘知识库.xlsx"), "Excel (*.xlsx)")
        if path:
            self.export(path)

    def export(self, path: Path, progress: QProgressDialog | None = None) -> None:
        """Write the filtered entries off the GUI thread, with a progress bar that can cancel."""
        query = self.query()

        def failed(error: Exception) -> None:
            if isinstance(error, WorkbookCancelled):
                self._say(self.tr("已取消导出"))
            else:
                self._say(self.tr("导出失败：{error}").format(error=error), error=True)

        self._in_background(
            self.tr("正在导出知识库…"),
            lambda report: export_knowledge_apart(self._database, path, query, report),
            lambda rows: self._say(self.tr("已导出 {n} 条到 {path}").format(n=f"{rows:,}", path=path)),
            failed,
            progress,
        )

    def _in_background(
        self,
        text: str,
        work: Callable[[Callable[[int, int], bool]], Any],
        finished: Callable[[Any], None],
        failed: Callable[[Exception], None],
        progress: QProgressDialog | None,
    ) -> None:
        """Run ``work(report)`` as an operation under a progress dialog: ``report(done, total)`` moves
        the bar, and returns False once 取消 is pressed. The outcome is handled on the GUI thread."""

        own = progress is None  # a dialog made here is ours to delete
        progress = progress or QProgressDialog(text, self.tr("取消"), 0, 100, self)
        progress.setLabelText(text)
        progress.setCancelButtonText(self.tr("取消"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        cancelled = threading.Event()
        progress.canceled.connect(cancelled.set)
        done = {"done": 0, "total": 1}  # written by the worker, read by the timer: ints, no tearing

        def report(count: int, total: int) -> bool:
            done.update(done=count, total=max(1, total))
            return not cancelled.is_set()

        timer = QTimer(progress)
        timer.timeout.connect(lambda: progress.setValue(int(100 * done["done"] / done["total"])))
        timer.start(200)

        def close_progress() -> None:
            timer.stop()
            timer.deleteLater()
            progress.canceled.disconnect(cancelled.set)  # a dialog used again cancels only its next run
            progress.reset()
            if own:
                progress.deleteLater()

        def succeeded(result: Any) -> None:
            close_progress()
            finished(result)

        def went_wrong(error: Exception) -> None:
            close_progress()
            failed(error)

        run_operation(self, lambda: work(report), succeeded, went_wrong)

    def choose_import(self) -> None:
        path = open_file(self, self.tr("导入知识库"), "Excel (*.xlsx)")
        if path:
            self.import_file(path, confirm=self._confirm_import)

    def _confirm_import(self, plan: ImportReport) -> bool:
        return ImportConfirmDialog(plan, self).exec() == QDialog.DialogCode.Accepted

    def import_file(
        self, path: Path, confirm: Callable[[ImportReport], bool], progress: QProgressDialog | None = None
    ) -> None:
        """Read and check the file once, off the GUI thread: its problems are shown and nothing is
        written; otherwise ask with what would change, row by row, then write what was checked (not
        reading again)."""

        def failed(error: Exception) -> None:
            if isinstance(error, WorkbookCancelled):
                self._say(self.tr("已取消导入，未导入任何内容"))
            elif isinstance(error, ValidationFailed):
                self._say(message_text(error), error=True)  # the file cannot be read: one line saying why
            else:
                self._say(self.tr("导入失败，未导入任何内容：{error}").format(error=error), error=True)

        def checked(plan: ImportReport) -> None:
            if plan.problem_count:
                shown = "\n".join(message_text(p.described) for p in plan.problems[:10])
                more = plan.problem_count - min(10, len(plan.problems))
                self._say(
                    self.tr("文件有 {n} 处问题，未导入任何内容：\n{list}").format(
                        n=plan.problem_count, list=shown
                    )
                    + (self.tr("\n……另有 {n} 处").format(n=more) if more else ""),
                    error=True,
                )
                return
            if not confirm(plan):
                self._say(self.tr("未导入：已取消"))
                return
            self._in_background(
                self.tr("正在写入知识库…"),
                lambda report: apply_import(self._database, plan, self._database.clock.now(), report),
                imported,
                failed,
                progress,
            )

        def imported(done: ImportReport) -> None:
            self.reload()
            self._say(
                self.tr("已导入：新增 {added} 条，更新 {updated} 条").format(
                    added=done.added, updated=done.updated
                )
            )

        self._in_background(
            self.tr("正在读取并检查 {name}…").format(name=path.name),
            lambda report: plan_import(self._database, path, report),
            checked,
            failed,
            progress,
        )
