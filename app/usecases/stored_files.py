"""Files the office keeps by content: evidence, letters, signed copies.

Each file is stored under its sha256 in a folder of the data folder (beside a SQLite database, so
the office's data stays together), once per content and never overwritten: a record can always
be checked against the bytes it names.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.config import data_dir
from app.db.database import Database
from app.usecases.errors import ValidationFailed

_CHUNK = 1 << 20
EVIDENCE = "evidence"
LETTERS = "letters"


@dataclass(frozen=True)
class StoredFile:
    file_name: str  # the original name, shown to people
    sha256: str
    size: int


def stored_path(database: Database, folder: str, sha256: str, file_name: str) -> Path:
    base = database.file.parent if database.file else data_dir()
    return base / folder / sha256[:2] / f"{sha256}{Path(file_name).suffix.lower()}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _place(target: Path, write) -> None:
    if target.exists():
        return  # same content, same name: already kept
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")
    write(partial)
    partial.replace(target)  # never a half-written file under the final name


def store_file(database: Database, folder: str, source: Path, field: str = "file") -> StoredFile:
    """Copy ``source`` into ``folder`` of the data folder.

    Raises:
        ValidationFailed: ``field`` when the file cannot be read or written.
    """
    try:
        sha256 = file_sha256(source)
        target = stored_path(database, folder, sha256, source.name)
        _place(target, lambda partial: shutil.copyfile(source, partial))
        return StoredFile(source.name, sha256, target.stat().st_size)
    except OSError as error:
        raise ValidationFailed({field: f"无法读取文件“{source}”：{error.strerror or error}"}) from error


def store_bytes(database: Database, folder: str, data: bytes, file_name: str) -> StoredFile:
    """Keep ``data`` (a generated document) in ``folder`` of the data folder."""
    sha256 = hashlib.sha256(data).hexdigest()
    _place(stored_path(database, folder, sha256, file_name), lambda partial: partial.write_bytes(data))
    return StoredFile(file_name, sha256, len(data))
