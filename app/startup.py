"""Opening the office database for any command: resolve the URL, open it, migrate it."""

from __future__ import annotations

from dataclasses import dataclass

from app.config import resolve_database_url
from app.db.database import Database, open_database
from app.db.migrate import MigrationResult, upgrade
from app.usecases.contingency_plans import import_builtin_plans
from app.usecases.sop import import_builtin_templates


@dataclass(frozen=True)
class OpenedDatabase:
    database: Database
    migration: MigrationResult


def open_office_database(cli_url: str | None) -> OpenedDatabase:
    """Open the database the command asked for, bring its schema up to date, add new built-ins.

    Raises:
        app.db.database.DatabaseError: with a Chinese message; nothing was changed.
    """
    url, is_default = resolve_database_url(cli_url)
    database = open_database(url, create_folder=is_default)
    try:
        migration = upgrade(database)
        import_builtin_templates(database)
        import_builtin_plans(database)
    except BaseException:
        database.dispose()
        raise
    return OpenedDatabase(database, migration)
