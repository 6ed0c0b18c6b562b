"""Which Database a unit of work belongs to: the models' time stamps and the audit trail read its clock
and the person logged in through the session they are given.

Apart from app/db/database.py so that the models and the audit trail, which the Database's sessions
need, can read it without importing the Database back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from app.db.database import Database

DATABASE_KEY = "database"  # the key of Session.info that leads a unit of work back to its Database


def database_of(session: Session) -> Database:
    """The Database whose unit of work ``session`` is (alive: its unit of work is running)."""
    return session.info[DATABASE_KEY]()
