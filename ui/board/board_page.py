"""看板: the coordinator's board of every open case, or of one case, with filters and undo.

Every move goes through ``app.usecases.board.move_task``, which reschedules the case; the model
then swaps in that case's cards. Moves are commands on a QUndoStack (Ctrl+Z / Ctrl+Shift+Z).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import datetime
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.changes import Changes
from app.db.database import Database
from app.domain.board_rules import DueClock, keyboard_step
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Permission
from app.domain.vocabulary import ServiceType, TaskStatus
from app.domain.working_calendar import WorkingCalendar, time_remark
from app.usecases.access import may
from app.usecases.board import (
    MoveRequest,
    MoveResult,
    PredecessorsOpen,
    UnsignedStart,
    move_task,
    reschedule_open_cases,
)
from app.usecases.board_cards import (
    BoardCard,
    ColumnSetting,
    board_columns,
    expedite_lane_counts,
    leading_cases,
    load_board,
)
from app.usecases.calendar import load_working_calendar
from app.usecases.errors import UseCaseError, ValidationFailed
from app.usecases.staff import StaffMember, list_staff
from ui.access import who_may
from ui.board.board_model import EXPEDITE_LANE, BoardModel, CardFilter, LaneKind, column_totals
from ui.board.board_view import BoardView
from ui.board.card_delegate import Density
from ui.board.column_settings_dialog import ColumnSettingsDialog
from ui.board.task_dialog import TaskDialog
from ui.case_number import typed_case
from ui.field_cell import ERROR_STYLE
from ui.labels import label, message_text
from ui.operations import perform
from ui.preferences import Preferences
from ui.undoable_operation import UndoableOperation
from ui.worker import LatestRead, run_in_background

#: Beyond this many cases changed at once, the board is read again whole rather than case by case.
BOARD_CASES_ONE_BY_ONE = 50
#: Case lanes the office board shows before its first paint, after the ⚡ lane: a few screens' worth.
LEADING_LANES = 40
#: Records whose change moves every card: the columns, and the working calendar every due time is on
#: (the office's hours among its settings).
WHOLE_BOARD = frozenset(
    {"board_column", "holiday_notice", "holiday_notice_day", "calendar_override", "office_profile"}
)


class _Board(NamedTuple):
    """A board as stored: the working calendar its due times are on, its columns, its cards (and the
    ⚡ lane's cards still to be read, counted by case and column)."""

    calendar: WorkingCalendar
    columns: list[ColumnSetting]
    cards: list[BoardCard]
    awaited: dict[int, dict[TaskStatus, int]] = {}
    staff: list[StaffMember] | None = None  # for the assignee filter, read with the first board


def _read_board(
    database: Database, now: datetime, case_id: int | None, among: Collection[int] | None = None
) -> _Board:
    """The board read afresh, the calendar too (a notice may have been imported meanwhile); ``among``:
    only those cases' cards (see :func:`load_board`)."""
    calendar = load_working_calendar(database)
    cards = load_board(database, now, case_id, calendar, among=among)
    return _Board(calendar, board_columns(database), cards)


class BoardPage(QWidget):
    def __init__(
        self, database: Database, preferences: Preferences | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._preferences = preferences
        self._loaded = False
        self._expedite_folded = False  # the ⚡ lane's first fold is decided (then the model keeps it)
        self._case_id: int | None = None
        self._calendar: WorkingCalendar | None = None  # the board's, read with its cards
        self._reads = LatestRead(self)  # the lanes after the leading ones, or the board after a change
        self.undo_stack = QUndoStack(self)
        # What to ask the coordinator; tests answer instead of a dialog.
        self.ask_blocked_reason: Callable[[str], str | None] = self._ask_blocked_reason
        self.confirm: Callable[[str], bool] = self._confirm
        self.ask_unsigned_start: Callable[[str, str], bool] = self._ask_unsigned_start

        self.model = BoardModel(self)
        self.model.move_requested.connect(
            lambda task, status, before: self.request_move(task, TaskStatus(status), before or None)
        )
        self.view = BoardView()
        self.view.setObjectName("board_view")
        self.view.setModel(self.model)
        self.view.card_selected.connect(self._show_selected)
        self.view.open_requested.connect(self.open_card)
        self.view.keyboard_move.connect(self.move_by_keyboard)
        self.view.lane_toggled.connect(self._lane_toggled)
        self.view.block_requested.connect(
            lambda task_id: self.request_move(task_id, TaskStatus.BLOCKED, None)
        )

        self.scope = QComboBox()
        self.scope.setObjectName("board_scope")
        self.scope.addItem(self.tr("全所看板"), None)
        self.case_number = QLineEdit()
        self.case_number.setObjectName("board_case_number")
        self.case_number.setPlaceholderText(self.tr("案件编号，如 JJ2026-00042，回车打开单案看板"))
        self.case_number.returnPressed.connect(self._open_case_by_number)
        self.lanes = QComboBox()
        self.lanes.setObjectName("board_lanes")
        lane_kinds = (
            (LaneKind.CASE, self.tr("泳道：按案件")),
            (LaneKind.ASSIGNEE, self.tr("泳道：按负责人")),
            (LaneKind.SERVICE, self.tr("泳道：按业务类型")),
        )
        for kind, text in lane_kinds:
            self.lanes.addItem(text, kind)
        self.lanes.currentIndexChanged.connect(lambda _i: self.model.set_lane_kind(self.lanes.currentData()))
        self.compact = QCheckBox(self.tr("紧凑卡片"))
        self.compact.setObjectName("board_compact")
        self.compact.setToolTip(self.tr("每张卡片只显示两行：任务与负责人，案件与剩余工时"))
        self.compact.toggled.connect(self._set_compact)
        self.compact.setChecked(preferences is not None and preferences.board_compact)
        self.scope.currentIndexChanged.connect(lambda _i: self.load(self.scope.currentData()))
        columns = QPushButton(self.tr("列设置…"))
        columns.clicked.connect(self._edit_columns)
        if not may(database, Permission.EDIT_SETTINGS):
            columns.setToolTip(
                self.tr("查看看板列设置（修改{who}）").format(who=who_may(Permission.EDIT_SETTINGS))
            )
        refresh = QPushButton(self.tr("刷新"))
        refresh.setToolTip(self.tr("重新读取看板并按当前时间重新排程（F5）"))
        refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([undo, redo])
        undo_button, redo_button = QPushButton(self.tr("撤销")), QPushButton(self.tr("重做"))
        undo_button.setToolTip(self.tr("撤销上一次移动（Ctrl+Z）"))
        redo_button.setToolTip(self.tr("重做（Ctrl+Shift+Z）"))
        undo_button.clicked.connect(self.undo_stack.undo)
        redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo_button.setEnabled)
        undo_button.setEnabled(False)
        redo_button.setEnabled(False)

        self.assignee = QComboBox()
        self.assignee.setObjectName("filter_assignee")
        self.assignee.addItem(self.tr("全部负责人"), None)
        self.assignee.addItem(self.tr("未分配"), -1)  # the people, once read with the first board
        self.service = QComboBox()
        self.service.setObjectName("filter_service")
        self.service.addItem(self.tr("全部业务类型"), None)
        for service in ServiceType:
            self.service.addItem(label(service), service.value)
        self.only_critical = QCheckBox(self.tr("只看关键路径"))
        self.only_overdue = QCheckBox(self.tr("只看超期"))
        self.only_blocked = QCheckBox(self.tr("只看受阻"))
        self.search = QLineEdit()
        self.search.setObjectName("board_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索任务、案件、客户或负责人（Ctrl+F）"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        for combo in (self.assignee, self.service):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        for box in (self.only_critical, self.only_overdue, self.only_blocked):
            box.toggled.connect(lambda _c: self._filter_changed())
        self.search.textChanged.connect(lambda _t: self._filter_changed())

        self.message = QLabel()
        self.message.setObjectName("board_message")
        self.message.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("board_status")
        self._reads.failed.connect(self.status.setText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        for widget in (
            self.scope, self.case_number, self.lanes, self.compact, columns, undo_button, redo_button, refresh
        ):  # fmt: skip
            top.addWidget(widget)
        filters = QHBoxLayout()
        for field in (self.assignee, self.service, self.only_critical, self.only_overdue, self.only_blocked):
            filters.addWidget(field)
        filters.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        hint = QLabel(
            self.tr(
                "方向键选择卡片；Ctrl+←/→ 移到相邻列（跳过受阻），Ctrl+B 移到受阻，Ctrl+↑/↓ 调整顺序；"
                "回车打开任务；空格或单击泳道标题折叠、展开泳道；也可用鼠标拖动。"
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #607d8b;")
        layout.addWidget(hint)

    # -- loading ----------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        if not self._loaded:
            self._open()
        super().showEvent(event)

    def _open(self) -> None:
        """The board's first show paints at once: its cards are read off the GUI thread, the office's
        leading lanes first (a screen holds a dozen), then the rest (thousands of cards)."""
        self._loaded = True
        database, case_id, now = self._database, self._case_id, self._database.clock.now()
        self.status.setText(self.tr("正在读取看板…"))
        # The ⚡ lane starts folded when the user folded it, or (never chosen) when it is taller than the
        # screen: its ~12,000 cards are then read with the rest, the leading read counting them.
        chosen = self._preferences.board_expedite_collapsed if self._preferences is not None else None
        fits = self.view.cards_on_a_screen()

        def read() -> tuple[_Board, list[int]]:
            board, lead = leading_read()
            return board._replace(staff=list_staff(database)), lead

        def leading_read() -> tuple[_Board, list[int]]:
            if case_id is not None:
                return _read_board(database, now, case_id), []
            lead = leading_cases(database, LEADING_LANES)
            if not lead.more:
                return _read_board(database, now, None), []
            if chosen is not False:
                awaited = expedite_lane_counts(database, now)
                if chosen or max(column_totals(awaited).values(), default=0) > fits:
                    board = _read_board(database, now, None, among=lead.others)
                    return board._replace(awaited=awaited), lead.others
            among = lead.expedite + lead.others
            return _read_board(database, now, None, among=among), among

        def show(read: tuple[_Board, list[int]]) -> None:
            board, lead = read
            self._show_board(board, now)
            self._fold_expedite_lane()
            if lead:
                calendar = board.calendar
                self._reads.read(
                    lambda: load_board(database, now, None, calendar, besides=lead), self._show_rest
                )
            self._update_status()

        self._reads.read(read, show)

    def load(self, case_id: int | None = None) -> None:
        """Show every open case (None) or one case's board, read at once."""
        self._case_id = case_id
        now = self._database.clock.now()
        self._reads.overtake()  # what was on its way for the board shown before is not shown now
        board = _read_board(self._database, now, case_id)
        if self.assignee.count() <= 2:  # read at once before the page was first shown
            board = board._replace(staff=list_staff(self._database))
        self._show_board(board, now)
        self._fold_expedite_lane()
        self._loaded = True
        self._update_status()

    @property
    def reading(self) -> bool:
        """Cards are on their way: the lanes after the leading ones (see :meth:`load`), or the board
        read again after a change."""
        return self._reads.pending

    def _show_rest(self, cards: list[BoardCard]) -> None:
        self.model.add_cards(cards)
        self._update_status()

    def _fold_expedite_lane(self) -> None:
        """The ⚡ lane as the user left it; never chosen, folded when it is taller than the screen (the
        office's ~800 urgent cards would hide every other lane). Decided once: then the model keeps it."""
        row = self.model.row_of(EXPEDITE_LANE)
        if row is None or self._expedite_folded or self._case_id is not None:  # the office's board
            return
        chosen = self._preferences.board_expedite_collapsed if self._preferences is not None else None
        self.model.set_collapsed(row, self.view.taller_than_screen(row) if chosen is None else chosen)
        self._expedite_folded = True

    def _lane_toggled(self, row: int, collapsed: bool) -> None:
        if self._preferences is not None and self.model.lane(row) == EXPEDITE_LANE:
            self._preferences.board_expedite_collapsed = collapsed

    def refresh(self) -> None:
        """Reschedule every open case as of now, off the GUI thread, then show the board again."""
        self._say(self.tr("正在按当前时间重新排程在办案件…"))
        now = self._database.clock.now()
        run_in_background(
            lambda: reschedule_open_cases(self._database, now),
            self._rescheduled,
            lambda error: self._say(message_text(error), error=True),
            self,
        )

    def _rescheduled(self, count: int) -> None:
        self.load(self._case_id)
        self._say(self.tr("已重新排程 {n} 个在办案件").format(n=count))

    def apply_changes(self, changes: Changes, shown: bool) -> None:
        """What changed (here or at another desk) shown, read on the thread pool: the cards of the
        cases changed, even while hidden (cheap, case by case); the whole board when its columns or
        many cases changed, if shown, else when next shown."""
        if not self._loaded:
            return
        if changes.entities & WHOLE_BOARD or len(changes.case_ids) > BOARD_CASES_ONE_BY_ONE:
            if shown:
                self._read_again()
            else:
                self._loaded = False
            return
        for case_id in changes.case_ids & ({self._case_id} if self._case_id else changes.case_ids):
            self._read_case_again(case_id)

    def _read_case_again(self, case_id: int) -> None:
        # On the board's calendar: a change to the calendar reads the whole board again, with it.
        database, now, calendar = self._database, self._database.clock.now(), self._calendar
        self._reads.read(
            lambda: load_board(database, now, case_id, calendar),
            lambda cards: self.model.apply_case_cards(case_id, cards),
            key=case_id,
        )

    def _read_again(self) -> None:
        """The whole board read on the thread pool, then shown."""
        database, case_id, now = self._database, self._case_id, self._database.clock.now()

        def show(board: _Board) -> None:
            if case_id == self._case_id:  # else the board of another scope is shown by now
                self._show_board(board, now)
                self._update_status()

        self._reads.read(lambda: _read_board(database, now, case_id), show)

    def _show_board(self, board: _Board, now: datetime) -> None:
        self._calendar = board.calendar
        if board.staff is not None and self.assignee.count() <= 2:
            blocked = self.assignee.blockSignals(True)  # the filter is unchanged: all people
            for member in board.staff:
                self.assignee.addItem(member.name, member.id)
            self.assignee.blockSignals(blocked)
        self.model.set_board(board.columns, board.cards, DueClock(board.calendar, now), board.awaited)

    def show_case(self, case_id: int, number: str) -> None:
        index = self.scope.findData(case_id)
        if index < 0:
            self.scope.addItem(self.tr("单案看板：{number}").format(number=number), case_id)
            index = self.scope.count() - 1
        if self.scope.currentIndex() == index:
            self.load(case_id)
        else:
            self.scope.setCurrentIndex(index)  # loads

    def _open_case_by_number(self) -> None:
        found = typed_case(self._database, self.case_number.text())
        if isinstance(found, str):
            self._say(found, error=True)
        else:
            self.show_case(*found)

    def _set_compact(self, compact: bool) -> None:
        self.view.set_density(Density.COMPACT if compact else Density.NORMAL)
        if self._preferences is not None:
            self._preferences.board_compact = compact

    def _filter_changed(self) -> None:
        service = self.service.currentData()
        self.model.set_filter(
            CardFilter(
                assignee_id=self.assignee.currentData(),
                service_type=ServiceType(service) if service else None,
                only_critical=self.only_critical.isChecked(),
                only_overdue=self.only_overdue.isChecked(),
                only_blocked=self.only_blocked.isChecked(),
                text=self.search.text(),
            )
        )
        self._update_status()

    def _update_status(self) -> None:
        text = self.tr("显示 {shown} 张卡片").format(shown=self.model.shown_count())
        self.status.setText(text + self.tr("，正在读取其余案件…") if self._reads.pending else text)

    def _show_selected(self, task_id: int) -> None:
        card = self.model.card(task_id)
        if card is None:
            self._update_status()
            return
        due = "—"
        if card.due and self._calendar is not None:
            info = self._calendar.day(card.due.date())
            due = format_datetime(card.due) + message_text(time_remark(info.makeup, info.estimated))
        self.status.setText(
            self.tr("{number} {client}｜{task}｜{status}｜最迟完成 {due}｜案件截止 {deadline}").format(
                number=card.case_number,
                client=card.client_name,
                task=card.task_name,
                status=label(card.status),
                due=due,
                deadline=format_datetime(card.case_deadline),
            )
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")
        self.message.setText(text)

    # -- moves ------------------------------------------------------------------------------
    def request_move(self, task_id: int, to_status: TaskStatus, before_task_id: int | None) -> bool:
        """A drop or a keyboard move: ask what the move needs, run it, make it undoable."""
        card = self.model.card(task_id)
        if card is None:
            return False
        if not may(self._database, Permission.PLAN_TASKS):  # move_task refuses it anyway
            self._say(self.tr("不能移动任务：{who}").format(who=who_may(Permission.PLAN_TASKS)), error=True)
            return False
        reason: str | None = ""
        if to_status is TaskStatus.BLOCKED and card.status is not TaskStatus.BLOCKED:
            reason = self.ask_blocked_reason(card.task_name)
            if reason is None:
                return False
        reason = reason or card.blocked_reason
        request = MoveRequest(task_id, to_status, before_task_id, blocked_reason=reason, version=card.version)
        result = self.run_move(request)
        if result is None:
            return False
        text = self.tr("移动“{task}”到“{column}”").format(task=card.task_name, column=label(to_status))
        self.undo_stack.push(UndoableOperation(self.undo_stack, text, result, self.show_move, self.refused))
        return True

    def run_move(self, request: MoveRequest) -> MoveResult | None:
        """The move, asked again once for each warning the coordinator answers 是 to."""
        now = self._database.clock.now()

        def move(asked: MoveRequest) -> MoveResult:
            return perform(self, lambda: move_task(self._database, asked, now, self._calendar))

        while True:
            try:
                result = move(request)
                break
            except UnsignedStart as warning:
                if not may(self._database, Permission.DOCUMENTS):  # not this login's decision to make
                    text = self.tr("{number} 的确认书尚未签回，先行办理{who}").format(
                        number=warning.number, who=who_may(Permission.DOCUMENTS)
                    )
                    self._say(text, error=True)
                    return None
                decided_by = self._database.actor.name if self._database.actor else ""
                if not self.ask_unsigned_start(warning.number, decided_by):
                    return None
                request = replace(request, start_unsigned=True)
            except PredecessorsOpen as warning:
                if not self.confirm(message_text(warning)):
                    return None
                request = replace(request, confirmed=True)
            except UseCaseError as error:
                self.refused(error)
                return None
        self.show_move(result)
        return result

    def show_move(self, result: MoveResult) -> None:
        """A move made, undone or redone: its case's cards, the card selected, the case's projection."""
        if result.renumbered:  # the column was spaced out: other cases' cards changed place too
            self.load(self._case_id)
        else:
            self.model.apply_case_cards(result.card.case_id, result.case_cards)
        self.view.select_card(result.card.task_id)
        # The summary says the projected finish (预计 … 完成); a case without a plan has none to say.
        summary = result.summary or self.tr("无法预计完成时间。")
        self._say(self.tr("{number}：{summary}").format(number=result.card.case_number, summary=summary))

    def refused(self, error: UseCaseError) -> None:
        """A move refused, the reason said; refused by what is stored (another desk moved the card),
        the cards shown where they are stored."""
        if not isinstance(error, ValidationFailed):
            self.load(self._case_id)
        self._say(message_text(error), error=True)

    def move_by_keyboard(self, task_id: int, column_step: int, place_step: int) -> None:
        place = self.model.locate(task_id)
        if place is None:
            return
        row, column, position = place
        if column_step:
            statuses = [setting.status for setting in self.model.columns]
            target = keyboard_step(statuses, column, column_step)
            if target is not None:
                self.request_move(task_id, statuses[target], None)
            return
        cards = self.model.cards_at(row, column)
        target = position + place_step
        if not 0 <= target < len(cards):
            return
        # Among the other cards: up, the place of the card above; down, after the next one.
        before = self.model.place_before(row, column, task_id, target)
        if before == self.model.place_before(row, column, task_id, position):
            return  # it would stay: the ⚡ lane keeps a card among its own priority
        self.request_move(task_id, self.model.columns[column].status, before)

    def open_card(self, task_id: int) -> None:
        dialog = TaskDialog(self._database, task_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.cards:
            self.model.apply_case_cards(dialog.cards[0].case_id, dialog.cards)
            self.view.select_card(task_id)

    def _edit_columns(self) -> None:
        if ColumnSettingsDialog(self._database, self).exec() == QDialog.DialogCode.Accepted:
            self.load(self._case_id)

    def _ask_blocked_reason(self, task_name: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("受阻原因"), self.tr("“{task}”为什么受阻？").format(task=task_name)
        )
        while ok and not text.strip():
            text, ok = QInputDialog.getText(
                self, self.tr("受阻原因"), self.tr("请填写受阻原因（不能为空）：")
            )
        return text.strip() if ok else None

    def _ask_unsigned_start(self, case_number: str, decided_by: str) -> bool:
        return self._yes_no(
            self.tr("确认书尚未签回"),
            self.tr("{number} 的确认书尚未签回。仍要开始办理吗？\n这一决定将记为{person}作出。").format(
                number=case_number, person=decided_by
            ),
        )

    def _confirm(self, question: str) -> bool:
        return self._yes_no(self.tr("前置任务未完成"), question)

    def _yes_no(self, title: str, question: str) -> bool:
        """A warning's question; Enter answers 否, the safe answer: the move is not made."""
        no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
        return QMessageBox.question(self, title, question, yes | no, no) == yes
