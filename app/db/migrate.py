"""Schema versions: Alembic migrations run at start-up, after a backup of the old file."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from app.db.database import Database, DatabaseError, DatabaseUnavailable
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
#: SQLite's application_id (a field of the file header) of an Expedite Desk database: "EXDS".
APPLICATION_ID = 0x45584453


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


def tables_at(revision: str) -> set[str]:
    """The tables this app's schema has at ``revision`` (one of known_revisions()), as the
    ``upgrade()`` of each migration up to it creates and drops them (tests check it against the
    schema each revision builds)."""
    tables: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if not path.name[:4].isdigit() or path.name[:4] > revision:
            continue
        upgrading = path.read_text(encoding="utf-8").partition("\ndef downgrade")[0]
        for verb, table in _TABLE_OPERATION.findall(upgrading):
            (tables.add if verb == "create" else tables.discard)(table)
    return tables


_TABLE_OPERATION = re.compile(r'op\.(create|drop)_table\(\s*"(\w+)"')
_NOT_OURS = QT_TRANSLATE_NOOP(
    "messages", "该数据库不是加急工作台的数据库（{reason}），为避免损坏未做任何改动。"
)


def check_schema(database: Database) -> str | None:
    """The database's revision, after refusing a database that is not ours or a schema this app
    does not know. Only reads: a refused file is left byte for byte as it was.

    Ours is a SQLite file whose header carries APPLICATION_ID (stamped by every migration run), or,
    without one (made before the stamp, or PostgreSQL, which has no header), an Alembic revision of
    ours with every table this app had at that revision: another program may use Alembic's
    numbering too.

    Raises:
        SchemaTooNew: the revision is not among this app's migrations.
        DatabaseUnavailable: the database is another program's.
    """
    with database.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        application_id = connection.exec_driver_sql("PRAGMA application_id").scalar() if sqlite else 0
        tables = set(inspect(connection).get_table_names())
        revision = (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if "alembic_version" in tables
            else None
        )
    if application_id not in (0, APPLICATION_ID):
        marker = Message(
            QT_TRANSLATE_NOOP("messages", "文件标记属于其他程序：0x{marker}"), marker=f"{application_id:08X}"
        )
        raise DatabaseUnavailable(Message(_NOT_OURS, reason=marker))
    if revision is None:
        if tables - {"alembic_version"}:
            raise DatabaseUnavailable(
                Message(_NOT_OURS, reason=QT_TRANSLATE_NOOP("messages", "含有其他程序的数据表"))
            )
        return None
    known = revision in known_revisions()
    if application_id != APPLICATION_ID:
        # A newer release's revision is unknown here: the tables every revision has since 0001.
        missing = tables_at(revision if known else known_revisions()[0]) - tables
        if missing:
            absent = Message(
                QT_TRANSLATE_NOOP("messages", "结构版本 {revision} 应有的数据表缺失：{tables}")
                if len(missing) <= 3
                else QT_TRANSLATE_NOOP("messages", "结构版本 {revision} 应有的数据表缺失：{tables}等"),
                revision=revision,
                tables=tuple(sorted(missing)[:3]),
            )
            raise DatabaseUnavailable(Message(_NOT_OURS, reason=absent))
    if not known:
        raise SchemaTooNew(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "数据库的结构版本（{revision}）比本程序支持的版本（{supported}）更新，"
                    "请升级加急工作台后再打开。数据库未做任何改动。",
                ),
                revision=revision,
                supported=head_revision(),
            )
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
    """Run ``alembic upgrade|downgrade revision`` on this database's own connection, all steps in
    one transaction: a run cut short (a crash, a kill, an error) leaves the old revision intact."""
    from alembic import command

    config = alembic_config()
    with database.engine.connect() as connection, _one_transaction(connection):
        config.attributes["connection"] = connection
        getattr(command, verb)(config, revision)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


@contextmanager
def _one_transaction(connection: Connection) -> Iterator[None]:
    """A transaction that DDL cannot escape (Alembic's own stays a no-op inside it: env.py).

    PostgreSQL's DDL is transactional as is. Python's sqlite3 opens a transaction only before
    INSERT/UPDATE/DELETE, so CREATE TABLE and the like before the first of them were committed one
    by one; here the driver's handling is off and BEGIN is ours (SQLAlchemy's pysqlite recipe for
    transactional DDL), on this connection only: the units of work keep the default.
    """
    if connection.dialect.name != "sqlite":
        with connection.begin():
            yield
        return
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    isolation_level, driver.isolation_level = driver.isolation_level, None
    # Batch mode rebuilds a table as copy, DROP, rename; with foreign keys on, the DROP would
    # cascade into the rows that reference it. The pragma is a no-op inside a transaction: set first.
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        with connection.begin():
            # IMMEDIATE: the write lock up front (waiting out other desks' writes for busy_timeout),
            # and a second desk upgrading at the same time finds the head once it gets the lock.
            driver.execute("BEGIN IMMEDIATE")
            yield
            # What the keys would have refused row by row, refused as a whole (a rollback).
            if dangling := driver.execute("PRAGMA foreign_key_check").fetchone():
                raise DatabaseError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "数据库结构升级未完成：表 {table} 中有记录引用了不存在的数据，"
                            "已撤销本次升级，数据库保持原样。",
                        ),
                        table=dangling[0],
                    )
                )
    finally:
        driver.execute("PRAGMA foreign_keys = ON")  # the connection goes back to the pool as it came
        driver.isolation_level = isolation_level
