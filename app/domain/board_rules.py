"""Rules of the Kanban board: what a move needs, where a card lands, how urgent a card looks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import Enum

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP, TaskStatus
from app.domain.working_calendar import WorkingCalendar

#: A card turns amber within one working day of its due time, red within two working hours.
AMBER_MINUTES = 8 * 60
RED_MINUTES = 2 * 60
#: Room a new card gets after the last one in a column.
RANK_STEP = 1.0


def move_problems(
    from_status: TaskStatus, to_status: TaskStatus, checklist_open: list[str], blocked_reason: str
) -> dict[str, str]:
    """Why a move cannot happen as asked (field → Chinese message); empty when it can."""
    problems: dict[str, str] = {}
    if to_status is TaskStatus.DONE and from_status is not TaskStatus.DONE and checklist_open:
        shown = tuple(
            Message(QT_TRANSLATE_NOOP("messages", "“{item}”"), item=item) for item in checklist_open[:3]
        )
        more = (
            Message(QT_TRANSLATE_NOOP("messages", "等 {n} 项"), n=len(checklist_open))
            if len(checklist_open) > 3
            else ""
        )
        problems["checklist"] = Message(
            QT_TRANSLATE_NOOP("messages", "检查清单尚未完成：{shown}{more}。完成检查后才能移到“已完成”"),
            shown=shown,
            more=more,
        )
    if to_status is TaskStatus.BLOCKED and not blocked_reason.strip():
        problems["blocked_reason"] = QT_TRANSLATE_NOOP(
            "messages", "请填写受阻原因（如：等待客户补充章程修正案）"
        )
    return problems


#: Columns a move into needs something typed for: 受阻 its reason.
NEEDS_INPUT = frozenset({TaskStatus.BLOCKED})


def status_change_text(old: TaskStatus, new: TaskStatus, blocked_reason: str = "") -> str:
    """A task's history line for a move between columns, as the office's record keeps it."""
    reason = f"（{blocked_reason}）" if blocked_reason else ""
    return f"从“{old.label}”移到“{new.label}”{reason}"


def keyboard_step(columns: Sequence[TaskStatus], column: int, step: int) -> int | None:
    """The column Ctrl+←/→ moves a card to from ``column``: the neighbour ``step`` (−1/+1) away,
    stepping over any that needs input (a reason to type must not interrupt a walk across the
    board); None at the board's edge."""
    target = column + step
    while 0 <= target < len(columns):
        if columns[target] not in NEEDS_INPUT:
            return target
        target += step
    return None


def rank_between(before: float | None, after: float | None) -> float:
    """A rank between two neighbours (None: no neighbour on that side)."""
    if before is None:
        return 0.0 if after is None else after - RANK_STEP
    if after is None:
        return before + RANK_STEP
    return (before + after) / 2


def place_in_group(groups: Sequence[int], group: int, index: int) -> int | None:
    """Where a card of ``group`` dropped at ``index`` goes in a cell ordered by group first (the ⚡
    lane, by priority; ``groups`` are the other cards' in their order): the index of the card it goes
    in front of, or None for the end of its group. Only a card of its own group says where it stands
    among them: a drop among another group's cards goes to the nearest end of its own."""
    first = sum(other < group for other in groups)
    last = first + sum(other == group for other in groups)
    place = min(max(index, first), last)
    return None if place == last else place


class Urgency(Enum):
    CALM = "calm"
    AMBER = "amber"
    RED = "red"


class DueClock:
    """Working time left until each card's due time, on the office calendar, as of ``now``.

    One timeline serves every card, so a board of thousands of cards costs a bisect per card.
    """

    def __init__(self, calendar: WorkingCalendar, now: datetime, history: timedelta = timedelta(days=120)):
        self._timeline = calendar.timeline((now - history).date())
        self._at, self._now = now, self._timeline.offset(now)
        self._origin = datetime.combine(self._timeline.origin, datetime.min.time())

    def minutes_left(self, due: datetime) -> int:
        """Negative when the due time has passed."""
        if due < self._origin:
            return -(10**9)  # long overdue
        return self._timeline.offset(due) - self._now

    def overdue(self, due: datetime) -> bool:
        """Working time is left no longer: a due time not before now never is, whatever the calendar
        (a folded lane counts thousands of cards at each paint)."""
        return due < self._at and self.minutes_left(due) < 0

    def urgency(self, due: datetime | None) -> Urgency:
        return Urgency.CALM if due is None else urgency_of(self.minutes_left(due))


def urgency_of(minutes_left: int) -> Urgency:
    """The colour of a due clock with ``minutes_left`` working minutes to go."""
    if minutes_left <= RED_MINUTES:
        return Urgency.RED
    return Urgency.AMBER if minutes_left <= AMBER_MINUTES else Urgency.CALM


def format_working_minutes(minutes: int) -> str:
    """``3.5 工时后到期`` / ``已超期 2 工时``: a countdown in working hours to the due time, worded
    so that it cannot be read as the work left."""
    if minutes <= -(10**8):
        return QT_TRANSLATE_NOOP("messages", "已超期")
    hours = abs(minutes) / 60
    text = f"{hours:.0f}" if hours >= 10 else f"{hours:.1f}".rstrip("0").rstrip(".")
    return (
        Message(QT_TRANSLATE_NOOP("messages", "{text} 工时后到期"), text=text)
        if minutes >= 0
        else Message(QT_TRANSLATE_NOOP("messages", "已超期 {text} 工时"), text=text)
    )
