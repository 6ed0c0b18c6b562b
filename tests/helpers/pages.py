"""Pages as a test meets them: shown, with what they read off the GUI thread arrived."""

import threading
from collections.abc import Callable
from typing import TypeVar

from app.db.database import Database
from ui.board.board_page import BoardPage
from ui.pages.cases_view import CasesView
from ui.preferences import Preferences

T = TypeVar("T")


def cases_list(qtbot, database: Database) -> CasesView:
    """The cases list shown, its cases read (on the thread pool, as in the app)."""
    view = CasesView(database)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.total_count() > 0)
    return view


def noting_thread(threads: list[threading.Thread], read: Callable[..., T]) -> Callable[..., T]:
    """``read`` that notes in ``threads`` the thread each call ran on."""

    def noted(*args, **kwargs) -> T:
        threads.append(threading.current_thread())
        return read(*args, **kwargs)

    return noted


def shown_board(
    qtbot, database: Database, preferences: Preferences | None = None, size=(1400, 900)
) -> BoardPage:
    """The office's board shown, its cards read (the leading lanes, then the rest, off the GUI thread)."""
    page = BoardPage(database, preferences)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.reading)
    return page
