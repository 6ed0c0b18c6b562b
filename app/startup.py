"""Opening the office database for any command: resolve the URL, open it, migrate it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.config import resolve_database_url
from app.db.database import Database, DatabaseError, open_database
from app.db.migrate import MigrationResult, upgrade
from app.domain.clock import Clock
from app.usecases.contingency_plans import import_builtin_plans
from app.usecases.sop import import_builtin_templates
from app.usecases.stored_documents import move_in_this_desks_files


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    migration: MigrationResult
    daily_backup: Path | None = None  # made by this start (the first of the day)
    backup_problem: str | None = None  # why today's backup failed: the command goes on regardless


def open_office_database(
    cli_url: str | None, *, daily_backup: bool = True, clock: Clock | None = None
) -> OpenedDatabase:
    """Open the database the command asked for, bring its schema up to date, add new built-ins, and
    make the day's first backup of a SQLite file (``daily_backup``: the GUI makes it on a thread,
    as it takes seconds on a large office).

    Raises:
        app.db.database.DatabaseError: with a Chinese message; nothing was changed.
    """
    url, is_default = resolve_database_url(cli_url)
    database = open_database(url, create_folder=is_default, clock=clock)
    try:
        migration = upgrade(database)
        import_builtin_templates(database)
        import_builtin_plans(database)
        move_in_this_desks_files(database)  # what only this desk had when another one upgraded
    except BaseException:
        database.dispose()
        raise
    if not daily_backup:
        return OpenedDatabase(database, migration)
    from app.usecases.backups import take_daily_backup  # the GUI does not back up here: start-up speed

    try:
        return OpenedDatabase(database, migration, take_daily_backup(database, database.clock.now()))
    except DatabaseError as error:
        return OpenedDatabase(database, migration, backup_problem=str(error))
