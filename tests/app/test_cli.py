"""The command line, as support staff and scripts use it: real processes on real files."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from importlib.metadata import version
from pathlib import Path

import pytest

from app.cli import main
from app.config import DATABASE_URL_ENV, LOGIN_PASSWORD_ENV
from app.db.database import DatabaseUnavailable, open_database
from app.db.migrate import APPLICATION_ID, head_revision, run_alembic
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.startup import open_office_database


def _run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_version_is_printed_on_stdout():
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"expedite-desk {version('expedite-desk')}\n"


@pytest.mark.parametrize("database_first", [False, True])
def test_demo_fills_the_database_it_is_given(tmp_path: Path, database_first: bool):
    path = tmp_path / "demo.sqlite3"
    option = ["--database", f"sqlite:///{path}"]
    args = [*option, "demo", "--cases", "30"] if database_first else ["demo", "--cases", "30", *option]
    result = _run(*args)
    assert result.returncode == 0, result.stderr
    assert "案件 30 个" in result.stdout
    with sqlite3.connect(path) as connection:
        assert connection.execute('SELECT count(*) FROM "case"').fetchone() == (30,)


def test_the_environment_variable_chooses_the_database(tmp_path: Path):
    path = tmp_path / "from_env.sqlite3"
    result = _run("migrate", env={DATABASE_URL_ENV: f"sqlite:///{path}"})
    assert result.returncode == 0, result.stderr
    assert f"空库 → {head_revision()}" in result.stdout
    assert _run("migrate", env={DATABASE_URL_ENV: f"sqlite:///{path}"}).stdout.startswith(
        "数据库已是最新版本"
    )


def test_without_a_url_the_database_lives_in_the_data_folder(isolated_folders: Path):
    result = _run("migrate")
    assert result.returncode == 0, result.stderr
    assert (isolated_folders / "data" / "expedite-desk.sqlite3").exists()


def test_a_bad_database_is_one_line_on_stderr_and_a_failing_exit(tmp_path: Path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    result = _run("demo", "--cases", "5", "--database", f"sqlite:///{path}")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and result.stderr.startswith("错误：")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


@pytest.mark.parametrize("args", [[], ["smoke"]])
def test_python_m_app_sends_the_window_to_its_entry_above_ui(args: list[str], capsys):
    assert main(args) == 2
    assert "python -m ui" in capsys.readouterr().err


def test_a_port_that_is_not_a_number_is_one_line_without_the_password():
    result = _run("--database", "postgresql://clerk:secret@127.0.0.1:notaport/office", "migrate")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == "错误：数据库地址中的端口不是数字：notaport"


def test_demo_refuses_a_non_positive_case_count(tmp_path: Path):
    result = _run("demo", "--cases", "0", "--database", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert result.returncode == 2
    assert "必须是大于 0 的整数" in result.stderr
    assert not (tmp_path / "x.sqlite3").exists()


def _foreign_alembic_database(path: Path) -> Path:
    """Another program's database: Alembic at revision 0001 too, tables of its own, rollback journal."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.executescript(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY);"
            "INSERT INTO alembic_version VALUES ('0001');"
            "CREATE TABLE stock_item (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, quantity INTEGER);"
            "INSERT INTO stock_item (sku, quantity) VALUES ('A-100', 12), ('B-200', 3);"
        )
    return path


def _geopackage_with_our_tables(path: Path) -> Path:
    """Our own schema at 0001, but the header says the file belongs to another program (GeoPackage)."""
    database = open_database(f"sqlite:///{path}")
    run_alembic(database, "upgrade", "0001")
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 0x47504B47")  # "GPKG"
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("make", [_foreign_alembic_database, _geopackage_with_our_tables])
def test_another_programs_database_is_refused_before_it_is_touched(tmp_path: Path, capsys, monkeypatch, make):
    path = make(tmp_path / "inventory.db")
    before = _sha256(path)
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    for command in (["migrate"], ["backup", "--user", DEMO_ADMIN], ["demo", "--cases", "5"]):
        assert main(["--database", f"sqlite:///{path}", *command]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1, err
        assert err.startswith("错误：该数据库不是加急工作台的数据库") and "未做任何改动" in err
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.db"]  # no backups/, no -wal


@pytest.mark.parametrize("make", [_foreign_alembic_database, _geopackage_with_our_tables])
def test_start_up_refuses_another_programs_database_alike(tmp_path: Path, make):
    path = make(tmp_path / "inventory.db")
    before = _sha256(path)
    with pytest.raises(
        DatabaseUnavailable, match="^该数据库不是加急工作台的数据库.*为避免损坏未做任何改动。$"
    ):
        open_office_database(f"sqlite:///{path}")
    assert _sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inventory.db"]


def test_our_own_old_database_without_the_marker_still_upgrades(tmp_path: Path, capsys):
    """Files made by the releases before the marker: application_id 0, recognised by their tables."""
    path = tmp_path / "office.sqlite3"
    database = open_database(f"sqlite:///{path}")
    run_alembic(database, "upgrade", "0001")
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 0")
    assert main(["--database", f"sqlite:///{path}", "migrate"]) == 0
    assert f"数据库已升级：0001 → {head_revision()}" in capsys.readouterr().out
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
    assert main(["--database", f"sqlite:///{path}", "migrate"]) == 0  # and opens again
