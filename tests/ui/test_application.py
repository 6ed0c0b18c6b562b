"""Starting the app: a real process to the main window, and a clear refusal of a bad database."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.config import STARTUP_PROBE_ENV
from ui.application import STARTUP_PROBE_PREFIX, run_gui


def _run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``command`` in a process of its own, its output through files: under make test-clocks' faketime,
    a pipe's end once went unseen until the timeout although the process had exited."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        done = subprocess.run(command, stdout=out, stderr=err, timeout=120, env=env)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(command, done.returncode, out.read().decode(), err.read().decode())


def _app(*args, env=None):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return _run([sys.executable, "-m", "ui", *args], environment)


@pytest.mark.slow
def test_the_app_starts_to_its_main_window_on_a_sample_office(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    assert _app("demo", "--cases", "40", "--database", url).returncode == 0
    result = _app("--database", url, env={STARTUP_PROBE_ENV: "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(STARTUP_PROBE_PREFIX)


# Loaded on demand: later pages, documents, encryption, migrations, the login and first-start dialogs.
NOT_AT_START_UP = (
    "reportlab", "openpyxl", "cryptography", "alembic", "PySide6.QtCharts", "ui.pages.cases_view",
    "ui.board.board_page", "ui.gantt.gantt_page", "ui.knowledge.knowledge_page", "ui.settings.settings_view",
    "ui.first_run_dialog", "ui.first_admin_dialog", "ui.login_dialog", "ui.change_password_dialog",
    "app.usecases.backups",
)  # fmt: skip


@pytest.mark.slow
def test_start_up_loads_only_what_the_first_window_needs(office_copy, database_url: str):
    office_copy(3, 2026)  # a small office, made here (the demo command is run by the test above)
    url = database_url
    script = (
        "import gc, sys\n"
        "from ui.launcher import main\n"
        f"assert main(['--database', {url!r}]) == 0\n"
        "print('collector on' if gc.isenabled() else 'collector off')\n"
        f"print(sorted(m for m in sys.modules if m in {NOT_AT_START_UP!r}))\n"
        # sys.modules keeps the order of loading; once PySide6 is loaded, its import hook reads the
        # source of each module loaded after it: the database layer (but the engine's dialect) comes first.
        "loaded = list(sys.modules)\n"
        "after_qt = loaded[loaded.index('PySide6'):]\n"
        "print(sorted(m for m in after_qt if m.startswith(('sqlalchemy', 'app.db'))\n"
        "             and not m.startswith(('sqlalchemy.dialects', 'sqlalchemy.connectors'))))\n"
    )
    result = _run(
        [sys.executable, "-c", script], {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1"}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["collector on", "[]", "[]"]


def test_expedite_desk_runs_a_command_without_loading_qt(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    script = (
        "import sys\n"
        "from ui.launcher import main\n"
        f"assert main(['migrate', '--database', {url!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = _run([sys.executable, "-c", script])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


@pytest.fixture
def critical_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What run_gui would show in error dialogs (a modal box cannot be clicked away headless)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    return shown


def test_a_file_that_is_not_a_database_is_refused_with_a_dialog(qapp, tmp_path: Path, critical_messages):
    path = tmp_path / "客户名单.xlsx"
    path.write_bytes(b"PK\x03\x04")
    assert run_gui(f"sqlite:///{path}") == 1
    assert critical_messages == [("无法打开数据库", f"该文件不是数据库文件（不是 SQLite 格式）：{path}")]
    assert path.read_bytes() == b"PK\x03\x04"
