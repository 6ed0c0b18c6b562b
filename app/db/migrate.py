"""Schema versions: Alembic migrations run at start-up, after a backup of the old file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from app.db.database import Database, DatabaseError, DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class SchemaTooNew(DatabaseError):
    """The database was written by a newer Expedite Desk than this one."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    """Alembic's configuration; env.py runs on the connection put in ``config.attributes``."""
    from alembic.config import Config  # Alembic loads only when a migration runs: start-up speed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    """This app's revisions, oldest first.

    Revisions are numbered 0001, 0002, … and each file is named after its number (make
    migration does so), so start-up can tell whether to migrate without loading Alembic.
    """
    return sorted(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("*.py") if p.name[:4].isdigit())


def head_revision() -> str:
    revisions = known_revisions()
    assert revisions, "the migrations folder has no revision"
    return revisions[-1]


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_schema(database: Database) -> str | None:
    """The database's revision, after refusing a schema this app does not know.

    Raises:
        SchemaTooNew: the revision is not among this app's migrations.
        DatabaseUnavailable: the database holds someone else's tables.
    """
    revision = current_revision(database)
    if revision is None:
        foreign_tables = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
        if foreign_tables:
            raise DatabaseUnavailable(
                "该数据库不是加急工作台的数据库（含有其他程序的数据表），为避免损坏未做任何改动。"
            )
        return None
    if revision not in known_revisions():
        raise SchemaTooNew(
            f"数据库的结构版本（{revision}）比本程序支持的版本（{head_revision()}）更新，"
            "请升级加急工作台后再打开。数据库未做任何改动。"
        )
    return revision


def upgrade(database: Database) -> MigrationResult:
    """Bring the schema to this app's head, backing up an existing SQLite file first."""
    start = check_schema(database)
    database.enable_wal()
    head = head_revision()
    if start == head:
        return MigrationResult(start, head, None)
    backup = None
    if start is not None and database.file is not None:
        # Loaded only when there is something to migrate: it pulls in the encryption library.
        from app.db.backup import backup_sqlite, timestamped_backup_path

        target = timestamped_backup_path(database.file, f"before-{head}", database.clock.now())
        backup = backup_sqlite(database.file, target)
    run_alembic(database, "upgrade", head)
    return MigrationResult(start, head, backup)


def run_alembic(database: Database, verb: str, revision: str) -> None:
    """Run ``alembic upgrade|downgrade revision`` on this database's own connection."""
    from alembic import command

    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, verb)(config, revision)
