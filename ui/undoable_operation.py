"""Undo and redo of an edit already made, for the board and the Gantt alike: each result of app/
carries its ``inverse``, the use case that reverses it; running it gives a result whose own inverse is
the edit again. Undo and redo are therefore the same step: run the last result's inverse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, Self, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from app.usecases.errors import UseCaseError
from ui.operations import perform


class Reversible(Protocol):
    @property
    def inverse(self) -> Callable[[], Self]: ...


R = TypeVar("R", bound=Reversible)


class UndoableOperation(QUndoCommand, Generic[R]):
    """An operation of the widget that owns ``stack``, already made and shown (its first result is
    ``done``). Each undo or redo is written like any operation of that widget (what changed is
    announced to the other pages) and its result handed to ``show``; a refusal (another desk changed
    the record since) goes to ``refused``, and the stack, which no longer matches what is stored, is
    emptied."""

    def __init__(
        self,
        stack: QUndoStack,
        text: str,
        done: R,
        show: Callable[[R], None],
        refused: Callable[[UseCaseError], None],
    ) -> None:
        super().__init__(text)
        self._stack, self._last, self._show, self._refused = stack, done, show, refused
        self._pushed = True  # the first redo() comes from push(): the operation is already made

    def redo(self) -> None:
        if self._pushed:
            self._pushed = False
            return
        self._reverse()

    def undo(self) -> None:
        self._reverse()

    def _reverse(self) -> None:
        origin = self._stack.parent()
        assert isinstance(origin, QWidget)  # a page's own stack
        try:
            self._last = perform(origin, self._last.inverse)
        except UseCaseError as error:
            self._refused(error)
            QTimer.singleShot(0, self._stack.clear)  # not from inside the stack's own undo()
            return
        self._show(self._last)
