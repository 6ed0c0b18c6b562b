"""Evidence files (a bid invitation, a customs notice, a licence about to expire), kept by content.

Each file is copied into the data folder under its sha256, so the same notice attached twice is
stored once and a record can always be checked against the bytes it names.
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


@dataclass(frozen=True)
class StoredFile:
    file_name: str  # the original name, shown to people
    sha256: str
    size: int


def evidence_folder(database: Database) -> Path:
    """Beside a SQLite file (so the office's data stays together), else in the user's data folder."""
    return (database.file.parent if database.file else data_dir()) / "evidence"


def evidence_path(database: Database, sha256: str, file_name: str) -> Path:
    return evidence_folder(database) / sha256[:2] / f"{sha256}{Path(file_name).suffix.lower()}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def store_evidence_file(database: Database, source: Path) -> StoredFile:
    """Copy ``source`` into the evidence folder (once per content) and return what to record.

    Raises:
        ValidationFailed: ``evidence`` when the file cannot be read.
    """
    try:
        sha256 = file_sha256(source)
        target = evidence_path(database, sha256, source.name)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, partial)
            partial.replace(target)  # never a half-copied file under the final name
        return StoredFile(source.name, sha256, target.stat().st_size)
    except OSError as error:
        raise ValidationFailed(
            {"evidence": f"无法读取证据文件“{source}”：{error.strerror or error}"}
        ) from error
