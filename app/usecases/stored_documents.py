"""Files the office keeps by content: letters, evidence, signed scans, all in the database.

Each is stored once per content under its sha256 and never overwritten (app.db.document_store), so
a record can always be checked against the bytes it names, every desk on a shared server reads it
and every backup carries it. Pages get the bytes, or a copy written where they ask (a temporary file
for the system's viewer or printer); they never hold a session.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.document_store import (
    CHUNK_BYTES,
    ContentChanged,
    MoveInReport,
    desk_folder,
    document_chunks,
    file_chunks,
    file_sha256,
    insert_document,
    move_in_desk_files,
)
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP
from app.usecases.errors import ValidationFailed

MAX_FILE_MB = 50
MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024


@dataclass(frozen=True)
class StoredFile:
    file_name: str  # the original name, shown to people
    sha256: str
    size: int


def checked_file(source: Path, field: str) -> StoredFile:
    """A file the user picked, measured and hashed before a transaction stores it (:func:`keep_file`).

    Raises:
        ValidationFailed: ``field`` when the file cannot be read or is over the size limit.
    """
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationFailed(
                {
                    field: Message(
                        QT_TRANSLATE_NOOP("messages", "文件超过 {limit} MB，无法保存：{source}"),
                        limit=MAX_FILE_MB,
                        source=source,
                    )
                }
            )
        return StoredFile(source.name, file_sha256(source), size)
    except OSError as error:
        raise _unreadable(field, source, error) from error


def keep_file(session: Session, source: Path, checked: StoredFile, field: str) -> None:
    """Store a checked file in the session's transaction, streamed a chunk at a time.

    Raises:
        ValidationFailed: ``field`` when the file cannot be read or changed since it was checked.
    """
    try:
        insert_document(
            session.connection(), checked.sha256, checked.size, file_chunks(source, checked.sha256)
        )
    except OSError as error:
        raise _unreadable(field, source, error) from error
    except ContentChanged as error:
        raise ValidationFailed(
            {
                field: Message(
                    QT_TRANSLATE_NOOP("messages", "文件在保存时被修改，请重新选择：{source}"), source=source
                )
            }
        ) from error


def keep_bytes(session: Session, data: bytes, file_name: str) -> StoredFile:
    """Store ``data`` (a generated document) in the session's transaction."""
    sha256 = hashlib.sha256(data).hexdigest()
    chunks = (data[start : start + CHUNK_BYTES] for start in range(0, len(data), CHUNK_BYTES))
    insert_document(session.connection(), sha256, len(data), chunks)
    return StoredFile(file_name, sha256, len(data))


def document_bytes(database: Database, sha256: str, name: str) -> bytes:
    """A stored document's bytes.

    Raises:
        app.db.document_store.DocumentUnavailable: missing or damaged (a Chinese message naming ``name``).
    """
    with database.unit_of_work() as session:
        return b"".join(document_chunks(session.connection(), sha256, name))


def write_document(database: Database, sha256: str, name: str, target: Path) -> None:
    """Write a stored document to ``target`` a chunk at a time; a half-written file never stays.

    Raises:
        app.db.document_store.DocumentUnavailable: missing or damaged; ``target`` is left as it was.
        OSError: ``target`` cannot be written.
    """
    partial = target.with_name(target.name + ".part")
    try:
        with database.unit_of_work() as session, partial.open("wb") as handle:
            for chunk in document_chunks(session.connection(), sha256, name):
                handle.write(chunk)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def move_in_this_desks_files(database: Database) -> MoveInReport:
    """Bring in the files still missing from the database that this desk's old folders hold
    (a shared server was upgraded at another desk, which had only its own files)."""
    with database.unit_of_work() as session:
        return move_in_desk_files(session.connection(), desk_folder(database.url))


def _unreadable(field: str, source: Path, error: OSError) -> ValidationFailed:
    return ValidationFailed(
        {
            field: Message(
                QT_TRANSLATE_NOOP("messages", "无法读取文件“{source}”：{reason}"),
                source=source,
                reason=error.strerror or error,
            )
        }
    )
