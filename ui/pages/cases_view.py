"""案件: every case of the office, searchable as you type and sortable by any column."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Changes
from app.db.database import Database
from app.db.document_store import DocumentUnavailable
from app.domain.case_documents import DocumentKind
from app.domain.permissions import Permission
from app.domain.urgency import Priority
from app.domain.vocabulary import CaseStatus, LabelledEnum, ServiceType
from app.usecases.cases import CaseRow, case_row, list_case_rows
from app.usecases.errors import ValidationFailed
from app.usecases.intake import IntakeContext, SavedIntake, load_intake_context
from app.usecases.letters import generate_letter_version, list_letter_versions
from ui.access import allow_only
from ui.case.close_dialog import CloseCaseDialog
from ui.case_table_model import CaseTableModel
from ui.document_copies import letter_copy
from ui.intake.intake_dialog import IntakeDialog
from ui.intake.material_review_dialog import MaterialReviewDialog
from ui.labels import label, message_text
from ui.letters.letters_dialog import LettersDialog, letter_printer, print_pdfs
from ui.operations import perform
from ui.row_table_model import select_by_id
from ui.worker import LatestRead, run_in_background


class CasesView(QWidget):
    """Signals:
    message(str): something done, for the status bar.
    board_requested(int, str): show the board of this case (id, number).
    case_requested(int): open the case window of this case.
    """

    message = Signal(str)
    board_requested = Signal(int, str)
    case_requested = Signal(int)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.model = CaseTableModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("搜索案件编号、客户、事项、业务类型、状态或项目经理（Ctrl+F）")
        )
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._search_entered)
        self.search.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        new_intake = QPushButton(self.tr("新建接待单"))
        new_intake.setObjectName("new_intake")
        new_intake.setToolTip(self.tr("前台接待：登记客户需求、评估紧急度、报价与材料预审（Ctrl+N）"))
        new_intake.clicked.connect(self.new_intake)
        self.review_button = QPushButton(self.tr("材料预审…"))
        self.review_button.setObjectName("review_materials")
        self.review_button.setToolTip(self.tr("选中案件的材料清单、三级审核与破例受理（Ctrl+M）"))
        self.review_button.clicked.connect(self.review_materials)
        QShortcut(QKeySequence("Ctrl+M"), self, self.review_materials)

        details = QPushButton(self.tr("案件详情…"))
        details.setObjectName("case_details")
        details.setToolTip(
            self.tr("选中案件的小组、动态、客户通知、SLA 计时、突发事件、反馈与成本（Enter 或 Ctrl+D）")
        )
        details.clicked.connect(self.open_case)
        QShortcut(QKeySequence("Ctrl+D"), self, self.open_case)

        board = QPushButton(self.tr("案件看板"))
        board.setObjectName("case_board")
        board.setToolTip(self.tr("打开选中案件的任务看板（Ctrl+B）"))
        board.clicked.connect(self.open_case_board)
        QShortcut(QKeySequence("Ctrl+B"), self, self.open_case_board)

        letters = QPushButton(self.tr("确认书…"))
        letters.setObjectName("case_letters")
        letters.setToolTip(self.tr("选中案件的加急服务确认书：生成、预览、打印、登记签回（Ctrl+L）"))
        letters.clicked.connect(self.open_letters)
        QShortcut(QKeySequence("Ctrl+L"), self, self.open_letters)
        print_letters = QPushButton(self.tr("批量打印确认书…"))
        print_letters.setToolTip(self.tr("打印所有选中案件的最新确认书（没有的先生成）"))
        print_letters.clicked.connect(lambda: self.print_letters())

        self.close_case_button = close_case_button = QPushButton(self.tr("结案…"))
        close_case_button.setObjectName("close_case")
        close_case_button.setToolTip(self._close_tip())
        close_case_button.clicked.connect(lambda: self.close_selected())
        self._may_close = allow_only(database, Permission.CLOSE_CASE, close_case_button)
        allow_only(database, Permission.INTAKE, new_intake)  # as 新建接待单 in the File menu

        refresh = QPushButton(self.tr("刷新"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.setToolTip(self.tr("重新读取案件（F5）"))
        refresh.clicked.connect(self.reload)

        self.count_label = QLabel()
        self.count_label.setObjectName("case_count")

        self.table = QTableView()
        self.table.setObjectName("case_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.activated.connect(lambda _index: self.open_case())
        self.table.selectionModel().currentChanged.connect(self._update_close_button)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # At 1280 pixels wide the stretched 事项 keeps about 150 of them. A column is never narrower than
        # its header or the longest word of its list in the interface's language (English is longer).
        words: dict[int, list[LabelledEnum]] = {2: list(ServiceType), 4: list(CaseStatus), 5: list(Priority)}
        metrics = self.table.fontMetrics()
        for column, width in enumerate((110, 190, 90, 260, 80, 60, 125, 70, 125)):
            longest = max(
                (metrics.horizontalAdvance(label(word)) + 16 for word in words.get(column, [])), default=0
            )
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column), longest))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(refresh)
        # A tool bar of its own: on a narrow screen the buttons that do not fit go to its » menu.
        actions = QToolBar()
        actions.setObjectName("case_actions")
        buttons = (new_intake, details, self.review_button, board, letters, print_letters, close_case_button)
        for button in buttons:
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._loaded = False  # the rows shown are the stored ones
        self._chosen: int | None = None  # a case to select once the list being read arrives
        self._intake_coming = False  # the intake form opens once its choices are read
        self.reader = LatestRead(self)
        self.reader.failed.connect(self.count_label.setText)
        for signal in (self.model.modelReset, self.model.dataChanged, self.model.layoutChanged):
            signal.connect(self._update_close_button)  # the selected case may have been closed meanwhile

    def showEvent(self, event) -> None:
        if not self._loaded:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the list off the GUI thread (20,000 cases take half a second): the rows shown stay
        until it arrives, then change in place with the selection kept."""
        if not self.model.total_count():
            self.count_label.setText(self.tr("正在读取案件…"))
        self.reader.read(lambda: list_case_rows(self._database), self._show_rows)

    def _show_rows(self, rows: list[CaseRow]) -> None:
        selected = self.selected_case_id()
        self.model.set_cases(rows, self._database.clock.now())
        self._loaded = True
        self._update_count()
        if self._chosen is not None:
            self.select_case(self._chosen)
            self._chosen = None
        else:
            select_by_id(self.table, selected)  # after a reset; not select_case(): that takes the focus

    def apply_changes(self, changes: Changes, shown: bool) -> None:
        """Cases changed: the list read again (off the GUI thread) keeping its selection if shown,
        else when next shown."""
        if not changes.case_ids and "case" not in changes.entities and "client" not in changes.entities:
            return
        if shown:
            self.reload()
        else:
            self._loaded = False

    def new_intake(self) -> None:
        """Open the intake form once what it offers (templates, staff, clients) is read off the GUI
        thread (50 ms on a large office); a saved case shows at once, selected, at the top of the list."""
        if self._intake_coming:  # Ctrl+N pressed again meanwhile: one form
            return
        self._intake_coming = True
        database = self._database

        def failed(error: Exception) -> None:
            self._intake_coming = False
            raise error

        run_in_background(lambda: load_intake_context(database), self._open_intake, failed, self)

    def _open_intake(self, context: IntakeContext) -> None:
        self._intake_coming = False
        dialog = IntakeDialog(self._database, self, context)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.show_saved_intake(dialog.saved)

    def show_saved_intake(self, saved: SavedIntake) -> None:
        """The new case joins the list (not a reload of every case) and is named; the other pages have
        it from the intake's operation (ui.operations)."""
        self.search.clear()
        row = case_row(self._database, saved.case_id)
        if self._loaded and row is not None:
            self.model.add_case(row)
            self._update_count()
        self.select_case(saved.case_id)
        self.message.emit(
            self.tr("已保存案件 {number}（{status}），已按 SOP 生成 {tasks} 个任务。").format(
                number=saved.number, status=label(saved.status), tasks=saved.tasks
            )
        )

    def _selected_row(self) -> CaseRow | None:
        """The selected case, or None after saying (in the status bar) that one must be selected."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.emit(self.tr("请先在列表中选中一个案件"))
            return None
        return self.model.row_at(index.row())

    def review_materials(self) -> None:
        if (row := self._selected_row()) is None:
            return
        # What it saves is read again as any change is (apply_changes), the case kept selected.
        MaterialReviewDialog(self._database, row.id, self).exec()

    def open_case(self) -> None:
        if (row := self._selected_row()) is not None:
            self.case_requested.emit(row.id)

    def open_case_board(self) -> None:
        if (row := self._selected_row()) is None:
            return
        self.board_requested.emit(row.id, row.number)

    def open_letters(self) -> None:
        if (row := self._selected_row()) is None:
            return
        LettersDialog(self._database, row.id, row.number, self).exec()

    def close_selected(self) -> CloseCaseDialog | None:
        """Open 结案 for the selected case (window-modal, returned for a caller to fill); once closed
        the list shows it and its review falls due."""
        if (row := self._selected_row()) is None:
            return None
        case_id = row.id
        try:
            dialog = CloseCaseDialog(self._database, case_id, self)
        except ValidationFailed as failure:  # closed or deleted at another desk meanwhile
            self.message.emit(message_text(failure))
            self.reload()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._closed)
        dialog.open()
        return dialog

    def _close_tip(self) -> str:
        return self.tr("选中案件结案：按期完成、逾期完成、失败或撤回；之后须在 24 个工作小时内复盘")

    def _update_close_button(self) -> None:
        """结案… only for an open case; a closed one's tooltip says how it was closed."""
        if not self._may_close:  # the tooltip names who may
            return
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        closed = row is not None and not row.status.is_open
        self.close_case_button.setEnabled(not closed)
        self.close_case_button.setToolTip(
            self.tr("该案件已结案（{status}），不能再次结案").format(status=label(row.status))
            if row is not None and closed
            else self._close_tip()
        )

    def _closed(self) -> None:
        self.message.emit(self.tr("已结案。请在 24 个工作小时内完成复盘（知识库 → 待复盘）。"))

    def selected_case_ids(self) -> list[int]:
        return [self.model.row_at(index.row()).id for index in self.table.selectionModel().selectedRows()]

    def print_letters(self, printer: QPrinter | None = None) -> int:
        """Print the latest letter of every selected case, generating one where there is none."""
        case_ids = self.selected_case_ids()
        if not case_ids:
            self.message.emit(self.tr("请先在列表中选中要打印的案件（可按住 Ctrl 或 Shift 多选）"))
            return 0
        if printer is None:
            printer = self.batch_printer()
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return 0
        paths, missing = [], []
        now = self._database.clock.now()
        for case_id in case_ids:
            letters = [
                v
                for v in list_letter_versions(self._database, case_id)
                if v.kind is DocumentKind.CONFIRMATION
            ]
            letter = (
                letters[0]
                if letters
                else perform(self, partial(generate_letter_version, self._database, case_id, now))
            )
            try:
                paths.append(letter_copy(self._database, letter))
            except DocumentUnavailable as error:  # the others still print; this one is named
                missing.append(message_text(error))
        pages = print_pdfs(paths, printer) if paths else 0
        done = self.tr("已送打印 {n} 份确认书，共 {pages} 页").format(n=len(paths), pages=pages)
        self.message.emit("；".join([done, *missing]))
        return pages

    def batch_printer(self) -> QPrinter:
        """The printer for 批量打印: printed to a PDF file, the letters go to 确认书-批量-<date>.pdf."""
        today = self._database.clock.now().date()
        return letter_printer(self.tr("确认书-批量-{date}.pdf").format(date=f"{today:%Y-%m-%d}"))

    def selected_case_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def select_case(self, case_id: int) -> None:
        """Select the case (and take the focus); if the list is on its way, once it has arrived."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == case_id:
                self._select_row(row)
                self.table.scrollTo(self.model.index(row, 0))
                self.table.setFocus()
                return
        if self.reader.pending:
            self._chosen = case_id

    def _select_row(self, row: int) -> None:
        """``row`` alone selected and current (selectRow adds to a selection made before)."""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def focus_search(self) -> None:
        """Ctrl+F: the cursor in the search field with its text selected, to type a new search over it."""
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):  # ↓ goes from the search into what it found
            self._enter_list()
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        if not self.table.currentIndex().isValid():
            self._select_row(0)
        self.table.setFocus()

    def _search_entered(self) -> None:
        """Enter in the search: the one case found opens; among several, the list takes the keys."""
        if self.model.rowCount() == 1:
            self._select_row(0)
            self.open_case()
        elif self.model.rowCount():
            self._enter_list()

    def _on_search(self, text: str) -> None:
        self.model.set_search_text(text)
        if self.model.rowCount() == 1:  # the one case found is the one Ctrl+L, Ctrl+B, Enter act on
            self._select_row(0)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("共 %n 个案件", "", total))
        else:
            self.count_label.setText(
                self.tr("找到 {shown} 个，共 {total} 个案件").format(shown=shown, total=total)
            )
