"""The policy-risk calendar as stored: windows added, edited and removed, and which open cases' plans
run into them (from each task's stored schedule, see ``app.usecases.planning.store_schedules``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Case, Client, RiskWindow, Task
from app.domain.permissions import Permission
from app.domain.risk_window import WindowForm, applies_to, window_problems
from app.domain.vocabulary import OPEN_CASE_STATUSES, ServiceType, TaskStatus
from app.usecases.access import require
from app.usecases.errors import ValidationFailed, get_or_refuse


@dataclass(frozen=True)
class WindowView:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    region: str
    bureau: str
    service_types: tuple[str, ...]  # ServiceType codes; empty: every type
    note: str


def _view(row: RiskWindow) -> WindowView:
    return WindowView(
        row.id,
        row.title,
        row.starts_at,
        row.ends_at,
        row.region,
        row.bureau,
        tuple(row.service_types),
        row.note,
    )


def windows_in(session: Session, now: datetime | None = None) -> list[WindowView]:
    """Every window by start, or only those not yet over at ``now`` (the ones a plan can still meet)."""
    query = select(RiskWindow).order_by(RiskWindow.starts_at, RiskWindow.id)
    if now is not None:
        query = query.where(RiskWindow.ends_at > now)
    return [_view(row) for row in session.scalars(query)]


def list_windows(database: Database, now: datetime | None = None) -> list[WindowView]:
    with database.unit_of_work() as session:
        return windows_in(session, now)


def save_window(database: Database, form: WindowForm, window_id: int | None = None) -> int:
    """Add a window or update one; returns its id.

    Raises:
        ValidationFailed: ``title``, ``ends_at`` (not after the start), ``region``, ``bureau``,
            ``service_types`` (an unknown code), ``note``.
    """
    require(database, Permission.EDIT_SETTINGS)
    if problems := window_problems(form):
        raise ValidationFailed(problems)
    with database.unit_of_work() as session:
        if window_id is not None:
            row = get_or_refuse(session, RiskWindow, window_id)
        else:
            row = RiskWindow()
            session.add(row)
        row.title, row.starts_at, row.ends_at = form.title.strip(), form.starts_at, form.ends_at
        row.region, row.bureau, row.note = form.region.strip(), form.bureau.strip(), form.note.strip()
        row.service_types = sorted(set(form.service_types))
        session.flush()
        return row.id


def delete_window(database: Database, window_id: int) -> None:
    require(database, Permission.EDIT_SETTINGS)
    with database.unit_of_work() as session:
        session.execute(delete(RiskWindow).where(RiskWindow.id == window_id))


def crossings_in(
    session: Session, now: datetime, case_ids: list[int] | None = None
) -> dict[int, list[WindowView]]:
    """Open cases (or the given ones) whose open tasks are planned into a window not yet over.

    The database pairs tasks with windows by time and region; the service types (a JSON list)
    are checked here, on the few pairs that remain.
    """
    windows = {window.id: window for window in windows_in(session, now)}
    if not windows:
        return {}
    # The open tasks first, then the few windows each one crosses. Left to choose, SQLite starts from
    # the windows and looks every open task up again for each (70 ms on the large office, not 46).
    tasks = (
        select(Task.case_id, Task.planned_start, Task.planned_finish, Case.service_type, Case.region)
        .join(Case, Case.id == Task.case_id)
        .where(
            Task.status != TaskStatus.DONE,
            Case.status.in_(OPEN_CASE_STATUSES) if case_ids is None else Case.id.in_(case_ids),
        )
        .cte("open_task")
        .prefix_with("MATERIALIZED")
    )
    query = (
        select(tasks.c.case_id, RiskWindow.id, tasks.c.service_type, tasks.c.region)
        .distinct()
        .select_from(tasks)
        .join(
            RiskWindow,
            (tasks.c.planned_start < RiskWindow.ends_at)
            & (tasks.c.planned_finish > RiskWindow.starts_at)
            & or_(RiskWindow.region == "", RiskWindow.region == tasks.c.region),
        )
        .where(RiskWindow.id.in_(windows))
    )
    crossing: dict[int, list[WindowView]] = {}
    # A CTE's columns come untyped.
    found = cast(Iterable[tuple[int, int, ServiceType, str]], session.execute(query))
    for case_id, window_id, service_type, region in found:
        window = windows[window_id]
        if applies_to(window, service_type, region):
            crossing.setdefault(case_id, []).append(window)
    for crossed in crossing.values():
        crossed.sort(key=lambda window: window.starts_at)
    return crossing


def cases_crossing_windows(
    database: Database, now: datetime, case_ids: list[int] | None = None
) -> dict[int, list[WindowView]]:
    """Open cases (or the given ones) whose plan crosses a risk window, with the windows crossed
    (soonest first)."""
    with database.unit_of_work() as session:
        return crossings_in(session, now, case_ids)


@dataclass(frozen=True)
class CrossingCase:
    case_id: int
    number: str
    client_name: str
    deadline: datetime


def cases_by_window(database: Database, now: datetime) -> dict[int, list[CrossingCase]]:
    """For each window not yet over, the open cases whose plan crosses it (by deadline)."""
    with database.unit_of_work() as session:
        crossing = crossings_in(session, now)
        if not crossing:
            return {}
        cases = {
            row.case_id: CrossingCase(*row)
            for row in session.execute(
                select(Case.id.label("case_id"), Case.number, Client.name, Case.requested_deadline)
                .join(Client, Client.id == Case.client_id)
                .where(Case.id.in_(crossing))
            )
        }
    by_window: dict[int, list[CrossingCase]] = {}
    for case_id, windows in crossing.items():
        for window in windows:
            by_window.setdefault(window.id, []).append(cases[case_id])
    for found in by_window.values():
        found.sort(key=lambda case: (case.deadline, case.number))
    return by_window
