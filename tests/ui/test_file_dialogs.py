"""File dialogs beside the live database: browsing its folder never releases the desk's SQLite locks.

On Linux a process loses every POSIX lock on a file when it closes *any* descriptor of it; a dialog
that reads the files it lists does just that. Another program opening and closing the database then
finds nobody using it and deletes the WAL the desk is still writing into: later commits are
invisible to others and lost at a crash. The desk here is a real process with a real dialog.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Staff
from tests.helpers import first_open_case
from ui.file_dialogs import NameOnlyIconProvider, open_file, save_file

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads the kernel's lock table")


def _locked_files(pid: int, folder: Path) -> set[str]:
    """The names of the files in ``folder`` that process ``pid`` holds a POSIX lock on."""
    names = {path.stat().st_ino: path.name for path in folder.iterdir()}
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if fields[1] == "POSIX" and int(fields[4]) == pid and int(fields[5].split(":")[2]) in names:
            held.add(names[int(fields[5].split(":")[2])])
    return held


def _open_and_close(path: Path) -> None:
    """Another program (here: another process) reading the database and letting it go."""
    script = (
        f"import sqlite3; c = sqlite3.connect({str(path)!r}); "
        "c.execute('SELECT count(*) FROM sqlite_master'); c.close()"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def _office_db(database: Database, folder: Path) -> tuple[Path, int, int]:
    """The sample office as ``office.db`` (a name whose type only its content tells), a case, an author."""
    case_id, _number = first_open_case(database)
    with database.unit_of_work() as session:
        author_id = session.scalar(select(Staff.id).order_by(Staff.id).limit(1))
    database.dispose()  # checkpointed: the file alone holds everything
    assert database.file is not None and author_id is not None
    path = folder / "office.db"
    shutil.copyfile(database.file, path)
    return path, case_id, author_id


def _start_desk(path: Path, case_id: int, author_id: int, which: str) -> subprocess.Popen:
    url = f"sqlite:///{path}"
    desk = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.dialog_desk", url, str(case_id), str(author_id), which],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert desk.stdout is not None and desk.stderr is not None
    assert desk.stdout.readline().strip() == "ready", desk.stderr.read()
    return desk


def _kill(desk: subprocess.Popen) -> None:
    os.kill(desk.pid, signal.SIGKILL)
    desk.communicate()  # reaps it and closes the pipes


def test_a_plain_dialog_drops_the_locks_so_this_check_can_see_it(sample_database: Database, tmp_path: Path):
    path, case_id, author_id = _office_db(sample_database, tmp_path)
    desk = _start_desk(path, case_id, author_id, "plain")
    try:
        assert _locked_files(desk.pid, path.parent) == set()
        _open_and_close(path)
        assert not path.with_name(f"{path.name}-wal").exists()  # deleted under the running desk
    finally:
        _kill(desk)


def test_browsing_the_database_folder_keeps_every_later_write_shared_and_durable(
    sample_database: Database, tmp_path: Path
):
    path, case_id, author_id = _office_db(sample_database, tmp_path)
    desk = _start_desk(path, case_id, author_id, "ours")
    try:
        held = _locked_files(desk.pid, path.parent)
        assert {path.name, f"{path.name}-shm"} <= held
        _open_and_close(path)  # e.g. `expedite-desk export-kb` while the app runs
        assert path.with_name(f"{path.name}-wal").exists()
        assert desk.stdin is not None and desk.stdout is not None
        desk.stdin.write("write\n")
        desk.stdin.flush()
        activity_id = int(desk.stdout.readline().split()[1])
        with sqlite3.connect(path) as third:  # a third program sees the commit
            assert third.execute("SELECT text FROM case_activity WHERE id = ?", (activity_id,)).fetchone()
    finally:
        _kill(desk)
    with sqlite3.connect(path) as after_the_crash:
        assert after_the_crash.execute("SELECT 1 FROM case_activity WHERE id = ?", (activity_id,)).fetchone()
        assert after_the_crash.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _answer_next_dialog(qtbot, seen: list[QFileDialog], file_name: str | None) -> None:
    """When the next file dialog is up: note it, then choose ``file_name`` in its folder or cancel."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.append(dialog)
        if file_name is None:
            dialog.reject()
        else:
            dialog.selectFile(str(Path(dialog.directory().absolutePath()) / file_name))
            dialog.accept()

    QTimer.singleShot(0, answer)


def test_dialogs_start_in_documents_then_where_the_person_last_was(qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr("ui.file_dialogs._last_folder", None)
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    seen: list[QFileDialog] = []
    _answer_next_dialog(qtbot, seen, None)
    assert save_file(None, "导出 PDF", "甘特图.pdf", "PDF (*.pdf)") is None
    assert Path(seen[0].directory().absolutePath()) == documents.resolve()
    assert seen[0].testOption(QFileDialog.Option.DontUseNativeDialog)
    assert isinstance(seen[0].iconProvider(), NameOnlyIconProvider)

    (tmp_path / "证据.pdf").write_bytes(b"%PDF-1.4")
    seen.clear()
    QTimer.singleShot(
        0, lambda: cast(QFileDialog, QApplication.activeModalWidget()).setDirectory(str(tmp_path))
    )
    _answer_next_dialog(qtbot, seen, "证据.pdf")
    assert open_file(None, "选择签回件", "PDF (*.pdf)") == tmp_path / "证据.pdf"
    seen.clear()
    _answer_next_dialog(qtbot, seen, "副本.pdf")
    assert save_file(None, "另存为 PDF", "副本.pdf", "PDF (*.pdf)") == tmp_path / "副本.pdf"
    assert Path(seen[0].directory().absolutePath()) == tmp_path
