"""Documents kept by content in the database: a row per sha256, the bytes in chunks of 1 MiB.

Letters, evidence and signed scans used to be files in each desk's data folder
(``<folder>/letters|evidence/<sha[:2]>/<sha><suffix>``): desks sharing a server saw each other's
records but not their files, and a SQLite backup carried none. :func:`move_in_desk_files` brings
such files in: revision 0011 on the desk that upgrades, then every desk at start-up for the files
only it had.

Written on the bare connection through table stubs naming only the columns used, so that revision
0011 runs this code on its own schema even after later revisions add columns.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Connection
from sqlalchemy.engine import URL

from app.config import data_dir
from app.db.database import DatabaseError, sqlite_file
from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

CHUNK_BYTES = 1 << 20
LETTERS, EVIDENCE = "letters", "evidence"  # the desks' old folders, beside a SQLite file

_document = sa.table("stored_document", sa.column("sha256", sa.String), sa.column("size", sa.BigInteger))
_chunk = sa.table(
    "stored_document_chunk",
    sa.column("sha256", sa.String),
    sa.column("seq", sa.Integer),
    sa.column("content", sa.LargeBinary),
)
_letter = sa.table(
    "letter_version",
    sa.column("sha256", sa.String),
    sa.column("file_name", sa.String),
    sa.column("scan_sha256", sa.String),
    sa.column("scan_name", sa.String),
)
_evidence = sa.table("evidence_file", sa.column("sha256", sa.String), sa.column("file_name", sa.String))

log = logging.getLogger(__name__)


class DocumentUnavailable(DatabaseError):
    """A stored document cannot be read: never moved in (missing), or its bytes do not match."""


class ContentChanged(Exception):
    """A file's bytes no longer have the sha256 measured a moment before."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def file_chunks(path: Path, sha256: str) -> Iterator[bytes]:
    """The file in chunks; raises ContentChanged after the last one if they do not hash to ``sha256``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
            yield chunk
    if digest.hexdigest() != sha256:
        raise ContentChanged(str(path))


def _insert_new(connection: Connection, table: sa.TableClause, values: dict) -> bool:
    """INSERT that leaves a row with the same key as it is (True: inserted): another desk may have
    stored the same content a moment ago; PostgreSQL waits for its transaction, then skips."""
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    statement = insert(table).values(values).on_conflict_do_nothing()
    # SQLAlchemy 2.1 reports an INSERT's rowcount only when asked to keep it.
    return connection.execute(statement.execution_options(preserve_rowcount=True)).rowcount == 1


def insert_document(connection: Connection, sha256: str, size: int, chunks: Iterable[bytes]) -> bool:
    """Store content under its sha256 unless it is there already (never overwritten); True when
    stored now. ``chunks`` (each at most CHUNK_BYTES, checked by the caller) are read only if needed."""
    placeholder = not _insert_new(connection, _document, {"sha256": sha256, "size": size})
    if placeholder and _size(connection, sha256) is not None:
        return False
    for seq, chunk in enumerate(chunks):
        _insert_new(connection, _chunk, {"sha256": sha256, "seq": seq, "content": chunk})
    if placeholder:  # a file found missing when the folders were moved in: its bytes arrive now
        connection.execute(
            sa.update(_document)
            .where(_document.c.sha256 == sha256, _document.c.size.is_(None))
            .values(size=size)
        )
    return True


def _size(connection: Connection, sha256: str) -> int | None:
    return connection.scalar(sa.select(_document.c.size).where(_document.c.sha256 == sha256))


def document_chunks(connection: Connection, sha256: str, name: str) -> Iterator[bytes]:
    """A stored document's bytes, a chunk at a time, checked against its sha256 at the end.

    Raises:
        DocumentUnavailable: the document is missing (never moved in) or damaged; ``name`` is the
            file name the message shows.
    """
    if _size(connection, sha256) is None:
        raise DocumentUnavailable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "文件缺失：{name}（存入数据库时在各工位的数据文件夹中都没有找到，记录仍保留）"
                ),
                name=name,
            )
        )
    digest, seq = hashlib.sha256(), 0
    query = sa.select(_chunk.c.content).where(_chunk.c.sha256 == sha256, _chunk.c.seq == sa.bindparam("seq"))
    while (chunk := connection.scalar(query, {"seq": seq})) is not None:
        digest.update(chunk)
        yield bytes(chunk)
        seq += 1
    if digest.hexdigest() != sha256:
        raise DocumentUnavailable(
            Message(QT_TRANSLATE_NOOP("messages", "文件已损坏：{name}（内容与记录的校验值不符）"), name=name)
        )


def desk_folder(url: URL) -> Path:
    """Where a desk kept its files before 0011: beside its SQLite file, else its data folder."""
    database_file = sqlite_file(url)
    return database_file.parent if database_file else data_dir()


def expect_referenced_documents(connection: Connection) -> None:
    """A placeholder (size unknown) for every sha256 a record names and the database lacks."""
    names = sa.union(
        sa.select(_letter.c.sha256),
        sa.select(_letter.c.scan_sha256).where(
            _letter.c.scan_sha256.is_not(None), _letter.c.scan_sha256 != ""
        ),
        sa.select(_evidence.c.sha256),
    ).subquery()
    connection.execute(
        _document.insert().from_select(
            ["sha256"],
            sa.select(names.c.sha256).where(~sa.exists().where(_document.c.sha256 == names.c.sha256)),
        )
    )


@dataclass(frozen=True)
class MoveInReport:
    moved: int
    missing: tuple[str, ...]  # "file name (sha256)" of each file still missing


def _old_places(connection: Connection, folder: Path, wanted: set[str]) -> dict[str, dict[Path, str]]:
    """sha256 → where a desk's old folders kept it (the suffix is the record's) → a record's file name."""
    places: dict[str, dict[Path, str]] = {}
    references: list[tuple[str, sa.ColumnElement[str], sa.ColumnElement[str]]] = [
        (LETTERS, _letter.c.sha256, _letter.c.file_name),
        (LETTERS, _letter.c.scan_sha256, _letter.c.scan_name),
        (EVIDENCE, _evidence.c.sha256, _evidence.c.file_name),
    ]
    for subfolder, sha_column, name_column in references:
        for sha256, file_name in connection.execute(sa.select(sha_column, name_column)):
            if sha256 in wanted:
                path = folder / subfolder / sha256[:2] / f"{sha256}{Path(file_name).suffix.lower()}"
                places.setdefault(sha256, {}).setdefault(path, file_name)
    return places


def move_in_desk_files(connection: Connection, folder: Path) -> MoveInReport:
    """Store the files of a desk's old folders whose records have no content in the database yet.

    Each is checked against the sha256 its records name; a file not found, or whose bytes differ,
    is logged and stays missing (its records are kept, reading them says so): nothing is invented.
    The old files are left where they are.
    """
    wanted: set[str] = set(
        connection.scalars(sa.select(_document.c.sha256).where(_document.c.size.is_(None)))
    )
    if not wanted:
        return MoveInReport(0, ())
    moved, missing = 0, []
    for sha256, places in sorted(_old_places(connection, folder, wanted).items()):
        for path in places:
            try:
                if not path.is_file():
                    continue
                if file_sha256(path) != sha256:
                    log.warning("文件内容与记录的校验值不符，未存入数据库：%s", path)
                    continue
                moved += insert_document(connection, sha256, path.stat().st_size, file_chunks(path, sha256))
                break
            except OSError as error:
                log.warning("无法读取文件，未存入数据库：%s（%s）", path, error)
        else:
            missing.append(f"{next(iter(places.values()))}（{sha256}）")
    if missing:
        log.warning("%d 个文件在 %s 中缺失，记录保留：%s", len(missing), folder, "、".join(missing))
    return MoveInReport(moved, tuple(missing))
