"""Stored documents handed to Qt's PDF view, the printer or a link: copies in a temporary folder.

The documents live in the database (app.usecases.stored_documents), but these need a file. The
copies go to a folder of the system's temporary space made for this run and removed when it ends,
never beside the database. A copy still holding the document's bytes is reused (on Windows a file
open in a viewer cannot be replaced); one that someone changed is written afresh.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.db.database import Database
from app.db.document_store import DocumentUnavailable, file_sha256
from app.usecases.letters import LetterInfo
from app.usecases.stored_documents import write_document


@cache
def _run_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="expedite-desk-documents-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def document_copy(database: Database, sha256: str, file_name: str) -> Path:
    """A file holding the stored document, under the name people know it by.

    Raises:
        DocumentUnavailable: the document is missing or damaged, or the copy cannot be written.
    """
    target = _run_folder() / sha256[:16] / Path(file_name).name
    try:
        target.parent.mkdir(exist_ok=True)
        if not (target.is_file() and file_sha256(target) == sha256):
            write_document(database, sha256, file_name, target)
    except OSError as error:
        message = QCoreApplication.translate("DocumentCopies", "无法写入临时文件 {path}：{reason}")
        raise DocumentUnavailable(message.format(path=target, reason=error.strerror or error)) from error
    return target


def letter_copy(database: Database, letter: LetterInfo) -> Path:
    """The PDF of a letter version (Raises: DocumentUnavailable)."""
    return document_copy(database, letter.sha256, letter.file_name)
