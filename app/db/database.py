"""Opening the office database and short units of work on it.

Widgets never see a Session: use cases call :meth:`Database.unit_of_work` and return plain data.

One descriptor: on Linux and macOS SQLite's locks are POSIX advisory locks, and closing *any*
descriptor of the database file (or its -wal/-shm) in this process releases every lock the process
holds on it; another program then sees no one using the file and deletes the WAL the app still
writes into. So nothing in this process opens those files except through SQLite (SQLite connections
share their locks): no open() to read a header, no hashing or copying of the live file (backups use
SQLite's backup API), and file dialogs that never read the files they list (ui/file_dialogs.py).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.db.audited_session import AuditedSession
from app.db.changes import committed
from app.db.session_owner import DATABASE_KEY
from app.domain.clock import Clock
from app.domain.errors import ConcurrentEdit
from app.domain.message import Message
from app.domain.permissions import Actor
from app.domain.vocabulary import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_BUSY_TIMEOUT_MS = 5000
COLLISION_SQLSTATES = {"40P01", "40001"}  # deadlock_detected, serialization_failure


class DatabaseError(Exception):
    """A database problem with a message fit to show the user (Chinese)."""


class DatabaseUnavailable(DatabaseError):
    """The URL cannot be opened, or the file is not an Expedite Desk database."""


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other back ends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database is None or url.database in ("", ":memory:"):
        return None
    return Path(url.database)


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    # With WAL (see Database.enable_wal), NORMAL would survive an app crash but may lose the last
    # commits to a power cut; FULL syncs the WAL at every commit, so nothing saved is lost.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


class Database:
    """An open office database: its engine and the factory for units of work."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        # The audit trail's listeners are AuditedSession's, registered once; a session finds its
        # Database through a weak reference (app.db.session_owner), so nothing keeps a closed one alive.
        self._sessions = sessionmaker(
            engine, class_=AuditedSession, expire_on_commit=False, info={DATABASE_KEY: weakref.ref(self)}
        )
        # Who is logged in at this desk (app.domain.permissions.Actor), None for the system itself:
        # the command line, the sample generator and migrations. Use cases check it (access.py).
        self.actor: Actor | None = None
        # Every "now" of the pages and use cases working on this database (app.domain.clock).
        self.clock = clock or Clock()

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.engine.url)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on any exception.

        Raises:
            ConcurrentEdit: a versioned row was changed by another desk meanwhile, or another
                desk's save on the same rows won a collision (PostgreSQL).
        """
        try:
            with self._sessions.begin() as session:
                yield session
            committed(session.info)
        except StaleDataError as error:
            raise ConcurrentEdit() from error
        except DBAPIError as error:
            # PostgreSQL: two desks saving the same case lock its tasks in different orders
            # (the edited task, then the whole case's schedule); the server aborts one of them.
            if getattr(error.orig, "sqlstate", None) in COLLISION_SQLSTATES:
                raise ConcurrentEdit() from error
            raise

    def enable_wal(self) -> None:
        """Switch a SQLite file to write-ahead logging (stored in the file, so once is enough).

        Called only once the file is known to be ours: it rewrites the file header.
        """
        if self.engine.dialect.name == "sqlite" and self.file is not None:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode = WAL")

    def dispose(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path, create_folder: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseUnavailable(
                Message(
                    QT_TRANSLATE_NOOP("messages", "数据库路径是一个文件夹，不是数据库文件：{path}"), path=path
                )
            )
        return  # its format is SQLite's to judge (open_database): see "One descriptor" above
    if not path.parent.exists():
        if not create_folder:
            raise DatabaseUnavailable(
                Message(
                    QT_TRANSLATE_NOOP("messages", "数据库所在的文件夹不存在：{folder}"), folder=path.parent
                )
            )
        path.parent.mkdir(parents=True, exist_ok=True)


def _server_connect_args() -> dict[str, object]:
    """A PostgreSQL connection's cursors read large results in parts (app/db/postgres_rows.py)."""
    from app.db.postgres_rows import PartedCursor  # the postgres extra: imported for a server only

    return {"cursor_factory": PartedCursor}


def open_database(url: str | URL, *, create_folder: bool = False, clock: Clock | None = None) -> Database:
    """Open (and for a new SQLite file, create) the database at ``url``.

    ``create_folder`` lets the embedded default create its data folder; a URL the user typed
    must point into an existing folder, so a typo never scatters files elsewhere. ``clock`` is the
    time the desk works at (the computer's clock unless given).

    Raises:
        DatabaseUnavailable: with a Chinese message naming the cause.
    """
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseUnavailable(
            Message(QT_TRANSLATE_NOOP("messages", "无法识别的数据库地址：{url}"), url=url)
        ) from error
    except ValueError as error:  # the port is not a number; the rest of the address may hold a password
        port = str(url).rpartition("@")[2].partition("/")[0].rpartition(":")[2]
        raise DatabaseUnavailable(
            Message(QT_TRANSLATE_NOOP("messages", "数据库地址中的端口不是数字：{port}"), port=port)
        ) from error
    if parsed.drivername == "postgresql":  # the driver the postgres extra installs
        parsed = parsed.set(drivername="postgresql+psycopg")
    path = sqlite_file(parsed)
    if path is not None:
        _check_sqlite_file(path, create_folder)
    try:
        engine = create_engine(
            parsed,
            pool_pre_ping=parsed.get_backend_name() != "sqlite",
            connect_args=_server_connect_args() if parsed.get_backend_name() == "postgresql" else {},
        )
    except (NoSuchModuleError, ImportError) as error:
        raise DatabaseUnavailable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "不支持的数据库类型或缺少驱动：{drivername}（PostgreSQL 需安装 postgres 扩展）",
                ),
                drivername=parsed.drivername,
            )
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1 FROM sqlite_master LIMIT 1" if path else "SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        if path is not None and reason == "file is not a database":
            raise DatabaseUnavailable(
                Message(
                    QT_TRANSLATE_NOOP("messages", "该文件不是数据库文件（不是 SQLite 格式）：{path}"),
                    path=path,
                )
            ) from error
        raise DatabaseUnavailable(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法打开数据库 {database}：{reason}"),
                database=parsed.render_as_string(hide_password=True),
                reason=reason,
            )
        ) from error
    return Database(engine, clock)
