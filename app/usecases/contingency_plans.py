"""The office's contingency plan library (应急预案库): the built-in plays imported once, then edited,
added to and retired by the office. An incident copies a plan's steps when it is applied, so later
edits never change an incident already being worked.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.db.database import Database
from app.db.models import ContingencyPlanRecord
from app.domain.incident import IncidentCategory, PlanForm, plan_problems
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.usecases.access import require
from app.usecases.errors import ConcurrentEdit, ValidationFailed, get_or_refuse
from resources import RESOURCES_DIR

BUILTIN_PLANS_FILE = RESOURCES_DIR / "contingency_plans.toml"


@dataclass(frozen=True)
class PlanView:
    id: int
    version: int
    name: str
    category: IncidentCategory
    trigger: str
    steps: tuple[str, ...]
    escalation: str
    active: bool


def builtin_plans(path: Path = BUILTIN_PLANS_FILE) -> list[PlanForm]:
    with path.open("rb") as file:
        data = tomllib.load(file)
    return [
        PlanForm(
            plan["name"],
            IncidentCategory(plan["category"]),
            plan.get("trigger", ""),
            tuple(plan["steps"]),
            plan.get("escalation", ""),
        )
        for plan in data["plan"]
    ]


def import_builtin_plans(database: Database, path: Path = BUILTIN_PLANS_FILE) -> int:
    """Add the built-in plans the library lacks (by name); plans the office has are left alone.

    Returns how many were added.
    """
    with database.unit_of_work() as session:
        known = set(session.scalars(select(ContingencyPlanRecord.name)))
        missing = [plan for plan in builtin_plans(path) if plan.name not in known]
        session.add_all(
            ContingencyPlanRecord(
                name=plan.name,
                category=plan.category,
                trigger=plan.trigger,
                steps=list(plan.steps),
                escalation=plan.escalation,
            )
            for plan in missing
        )
    return len(missing)


def _view(row: ContingencyPlanRecord) -> PlanView:
    return PlanView(
        row.id, row.version, row.name, row.category, row.trigger, tuple(row.steps), row.escalation, row.active
    )


def list_plans(
    database: Database, category: IncidentCategory | None = None, include_inactive: bool = False
) -> list[PlanView]:
    """The library by category, then name; retired plans only when asked for."""
    query = select(ContingencyPlanRecord)
    if category is not None:
        query = query.where(ContingencyPlanRecord.category == category)
    if not include_inactive:
        query = query.where(ContingencyPlanRecord.active)
    with database.unit_of_work() as session:
        views = [_view(row) for row in session.scalars(query)]
    order = {category: n for n, category in enumerate(IncidentCategory)}
    return sorted(views, key=lambda plan: (not plan.active, order[plan.category], plan.name))


def _plan(session, plan_id: int, version: int | None) -> ContingencyPlanRecord:
    row = get_or_refuse(session, ContingencyPlanRecord, plan_id)
    if version is not None and row.version != version:
        raise ConcurrentEdit()
    return row


def save_plan(
    database: Database, form: PlanForm, now: datetime, plan_id: int | None = None, version: int | None = None
) -> int:
    """Add a plan or update one; returns its id.

    Raises:
        ValidationFailed: ``name`` empty, too long or taken; ``steps`` none or too long;
            ``trigger`` / ``escalation`` too long.
        ConcurrentEdit: the plan changed since it was opened.
    """
    require(database, Permission.EDIT_SETTINGS)
    if problems := plan_problems(form):
        raise ValidationFailed(problems)
    name = form.name.strip()
    with database.unit_of_work() as session:
        taken = session.scalar(
            select(ContingencyPlanRecord.id).where(
                ContingencyPlanRecord.name == name, ContingencyPlanRecord.id != (plan_id or 0)
            )
        )
        if taken is not None:
            raise ValidationFailed(
                {"name": Message(QT_TRANSLATE_NOOP("messages", "已有名为“{name}”的预案"), name=name)}
            )
        if plan_id is None:
            row = ContingencyPlanRecord(created_at=now)
            session.add(row)
        else:
            row = _plan(session, plan_id, version)
        row.name, row.category = name, form.category
        row.trigger, row.escalation = form.trigger.strip(), form.escalation.strip()
        row.steps = [step.strip() for step in form.steps if step.strip()]
        row.updated_at = now
        session.flush()
        return row.id


def retire_plan(
    database: Database, plan_id: int, version: int | None = None, *, retired: bool = True
) -> None:
    """Take a plan out of use (incidents that applied it keep their steps), or bring it back."""
    require(database, Permission.EDIT_SETTINGS)
    with database.unit_of_work() as session:
        _plan(session, plan_id, version).active = not retired
