"""Letters, evidence and signed scans live in the database: every desk reads them, every backup
carries them, and the files desks kept in their own folders before are moved in (revision 0011)."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import DATA_DIR_ENV
from app.db.database import Database, open_database
from app.db.document_store import DocumentUnavailable, insert_document
from app.db.migrate import current_revision, head_revision, run_alembic, upgrade
from app.db.models import EvidenceFile, StoredDocument, StoredDocumentChunk
from app.domain.clock import FixedClock
from app.domain.permissions import SYSTEM
from app.sample.office import generate_sample_office
from app.startup import open_office_database
from app.usecases.backups import backup_now, restore_backup
from app.usecases.letters import generate_letter_version, list_letter_versions, mark_signed
from app.usecases.stored_documents import document_bytes, keep_bytes
from tests.helpers import NOW, first_open_case

SCAN_BYTES = os.urandom(5 * (1 << 19))  # 2.5 MiB: three chunks


@dataclass(frozen=True)
class Document:
    folder: str  # where a desk kept it before 0011: "letters" or "evidence"
    sha256: str
    file_name: str
    content: bytes

    def old_path(self, data_folder: Path) -> Path:
        """Its file in the layout of before revision 0011."""
        suffix = Path(self.file_name).suffix.lower()
        return data_folder / self.folder / self.sha256[:2] / f"{self.sha256}{suffix}"


def _documents(database: Database, scan_folder: Path) -> dict[str, Document]:
    """Two letter versions (the second signed, with a scan of several chunks) and an evidence file."""
    case_id = first_open_case(database)[0]
    first = generate_letter_version(database, case_id, NOW)
    second = generate_letter_version(database, case_id, NOW + timedelta(hours=1))
    scan = scan_folder / "签回件.JPG"
    scan.write_bytes(SCAN_BYTES)
    signed = mark_signed(database, second.id, NOW.date(), "陈静", scan, NOW)
    scan.unlink()  # the database keeps its own copy
    with database.unit_of_work() as session:
        evidence = keep_bytes(session, b"%PDF-1.4 customs notice", "海关通知.pdf")
        session.add(EvidenceFile(case_id=case_id, title="海关通知", file_name=evidence.file_name,
                                 sha256=evidence.sha256, size=evidence.size, attached_at=NOW))  # fmt: skip
    found = {
        name: Document("letters", letter.sha256, letter.file_name, read(database, letter.sha256))
        for name, letter in (("first", first), ("second", second))
    }
    assert signed.scan_sha256 is not None
    found["scan"] = Document("letters", signed.scan_sha256, signed.scan_name, SCAN_BYTES)
    found["evidence"] = Document("evidence", evidence.sha256, evidence.file_name, b"%PDF-1.4 customs notice")
    return found


def read(database: Database, sha256: str) -> bytes:
    return document_bytes(database, sha256, "test")


def _is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_documents_are_kept_once_per_content_in_chunks(sample_database: Database, tmp_path: Path):
    documents = _documents(sample_database, tmp_path)
    letter = list_letter_versions(sample_database, first_open_case(sample_database)[0])[0]
    scan = tmp_path / "again.jpg"
    scan.write_bytes(SCAN_BYTES)
    mark_signed(sample_database, letter.id, NOW.date(), "陈静", scan, NOW)  # the same scan again
    with sample_database.unit_of_work() as session:
        stored = dict(session.execute(select(StoredDocument.sha256, StoredDocument.size)).all())
        chunks = session.scalar(
            select(func.count()).where(StoredDocumentChunk.sha256 == documents["scan"].sha256)
        )
    assert stored == {d.sha256: len(d.content) for d in documents.values()} and chunks == 3
    assert (
        _is_pdf(documents["first"].content) and read(sample_database, documents["scan"].sha256) == SCAN_BYTES
    )
    assert not any((tmp_path / folder).exists() for folder in ("letters", "evidence"))


def test_a_backup_restored_on_another_computer_keeps_every_document(
    sample_database: Database, tmp_path: Path
):
    documents = _documents(sample_database, tmp_path)
    backup = backup_now(sample_database, NOW, folder=tmp_path / "usb")
    sample_database.dispose()
    for path in tmp_path.iterdir():  # the office's folder is gone: database, data folder, all of it
        if path.name != "usb":
            shutil.rmtree(path) if path.is_dir() else path.unlink()

    other = open_database(f"sqlite:///{tmp_path / 'new-pc' / 'office.sqlite3'}", create_folder=True)
    other.actor = SYSTEM
    upgrade(other)
    restore_backup(other, backup, None, NOW)
    try:
        for document in documents.values():
            data = read(other, document.sha256)
            assert hashlib.sha256(data).hexdigest() == document.sha256 and data == document.content
    finally:
        other.dispose()


def _to_old_layout(database: Database) -> None:
    """Back to revision 0010, where each desk kept its documents in its own folder."""
    run_alembic(database, "downgrade", "0010")
    assert current_revision(database) == "0010"


def test_the_upgrade_moves_the_desks_files_in_and_reports_the_missing_one(
    sample_database: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    documents = _documents(sample_database, tmp_path)
    _to_old_layout(sample_database)
    for name in ("first", "scan"):  # kept beside the database, as before
        path = documents[name].old_path(tmp_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(documents[name].content)
    damaged = documents["second"].old_path(tmp_path)
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(documents["second"].content[:-100])  # truncated: not what the record names
    # the evidence file is missing altogether

    with caplog.at_level(logging.WARNING, logger="app.db.document_store"):
        upgrade(sample_database)

    assert current_revision(sample_database) == head_revision()
    assert read(sample_database, documents["first"].sha256) == documents["first"].content
    assert read(sample_database, documents["scan"].sha256) == SCAN_BYTES
    for name in ("second", "evidence"):
        document = documents[name]
        with pytest.raises(DocumentUnavailable, match=f"文件缺失：{document.file_name}"):
            document_bytes(sample_database, document.sha256, document.file_name)
    logged = caplog.text
    assert str(damaged) in logged and "海关通知.pdf" in logged and "2 个文件" in logged
    assert documents["first"].old_path(tmp_path).exists()  # left on disk: a later cleanup may remove it
    with sample_database.unit_of_work() as session:  # the records stay, never invented content
        assert session.scalar(select(EvidenceFile.file_name).where(
            EvidenceFile.sha256 == documents["evidence"].sha256)) == "海关通知.pdf"  # fmt: skip


# --- several desks on one PostgreSQL server, each with its own data folder --------------------------


def _desk(url: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Database:
    """Start a desk as the app does (migration, start-up work) with ``folder`` as its data folder."""
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    desk = open_office_database(url, daily_backup=False, clock=FixedClock(NOW)).database
    desk.actor = SYSTEM  # the sample office's work below
    return desk


def test_a_letter_and_scan_made_at_one_desk_open_at_another(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    desk_a = _desk(postgres_url, tmp_path / "desk-a", monkeypatch)
    generate_sample_office(desk_a, 20, seed=4, now=NOW)
    documents = _documents(desk_a, tmp_path)
    desk_a.dispose()
    shutil.rmtree(tmp_path / "desk-a", ignore_errors=True)  # nothing of desk A's folder is left to read

    desk_b = _desk(postgres_url, tmp_path / "desk-b", monkeypatch)
    try:
        letters = list_letter_versions(desk_b, first_open_case(desk_b)[0])
        assert [v.sha256 for v in letters] == [documents["second"].sha256, documents["first"].sha256]
        for letter in letters:
            pdf = document_bytes(desk_b, letter.sha256, letter.file_name)
            assert _is_pdf(pdf) and hashlib.sha256(pdf).hexdigest() == letter.sha256
        assert letters[0].scan_sha256 is not None
        assert document_bytes(desk_b, letters[0].scan_sha256, letters[0].scan_name) == SCAN_BYTES
    finally:
        desk_b.dispose()


def test_files_only_another_desk_had_are_moved_in_when_it_starts(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    desk_a = _desk(postgres_url, tmp_path / "desk-a", monkeypatch)
    generate_sample_office(desk_a, 20, seed=4, now=NOW)
    documents = _documents(desk_a, tmp_path)
    _to_old_layout(desk_a)
    desk_a.dispose()
    places = {"first": "desk-a", "scan": "desk-a", "second": "desk-b", "evidence": "desk-b"}
    for name, desk in places.items():
        path = documents[name].old_path(tmp_path / desk)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(documents[name].content)

    with caplog.at_level(logging.WARNING, logger="app.db.document_store"):
        desk_a = _desk(postgres_url, tmp_path / "desk-a", monkeypatch)  # upgrades the shared database
    assert "2 个文件" in caplog.text
    with pytest.raises(DocumentUnavailable, match="文件缺失"):
        read(desk_a, documents["second"].sha256)

    desk_b = _desk(postgres_url, tmp_path / "desk-b", monkeypatch)  # brings in what only it had
    try:
        for document in documents.values():
            assert read(desk_a, document.sha256) == read(desk_b, document.sha256) == document.content
    finally:
        desk_a.dispose()
        desk_b.dispose()


def test_two_desks_storing_the_same_content_at_once_both_succeed(pg_database: Database):
    content = os.urandom(3 << 20)
    sha256 = hashlib.sha256(content).hexdigest()
    chunks = [content[n : n + (1 << 20)] for n in range(0, len(content), 1 << 20)]
    other = open_database(pg_database.url)
    other.actor = SYSTEM
    outcome: list[object] = []
    try:
        with pg_database.engine.connect() as first:
            assert insert_document(first, sha256, len(content), chunks)  # not yet committed

            def second_desk() -> None:
                try:
                    with other.engine.begin() as connection:
                        outcome.append(insert_document(connection, sha256, len(content), chunks))
                except Exception as error:  # noqa: BLE001 - the assertion below reports it
                    outcome.append(error)

            thread = threading.Thread(target=second_desk)
            thread.start()
            time.sleep(0.3)  # the second desk now waits on the first one's row
            assert not outcome
            first.commit()
            thread.join(30)
    finally:
        other.dispose()
    assert outcome == [False]  # stored by the first desk; the second one found it and wrote nothing
    assert read(pg_database, sha256) == content
