"""Other desks' changes shown here within a second or two: a timer polls the change feed
(app.usecases.desk_sync); on PostgreSQL a NOTIFY from the listener thread wakes it at once.

:func:`pick_up` then reads again only what is affected: the visible page (keeping its selection),
the board's cards of the cases changed, and the case windows open on them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.db.database import Database
from app.usecases.board import load_board
from app.usecases.desk_sync import Changes, ChangeWatcher
from ui.row_table_model import select_by_id

if TYPE_CHECKING:
    from ui.case.case_window import CaseWindow

#: How often the feed is polled (ms): changes show within 2 seconds, per the issue.
POLL_MS = 1000
#: Beyond this many cases changed at once, the board is read again whole rather than case by case.
BOARD_CASES_ONE_BY_ONE = 50


class DeskSync(QObject):
    """Signals:
    changed(Changes): another desk changed something (on the GUI thread).
    """

    changed = Signal(object)
    _woken = Signal()  # emitted by the listener thread; queued to this object's (the GUI) thread

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher(database)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self._woken.connect(self.check)
        self._stop_listening: Callable[[], None] | None = None

    def start(self) -> None:
        self.timer.start()
        self._stop_listening = self.watcher.listen(self._woken.emit)

    def stop(self) -> None:
        self.timer.stop()
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None

    def check(self) -> None:
        if changes := self.watcher.poll():
            self.changed.emit(changes)


def pick_up(
    database: Database,
    pages: dict[str, QWidget],
    current: str,
    case_windows: dict[int, CaseWindow],
    changes: Changes,
) -> None:
    """Show ``changes`` made elsewhere: ``pages`` are the main window's pages by key, ``current`` the
    one shown, ``case_windows`` the open case windows by case id. A hidden list or chart is only
    marked unread (``_loaded``, which the pages' showEvent checks): it is read when next shown."""
    # A page's module is imported only once the page exists: pages not yet opened stay unloaded.
    board = pages.get("board")
    if board is not None:
        from ui.pages.board_page import BoardPage

        assert isinstance(board, BoardPage)
    if board is not None and board._loaded:  # its cards even while hidden: cheap, case by case
        scope = board.scope.currentData()
        if "board_column" in changes.entities or len(changes.case_ids) > BOARD_CASES_ONE_BY_ONE:
            if current == "board":
                board.load(scope)
            else:
                board._loaded = False  # the whole board: read when next shown
        else:
            now = database.clock.now()
            for case_id in changes.case_ids & ({scope} if scope else changes.case_ids):
                board.model.apply_case_cards(case_id, load_board(database, now, case_id))
    cases = pages.get("cases")
    if cases is not None:
        from ui.pages.cases_view import CasesView

        assert isinstance(cases, CasesView)
    if cases is not None and current == "cases":
        selected = cases.selected_case_id()
        cases.reload()
        select_by_id(cases.table, selected)  # not select_case(): that takes the focus
    elif cases is not None:
        cases._loaded = False
    gantt = pages.get("gantt")
    if gantt is not None:
        from ui.pages.gantt_page import GanttPage

        assert isinstance(gantt, GanttPage)
    if gantt is not None and current == "gantt":
        if gantt.scope.currentData() in (None, *changes.case_ids):
            gantt.reload(keep_view=True)
    elif gantt is not None:
        gantt._loaded = False
    if current == "dashboard":
        from ui.pages.dashboard_view import DashboardView

        dashboard = pages["dashboard"]
        assert isinstance(dashboard, DashboardView)
        dashboard.refresh()
    for case_id, window in list(case_windows.items()):
        if case_id in changes.case_ids:
            window.reload()
