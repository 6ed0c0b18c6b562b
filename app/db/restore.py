"""Putting a backup back: checked in a scratch copy first, the current data saved aside, then copied
into the live file with SQLite's backup API (which keeps the live file's WAL consistent, so no
-wal or -shm file is ever deleted by hand), then migrated if the backup is older."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.db.backup import (
    BackupFailed,
    backup_folder,
    database_file_to_back_up,
    integrity_problem,
    make_backup,
)
from app.db.backup_crypto import decrypt_backup, is_encrypted
from app.db.database import SQLITE_HEADER, Database, DatabaseError
from app.db.migrate import MigrationResult, head_revision, known_revisions, upgrade
from app.domain.backup_rotation import BackupKind
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP


class BackupRefused(DatabaseError):
    """The chosen file cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class RestoreResult:
    saved_aside: Path  # the database as it was before the restore
    revision: str  # the backup's schema version
    migration: MigrationResult


def _revision_of(candidate: Path) -> str:
    """The schema revision of a sound Expedite Desk database file, or BackupRefused saying why not."""
    if problem := integrity_problem(candidate):
        raise BackupRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "备份文件已损坏（完整性检查未通过：{problem}），未做任何改动。"
                ),
                problem=problem,
            )
        )
    with closing(sqlite3.connect(candidate)) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
    if row is None:
        raise BackupRefused(QT_TRANSLATE_NOOP("messages", "该文件不是加急工作台的数据库，未做任何改动。"))
    revision = row[0]
    if revision not in known_revisions():
        if revision > head_revision():
            raise BackupRefused(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "该备份来自更新版本的加急工作台（结构版本 {revision}，本程序为 {supported}），"
                        "请先升级加急工作台再恢复。未做任何改动。",
                    ),
                    revision=revision,
                    supported=head_revision(),
                )
            )
        raise BackupRefused(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "该文件的结构版本（{revision}）不属于加急工作台，未做任何改动。"
                ),
                revision=revision,
            )
        )
    return revision


def _checked_copy(backup_path: Path, candidate: Path, password: str | None) -> str:
    """Decrypt or copy ``backup_path`` to ``candidate`` and check it; returns its revision."""
    try:
        if is_encrypted(backup_path):
            if not password:
                raise BackupRefused(QT_TRANSLATE_NOOP("messages", "该备份已加密，请输入备份密码。"))
            decrypt_backup(backup_path, candidate, password)
        else:
            with backup_path.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    raise BackupRefused(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "该文件不是加急工作台的备份（既不是数据库文件，也不是加密备份），未做任何改动。",
                        )
                    )
            shutil.copyfile(backup_path, candidate)
            # A database file chosen as it was left by SQLite may have its last commits in its WAL.
            wal = backup_path.with_name(backup_path.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, candidate.with_name(candidate.name + "-wal"))
    except OSError as error:
        raise BackupRefused(
            Message(
                QT_TRANSLATE_NOOP("messages", "无法读取备份文件：{reason}"), reason=error.strerror or error
            )
        ) from error
    return _revision_of(candidate)


def _copy_into(source: Path, live: Path) -> None:
    """Overwrite the live database with ``source`` in one write transaction: all of it, or none."""
    with closing(sqlite3.connect(source)) as reader, closing(sqlite3.connect(live, timeout=10)) as writer:
        reader.backup(writer)


def restore_sqlite(
    database: Database, backup_path: Path, password: str | None, now: datetime
) -> RestoreResult:
    """Replace the data of ``database`` with the backup at ``backup_path``, migrated to this app's schema.

    Raises:
        BackupRefused, WrongBackupPassword, DamagedBackup: the file was refused; nothing changed.
        BackupFailed: the current data could not be saved aside or overwritten, or the backup could
            not be migrated (then the saved-aside data was put back); nothing changed.
        BackupUnavailable: a PostgreSQL database.
    """
    live = database_file_to_back_up(database)
    if backup_path.resolve() in {live.resolve().with_name(live.name + end) for end in ("", "-wal", "-shm")}:
        # Reading it here would also release this desk's locks on it (app/db/database.py).
        raise BackupRefused(
            QT_TRANSLATE_NOOP("messages", "所选文件是正在使用的数据库本身，不是备份，未做任何改动。")
        )
    folder = backup_folder(live)
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix="restore-") as scratch:
        candidate = Path(scratch) / "candidate.sqlite3"
        revision = _checked_copy(backup_path, candidate, password)
        saved = make_backup(live, BackupKind.BEFORE_RESTORE, now)
        database.dispose()  # no pooled connection keeps a page cache of the old data
        try:
            _copy_into(candidate, live)
        except sqlite3.Error as error:
            raise BackupFailed(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "恢复失败，当前数据未改动：{error}（如有其他工作台正在使用，请先关闭）"
                    ),
                    error=error,
                )
            ) from error
    try:
        migration = upgrade(database)
    except Exception as error:  # the migration rolled back: put the data of before the restore back
        database.dispose()
        _copy_into(saved, live)
        raise BackupFailed(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "备份的数据库无法升级到本程序的版本（{reason}），已还原为恢复前的数据，未做任何改动。",
                ),
                reason=str(error).splitlines()[0],
            )
        ) from error
    return RestoreResult(saved, revision, migration)
