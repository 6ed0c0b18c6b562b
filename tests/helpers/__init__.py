"""Constants and small helpers shared by the tests."""

from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from app.db.database import Database
from app.db.models import Case, LetterVersion, Staff, Task
from app.domain.permissions import SYSTEM, Actor
from app.domain.vocabulary import OPEN_CASE_STATUSES, StaffRole, TaskStatus
from app.sample.logins import DEMO_PASSWORD

#: A fixed "now" so sample data and the figures derived from it are the same on every run; the test
#: databases' clocks stand still at it (tests/conftest.py).
NOW = datetime(2026, 11, 23, 10, 0)

#: The State Council's holiday notices as published (2025, 2026): the text a clerk pastes in.
HOLIDAY_NOTICES = Path(__file__).parent / "holiday_notices"


def first_open_case(database: Database) -> tuple[int, str]:
    """The id and number of the sample office's first open case."""
    with database.unit_of_work() as session:
        case_id, number = session.execute(
            select(Case.id, Case.number).where(Case.status.in_(OPEN_CASE_STATUSES)).order_by(Case.id).limit(1)
        ).one()
    return case_id, number


def just_taken_in(database: Database, case_id: int) -> list[int]:
    """The case as just taken in: no task started, no letter signed back. Its task ids, in order."""
    with database.unit_of_work() as session:
        tasks = session.scalars(select(Task).where(Task.case_id == case_id).order_by(Task.id)).all()
        for task in tasks:
            task.status, task.started_at = TaskStatus.TODO, None
        session.execute(update(LetterVersion).where(LetterVersion.case_id == case_id).values(signed_on=None))
        return [task.id for task in tasks]


def logged_in_as(database: Database, role: StaffRole) -> Actor:
    """The sample office's first person with ``role``, logged in (in effect) at ``database``."""
    with database.unit_of_work() as session:
        staff = session.scalars(select(Staff).where(Staff.role == role).order_by(Staff.id)).first()
        assert staff is not None
        database.actor = Actor(staff.id, staff.name, staff.role, staff.username)
    return database.actor


def finish_work(database: Database, case_id: int, at: datetime) -> None:
    """Every task of the case done at ``at``: the work closing a case as completed needs."""
    with database.unit_of_work() as session:
        for task in session.scalars(select(Task).where(Task.case_id == case_id)):
            task.status, task.completed_at = TaskStatus.DONE, at


def add_login(database: Database, username: str, role: StaffRole, password: str = DEMO_PASSWORD) -> None:
    """A new staff member with a login ``username``, set up as the program (SYSTEM) sets an office up;
    whoever was acting on ``database`` stays so."""
    from app.usecases.accounts import create_account

    acting, database.actor = database.actor, SYSTEM
    try:
        create_account(database, username, username, role, password)
    finally:
        database.actor = acting
