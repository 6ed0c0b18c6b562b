"""Copies of a live SQLite database made with SQLite's online backup API: daily, before a
migration or a restore, and by hand; kept in rotation; optionally sealed with a password."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import URL

from app.db.backup_crypto import (
    ENCRYPTED_SUFFIX,
    encrypt_backup,
    sealed_file_is_whole,
    verify_encrypted_backup,
)
from app.db.database import Database, DatabaseError
from app.domain.backup_rotation import BackupKind, backups_to_delete, beyond_newest
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP


class BackupFailed(DatabaseError):
    """The copy could not be written, or failed its integrity check."""


class BackupUnavailable(BackupFailed):
    """The database is not a SQLite file (PostgreSQL): its server's own tools back it up."""


#: The reason in a backup's file name for each kind (migrations add their revision: before-0009).
REASONS = {
    BackupKind.DAILY: "daily",
    BackupKind.MANUAL: "manual",
    BackupKind.BEFORE_RESTORE: "before-restore",
}
PART_SUFFIX = ".part"  # a backup being written: named as the backup only once verified
LEFTOVER_AGE = timedelta(hours=1)
_NAME = re.compile(
    r"-(?P<reason>daily|manual|before-restore|before-\d{4})-(?P<stamp>\d{8}-\d{6})\.sqlite3(?P<enc>\.enc)?$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: BackupKind
    taken_at: datetime
    size: int
    encrypted: bool
    whole: bool  # False: fewer bytes than the file announces (cut short by a full disk, a bad copy)


def backup_folder(database_file: Path) -> Path:
    """Backups sit beside the database they protect, in ``backups/``."""
    return database_file.parent / "backups"


def pg_dump_command(database: Database) -> str:
    """The pg_dump command that backs up ``database`` (its password left out: pg_dump asks for it)."""
    url = database.url
    url = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    stamp = database.clock.today().strftime("%Y%m%d")
    return f'pg_dump --format=custom --file=expedite-desk-{stamp}.dump "{url.render_as_string()}"'


def database_file_to_back_up(database: Database) -> Path:
    """The SQLite file behind ``database``.

    Raises:
        BackupUnavailable: a PostgreSQL (or in-memory) database, with the pg_dump advice.
    """
    if database.file is not None:
        return database.file
    raise BackupUnavailable(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "PostgreSQL 数据库不能在加急工作台内备份或恢复。"
                "请由管理员在数据库服务器上用 pg_dump 定期备份，例如：\n{command}\n恢复时使用 pg_restore。",
            ),
            command=pg_dump_command(database),
        )
    )


def integrity_problem(path: Path) -> str | None:
    """What PRAGMA integrity_check finds wrong with the SQLite file at ``path``, None when it is sound."""
    try:
        with closing(sqlite3.connect(path)) as connection:
            (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as error:
        return str(error)
    return None if result == "ok" else result


def sqlite_file_is_whole(path: Path) -> bool:
    """Whether a database file (a backup, never the live file) has every page its header announces."""
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size = path.stat().st_size
    # The page count is valid only if written by the change that wrote the header (file format, 1.3.7).
    if header[24:28] == header[92:96] and pages:
        return size == pages * page_size
    return size % page_size == 0


def _discard(path: Path) -> None:
    """Remove a half-written file; a folder that could not be made leaves nothing to remove."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy ``source`` into ``target`` page by page while other connections may write, then verify.

    The copy is written as ``target`` + ``.part`` and takes its name only once verified, so a backup
    under a backup's name is always whole (an interrupted one leaves a part, see remove_leftovers).
    """
    part = target.with_name(target.name + PART_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(source)) as source_connection,
            closing(sqlite3.connect(part)) as target_connection,
        ):
            source_connection.backup(target_connection)
            # A copy of a WAL database is in WAL mode too: make it one self-contained file.
            target_connection.execute("PRAGMA journal_mode = DELETE")
    except (sqlite3.Error, OSError) as error:
        _discard(part)
        raise BackupFailed(
            Message(QT_TRANSLATE_NOOP("messages", "备份失败：{error}"), error=error)
        ) from error
    if problem := integrity_problem(part):
        _discard(part)
        raise BackupFailed(
            Message(QT_TRANSLATE_NOOP("messages", "备份文件未通过完整性检查：{problem}"), problem=problem)
        )
    part.replace(target)
    return target


def _database_in_memory(source: Path) -> bytes:
    """``source`` copied page by page into memory, checked, as the bytes of a database file."""
    try:
        with (
            closing(sqlite3.connect(source)) as source_connection,
            closing(sqlite3.connect(":memory:")) as copy,
        ):
            source_connection.backup(copy)
            (result,) = copy.execute("PRAGMA integrity_check").fetchone()
            data = copy.serialize()
    except (sqlite3.Error, OSError) as error:
        raise BackupFailed(
            Message(QT_TRANSLATE_NOOP("messages", "备份失败：{error}"), error=error)
        ) from error
    if result != "ok":
        raise BackupFailed(
            Message(QT_TRANSLATE_NOOP("messages", "备份文件未通过完整性检查：{problem}"), problem=result)
        )
    return data


def remove_leftovers(database_file: Path, now: datetime) -> list[Path]:
    """Delete what interrupted backups of ``database_file`` left in its backup folder: partial files
    untouched for an hour (a younger one may be another desk's backup under way), and the clear
    copies that versions before 0.1 made while sealing. Returns the deleted files."""
    folder = backup_folder(database_file)
    if not folder.is_dir():
        return []
    gone = []
    for path in folder.glob(f"{database_file.stem}-*"):
        stale = path.name.endswith(PART_SUFFIX) and (
            datetime.fromtimestamp(path.stat().st_mtime) < now - LEFTOVER_AGE
        )
        if stale or path.name.endswith(".sqlite3.plain"):
            _discard(path)
            gone.append(path)
    return gone


def timestamped_backup_path(database_file: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    return backup_folder(database_file) / f"{database_file.stem}-{reason}-{stamp}.sqlite3"


def make_backup(
    database_file: Path,
    kind: BackupKind,
    now: datetime,
    password: str | None = None,
    folder: Path | None = None,
) -> Path:
    """A verified backup of ``kind`` in ``folder`` (default: the backup folder).

    With a password the database is copied into memory, checked there and sealed into ``folder``
    (written as a part, decrypted back and compared, then named): it never reaches a disk in clear.
    """
    path = timestamped_backup_path(database_file, REASONS[kind], now)
    if not password:
        return backup_sqlite(database_file, path if folder is None else folder / path.name)
    sealed = (folder or path.parent) / (path.name + ENCRYPTED_SUFFIX)
    part = sealed.with_name(sealed.name + PART_SUFFIX)
    try:
        digest = encrypt_backup(_database_in_memory(database_file), part, password)
        verify_encrypted_backup(part, password, digest)
        part.replace(sealed)
    except BaseException as error:
        _discard(part)
        if isinstance(error, OSError):
            raise BackupFailed(
                Message(QT_TRANSLATE_NOOP("messages", "加密备份失败：{error}"), error=error)
            ) from error
        raise
    return sealed


def find_backups(database_file: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of ``database_file`` in ``folder`` (default: its backup folder), newest first.

    A daily backup is reported as DAILY; which of them are kept only as a month's newest is the
    rotation's business (app.domain.backup_rotation.retention).
    """
    folder = folder or backup_folder(database_file)
    if not folder.is_dir():
        return []
    prefix = database_file.stem
    found = []
    for path in folder.iterdir():
        match = _NAME.search(path.name)
        if match is None or path.name[: match.start()] != prefix or not path.is_file():
            continue
        reason = match["reason"]
        kind = next((k for k, r in REASONS.items() if r == reason), BackupKind.BEFORE_MIGRATION)
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        encrypted = match["enc"] is not None
        try:
            whole = sealed_file_is_whole(path) if encrypted else sqlite_file_is_whole(path)
        except OSError:
            whole = False
        found.append(BackupFile(path, kind, taken_at, path.stat().st_size, encrypted, whole))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def daily_backup_due(database_file: Path, now: datetime) -> bool:
    """No whole daily backup of ``database_file`` was taken on ``now``'s calendar day."""
    return not any(
        b.kind is BackupKind.DAILY and b.whole and b.taken_at.date() == now.date()
        for b in find_backups(database_file)
    )


def rotate_backups(database_file: Path, now: datetime, daily_keep: int, monthly_keep: int) -> list[Path]:
    """Delete the daily backups that neither the daily nor the monthly rule keeps, and all but the
    newest few made before migrations and before restores. Backups made by hand are never deleted.
    Returns the deleted files."""
    backups = find_backups(database_file)
    daily = [(b.path, b.taken_at) for b in backups if b.kind is BackupKind.DAILY]
    doomed = backups_to_delete(daily, now, daily_keep, monthly_keep)
    for kind in (BackupKind.BEFORE_MIGRATION, BackupKind.BEFORE_RESTORE):
        doomed += beyond_newest([(b.path, b.taken_at) for b in backups if b.kind is kind])
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def run_daily_backup(
    database_file: Path, now: datetime, daily_keep: int = 7, monthly_keep: int = 12
) -> Path | None:
    """What interrupted backups left removed, then today's backup if none was made yet and the
    rotation; None when today's already exists. Run at every start."""
    remove_leftovers(database_file, now)
    if not daily_backup_due(database_file, now):
        return None
    path = make_backup(database_file, BackupKind.DAILY, now)
    rotate_backups(database_file, now, daily_keep, monthly_keep)
    return path
