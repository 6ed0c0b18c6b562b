"""The coordinator's Kanban board as it is read: its columns and its cards.

Cards carry the schedule figures stored on their tasks (see ``store_schedules``), so the office
board of thousands of cards is one query, in two narrow parts joined here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import (
    BoardColumnSetting,
    Case,
    Client,
    SlaClockRecord,
    SlaPauseRecord,
    Staff,
    Task,
    UrgencyAssessmentRecord,
)
from app.domain.permissions import Permission
from app.domain.risk_window import applies_to, overlaps
from app.domain.sla import Clock, ClockState, Pause, ResponseLevel, clock_calendar
from app.domain.urgency import Priority, Recommendation, priority_order
from app.domain.vocabulary import (
    BOARD_STATUSES,
    OPEN_CASE_STATUSES,
    QT_TRANSLATE_NOOP,
    ServiceType,
    TaskStatus,
)
from app.domain.working_calendar import WorkingCalendar
from app.usecases.access import requires
from app.usecases.calendar import load_working_calendar
from app.usecases.cases import ASSESSMENT_FIGURES, stored_priority
from app.usecases.errors import ValidationFailed
from app.usecases.risk_calendar import WindowView, windows_in

#: The office board keeps done cards for a day, then they leave it (the case board keeps them all).
DONE_KEPT_FOR = timedelta(days=1)


class CardClock(NamedTuple):
    """The case's most urgent running SLA clock, as of the board's loading."""

    title: str
    level: ResponseLevel
    state: ClockState
    minutes_left: int  # clock minutes; negative once breached


class BoardCard(NamedTuple):
    """One card. A named tuple: the office board builds thousands of them at once."""

    task_id: int
    version: int
    case_id: int
    case_number: str
    client_name: str
    service_type: ServiceType
    task_name: str
    status: TaskStatus
    rank: float
    assignee_id: int | None
    assignee_name: str
    due: datetime | None  # the latest finish that still holds the case deadline
    planned_finish: datetime | None
    slack_minutes: int | None
    critical: bool
    checklist_done: int
    checklist_total: int
    blocked_reason: str
    case_deadline: datetime
    expedite: bool  # the case was graded full expedite: it runs in the expedite lane
    priority: Priority | None  # from the case's urgency assessment; None: a case without one
    milestone: bool
    risk_windows: tuple[str, ...] = ()  # titles of the policy-risk windows its planned interval crosses
    clock: CardClock | None = None  # the case's most urgent running SLA clock


#: Cards in a column: by rank, ties by task id (C-level key: sorting thousands of cards).
card_order = itemgetter(BoardCard._fields.index("rank"), 0)


def expedite_lane_order(card: BoardCard) -> tuple[int, float, int]:
    """The expedite lane's cards: by priority first, then as :data:`card_order`. Other lanes keep
    the coordinator's order alone."""
    return priority_order(card.priority), card.rank, card.task_id


@dataclass(frozen=True)
class ColumnSetting:
    status: TaskStatus
    title: str
    wip_limit: int = 0  # 0: no limit
    wip_per_lane: bool = False


def board_columns(database: Database) -> list[ColumnSetting]:
    """The office's columns in its order; statuses it never configured keep their own name."""
    with database.unit_of_work() as session:
        stored = {row.status: row for row in session.scalars(select(BoardColumnSetting))}
    positions = {
        status: stored[status].position if status in stored else n for n, status in enumerate(BOARD_STATUSES)
    }
    return [
        ColumnSetting(status, stored[status].title, stored[status].wip_limit, stored[status].wip_per_lane)
        if status in stored else ColumnSetting(status, "")
        for status in sorted(BOARD_STATUSES, key=lambda s: positions[s])
    ]  # fmt: skip


@requires(Permission.EDIT_SETTINGS)
def save_board_columns(database: Database, columns: list[ColumnSetting]) -> None:
    """Store titles, order and WIP limits (the list's order is the board's order).

    Raises:
        ValidationFailed: ``columns`` for a negative limit or a title over 40 characters.
    """
    for column in columns:
        if column.wip_limit < 0 or len(column.title.strip()) > 40:
            raise ValidationFailed(
                {"columns": QT_TRANSLATE_NOOP("messages", "WIP 上限不能为负数，列名不能超过 40 个字")}
            )
    with database.unit_of_work() as session:
        session.execute(delete(BoardColumnSetting))
        session.execute(
            insert(BoardColumnSetting),
            [{"status": c.status, "position": n, "title": c.title.strip(), "wip_limit": c.wip_limit,
              "wip_per_lane": c.wip_per_lane} for n, c in enumerate(columns)],
        )  # fmt: skip


@dataclass(frozen=True)
class _CaseFacts:
    number: str
    client_name: str
    service_type: ServiceType
    deadline: datetime
    expedite: bool
    priority: Priority | None
    region: str


# Status and times come as the driver gives them (text in SQLite, values in PostgreSQL) and are
# converted below: SQLAlchemy's per-value processors were half the office board's load time.
_TASK_COLUMNS = (
    Task.id, Task.version, Task.case_id, Task.name, type_coerce(Task.status, String), Task.board_rank,
    Task.assignee_id, type_coerce(Task.latest_finish, String), type_coerce(Task.planned_finish, String),
    Task.slack_minutes, Task.critical, Task.checklist_done, Task.checklist_total, Task.blocked_reason,
    Task.milestone, type_coerce(Task.planned_start, String), func.coalesce(Staff.name, ""),
)  # fmt: skip
#: Their rows: the coerced columns as the driver gives them (select() would type ten columns, as str).
_TaskRow = tuple[
    int, int, int, str, str, float, int | None, str | datetime | None, str | datetime | None, int | None,
    bool, int, int, str, bool, str | datetime | None, str,
]  # fmt: skip
_STATUSES = {status.value: status for status in TaskStatus}


def _instant(value: str | datetime | None) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _cards(
    session: Session, case_filter, task_filter, now: datetime, calendar: WorkingCalendar
) -> list[BoardCard]:
    """Cards in two narrow queries, cases and tasks, joined here: a third of the work of one wide join.
    The risk windows and the running clocks are a handful of rows, read once for every card."""
    connection = session.connection()  # Core rows: nothing here needs the ORM's identity map
    case_rows = connection.execute(
        select(Case.id, Case.number, Client.name, Case.service_type, Case.requested_deadline, Case.region,
               UrgencyAssessmentRecord.chosen == Recommendation.FULL, *ASSESSMENT_FIGURES)
        .join(Client, Case.client_id == Client.id)
        .outerjoin(UrgencyAssessmentRecord, UrgencyAssessmentRecord.case_id == Case.id)
        .where(case_filter)
    )  # fmt: skip
    cases = {  # select() types no more than ten columns: these rows come untyped
        case_id: _CaseFacts(number, client, service, deadline, bool(full), stored_priority(figures), region)
        for case_id, number, client, service, deadline, region, full, *figures in cast(
            Iterable[tuple[Any, ...]], case_rows
        )
    }
    query = (
        select(*_TASK_COLUMNS)
        .outerjoin(Staff, Staff.id == Task.assignee_id)  # the assignee's name: not every person's
        .where(Task.case_id.in_(select(Case.id).where(case_filter)), task_filter)
    )
    tasks = cast(Sequence[_TaskRow], connection.execute(query).all())
    risks = _RiskWindows(windows_in(session, now))
    clocks = _urgent_clocks(connection, case_filter, now, calendar)
    cards = []
    for (task_id, version, case_id, name, status, rank, assignee, due, planned, slack, critical, done, total,
         blocked, milestone, start, assignee_name) in tasks:  # fmt: skip
        case, finish = cases[case_id], _instant(planned)
        crossed = risks.crossed(case, start, finish) if risks and status != TaskStatus.DONE else ()
        cards.append(BoardCard(
            task_id, version, case_id, case.number, case.client_name, case.service_type, name,
            _STATUSES[status], rank, assignee, assignee_name, _instant(due), finish,
            slack, bool(critical), done, total, blocked, case.deadline, case.expedite, case.priority,
            bool(milestone), crossed, clocks.get(case_id),
        ))  # fmt: skip
    cards.sort(key=card_order)
    return cards


class _RiskWindows:
    """The policy-risk windows not yet over, checked against each open card's planned interval.

    Thousands of cards: the windows concerning a kind of case (type and region) are found once, and
    a card's start is read only when it finishes after the first of them begins.
    """

    def __init__(self, windows: list[WindowView]) -> None:
        self._windows = sorted(windows, key=lambda w: w.starts_at)
        self._concerning: dict[tuple[ServiceType, str], tuple[list[WindowView], datetime]] = {}

    def __bool__(self) -> bool:
        return bool(self._windows)

    def crossed(
        self, case: _CaseFacts, start: str | datetime | None, finish: datetime | None
    ) -> tuple[str, ...]:
        key = (case.service_type, case.region)
        found = self._concerning.get(key)
        if found is None:
            windows = [w for w in self._windows if applies_to(w, *key)]
            found = self._concerning[key] = (windows, windows[0].starts_at if windows else datetime.max)
        windows, first_start = found
        if finish is None or finish <= first_start:
            return ()
        start = _instant(start) or finish
        return tuple(w.title for w in windows if overlaps(w, start, finish))


def _urgent_clocks(connection, case_filter, now: datetime, office: WorkingCalendar) -> dict[int, CardClock]:
    """Case id → its most urgent running clock: the least time left, a paused one last."""
    running = and_(
        SlaClockRecord.stopped_at.is_(None), SlaClockRecord.case_id.in_(select(Case.id).where(case_filter))
    )
    pauses: dict[int, list[Pause]] = {}
    for clock_id, start, end in connection.execute(
        select(SlaPauseRecord.clock_id, SlaPauseRecord.start, SlaPauseRecord.end)
        .join(SlaClockRecord, SlaClockRecord.id == SlaPauseRecord.clock_id)
        .where(running)
    ):
        pauses.setdefault(clock_id, []).append(Pause(start, end))
    urgent: dict[int, CardClock] = {}
    for clock_id, case_id, title, level, minutes, around, started in connection.execute(
        select(SlaClockRecord.id, SlaClockRecord.case_id, SlaClockRecord.title, SlaClockRecord.level,
               SlaClockRecord.minutes, SlaClockRecord.around_the_clock, SlaClockRecord.started_at)
        .where(running)
    ):  # fmt: skip
        calendar = clock_calendar(around, office)
        clock = Clock(started, minutes, tuple(sorted(pauses.get(clock_id, ()), key=lambda p: p.start)))
        used = clock.used_minutes(calendar, now)
        found = CardClock(title, level, clock.state(calendar, now, used), minutes - used)
        best = urgent.get(case_id)
        if best is None or _clock_urgency(found) < _clock_urgency(best):
            urgent[case_id] = found
    return urgent


def _clock_urgency(clock: CardClock) -> tuple[bool, int]:
    return clock.state is ClockState.PAUSED, clock.minutes_left


def _on_board(now: datetime) -> ColumnElement[bool]:
    """The tasks a board shows: open ones, and done ones while recent."""
    return or_(Task.status != TaskStatus.DONE, Task.completed_at >= now - DONE_KEPT_FOR)


def load_board(
    database: Database,
    now: datetime,
    case_id: int | None = None,
    calendar: WorkingCalendar | None = None,
    *,
    among: Collection[int] | None = None,
    besides: Collection[int] = (),
) -> list[BoardCard]:
    """The cards of one case, or of every open case (done cards only while recent), in column order;
    the office's board shown in parts (see :func:`leading_cases`): only the open cases ``among``, or
    those not ``besides``."""
    calendar = calendar or load_working_calendar(database)
    with database.unit_of_work() as session:
        if case_id is not None:
            return case_cards(session, case_id, now, calendar)
        cases: ColumnElement[bool] = Case.status.in_(OPEN_CASE_STATUSES)
        if among is not None:
            cases = and_(cases, Case.id.in_(among))
        if besides:
            cases = and_(cases, Case.id.not_in(besides))
        return _cards(session, cases, _on_board(now), now, calendar)


class LeadingCases(NamedTuple):
    """The open cases whose lanes lead the office board (by case), see :func:`leading_cases`."""

    expedite: list[int]  # every full-expedite case: the ⚡ lane, first
    others: list[int]  # the first of the rest by number
    more: bool  # open cases are left after these


def leading_cases(database: Database, others: int) -> LeadingCases:
    """The office board's leading lanes: the ⚡ lane's cases and the first ``others`` of the rest.

    The board shows these at once and the rest after its first paint: a screen holds a dozen lanes,
    the office has thousands of cards.
    """
    with database.unit_of_work() as session:
        rows = session.execute(
            select(Case.id, UrgencyAssessmentRecord.chosen == Recommendation.FULL)
            .outerjoin(UrgencyAssessmentRecord, UrgencyAssessmentRecord.case_id == Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.number)
        ).all()  # fmt: skip
    rest = [case_id for case_id, full in rows if not full]
    return LeadingCases([case_id for case_id, full in rows if full], rest[:others], len(rest) > others)


def expedite_lane_counts(database: Database, now: datetime) -> dict[int, dict[TaskStatus, int]]:
    """The ⚡ lane's cards counted by the database, by case and column: what the office board shows
    of the lane folded (some 12,000 cards on a large office) before its cards are read."""
    counts: dict[int, dict[TaskStatus, int]] = {}
    with database.unit_of_work() as session:
        for case_id, status, count in session.execute(
            select(Task.case_id, Task.status, func.count())
            .join(Case, Case.id == Task.case_id)
            .join(UrgencyAssessmentRecord, UrgencyAssessmentRecord.case_id == Case.id)
            .where(Case.status.in_(OPEN_CASE_STATUSES), UrgencyAssessmentRecord.chosen == Recommendation.FULL,
                   _on_board(now))
            .group_by(Task.case_id, Task.status)
        ):  # fmt: skip
            counts.setdefault(case_id, {})[status] = count
    return counts


def case_cards(session: Session, case_id: int, now: datetime, calendar: WorkingCalendar) -> list[BoardCard]:
    return _cards(session, Case.id == case_id, true(), now, calendar)
