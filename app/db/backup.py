"""Copies of a live SQLite database made with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.db.database import DatabaseError


class BackupFailed(DatabaseError):
    """The copy could not be written, or failed its integrity check."""


def backup_folder(database_file: Path) -> Path:
    """Backups sit beside the database they protect, in ``backups/``."""
    return database_file.parent / "backups"


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` into ``target`` page by page while other connections may write, then verify."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with (
            closing(sqlite3.connect(source)) as source_connection,
            closing(sqlite3.connect(target)) as target_connection,
        ):
            source_connection.backup(target_connection)
            (result,) = target_connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise BackupFailed(f"备份失败：{error}") from error
    if result != "ok":
        target.unlink(missing_ok=True)
        raise BackupFailed(f"备份文件未通过完整性检查：{result}")
    return target


def timestamped_backup_path(database_file: Path, reason: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return backup_folder(database_file) / f"{database_file.stem}-{reason}-{stamp}.sqlite3"
