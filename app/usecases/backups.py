"""Backups of the office database: the daily one, by hand, the list, the rotation settings, restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.db.backup import (
    BackupFile,
    BackupUnavailable,
    backup_folder,
    database_file_to_back_up,
    find_backups,
    make_backup,
    run_daily_backup,
)
from app.db.backup_crypto import is_encrypted
from app.db.database import Database
from app.db.restore import RestoreResult, restore_sqlite
from app.domain.backup_rotation import BackupKind, retention
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.usecases.access import require, requires
from app.usecases.errors import ValidationFailed
from app.usecases.office import office_profile_row, update_office_settings

MAX_DAILY_KEEP, MAX_MONTHLY_KEEP = 366, 120


@dataclass(frozen=True)
class BackupSettings:
    daily_keep: int = 7
    monthly_keep: int = 12


def backup_unavailable_reason(database: Database) -> str | None:
    """Why this database cannot be backed up in the app (PostgreSQL: use pg_dump), or None."""
    try:
        database_file_to_back_up(database)
    except BackupUnavailable as error:
        return str(error)
    return None


def database_backup_folder(database: Database) -> Path:
    return backup_folder(database_file_to_back_up(database))


def backup_settings(database: Database) -> BackupSettings:
    with database.unit_of_work() as session:
        profile = office_profile_row(session)
        if profile is None:
            return BackupSettings()
        return BackupSettings(profile.backup_daily_keep, profile.backup_monthly_keep)


@requires(Permission.EDIT_SETTINGS)
def save_backup_settings(database: Database, daily_keep: int, monthly_keep: int) -> BackupSettings:
    """Raises ValidationFailed (daily_keep / monthly_keep)."""
    problems: dict[str, str] = {}
    if not 1 <= daily_keep <= MAX_DAILY_KEEP:
        problems["daily_keep"] = Message(
            QT_TRANSLATE_NOOP("messages", "每日备份须保留 1 到 {limit} 天"), limit=MAX_DAILY_KEEP
        )
    if not 0 <= monthly_keep <= MAX_MONTHLY_KEEP:
        problems["monthly_keep"] = Message(
            QT_TRANSLATE_NOOP("messages", "每月备份须保留 0 到 {limit} 个月"), limit=MAX_MONTHLY_KEEP
        )
    if problems:
        raise ValidationFailed(problems)
    update_office_settings(
        database, "daily_keep", backup_daily_keep=daily_keep, backup_monthly_keep=monthly_keep
    )
    return BackupSettings(daily_keep, monthly_keep)


def list_backups(database: Database, now: datetime) -> list[BackupFile]:
    """The database's backups, newest first; a daily one kept only as its month's newest is MONTHLY."""
    backups = find_backups(database_file_to_back_up(database))
    settings = backup_settings(database)
    daily = [(b.path, b.taken_at) for b in backups if b.kind is BackupKind.DAILY]
    kept = retention(daily, now, settings.daily_keep, settings.monthly_keep)
    return [
        replace(b, kind=BackupKind.MONTHLY)
        if b.kind is BackupKind.DAILY and b.path not in kept.daily and b.path in kept.monthly
        else b
        for b in backups
    ]


def take_daily_backup(database: Database, now: datetime) -> Path | None:
    """Today's backup of a SQLite database unless one exists, then the rotation; None otherwise."""
    if database.file is None:
        return None
    settings = backup_settings(database)
    return run_daily_backup(database.file, now, settings.daily_keep, settings.monthly_keep)


def is_sealed_backup(path: Path) -> bool:
    """The file is a password-sealed backup (its password is asked before a restore)."""
    try:
        return is_encrypted(path)
    except OSError:
        return False  # the restore says why it cannot read it


def backup_now(
    database: Database, now: datetime, password: str | None = None, folder: Path | None = None
) -> Path:
    """A backup made by hand (never deleted by the rotation), sealed when a password is given.

    Raises:
        BackupUnavailable: PostgreSQL (with the pg_dump command to use instead).
        BackupFailed: the copy could not be written or verified.
    """
    return make_backup(database_file_to_back_up(database), BackupKind.MANUAL, now, password, folder)


def restore_backup(
    database: Database, backup_path: Path, password: str | None, now: datetime
) -> RestoreResult:
    """Replace the office's data with a backup, the current data saved aside first.

    Raises:
        NotPermitted: the person logged in may not restore backups.
        app.db.database.DatabaseError: the file was refused or could not be restored; nothing changed.
    """
    require(database, Permission.BACKUP_RESTORE)
    return restore_sqlite(database, backup_path, password, now)
