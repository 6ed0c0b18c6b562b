"""What an edit's result carries to be undone: the use case that reverses it, ready to run. Running it
gives a result of the same kind, whose own inverse is the edit again (redo); ui/undoable_operation.py
runs them in turn."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from app.db.database import Database

R = TypeVar("R")


def inverse(use_case: Callable[..., R], database: Database, *args: Any, **kwargs: Any) -> Callable[[], R]:
    """``use_case(database, *args, **kwargs)`` to run later: as of the clock and the working calendar
    when it runs (an undo comes minutes after the edit), through its permission check as any edit."""
    return lambda: use_case(database, *args, now=database.clock.now(), **kwargs)
