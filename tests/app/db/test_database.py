"""Opening databases: clear refusals that change nothing, SQLite settings, optimistic locking."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db.database import ConcurrentEdit, DatabaseUnavailable, open_database
from app.db.migrate import upgrade
from app.db.models import Case
from app.sample.office import generate_sample_office
from tests.helpers import NOW


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_text("客户名单\n", encoding="utf-8")
    with pytest.raises(DatabaseUnavailable, match="不是数据库文件"):
        open_database(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8") == "客户名单\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_missing_folder_is_refused_and_not_created(tmp_path: Path):
    with pytest.raises(DatabaseUnavailable, match="文件夹不存在"):
        open_database(f"sqlite:///{tmp_path / 'typo' / 'office.sqlite3'}")
    assert not (tmp_path / "typo").exists()


def test_the_embedded_default_may_create_its_data_folder(tmp_path: Path):
    database = open_database(f"sqlite:///{tmp_path / 'data' / 'office.sqlite3'}", create_folder=True)
    database.dispose()
    assert (tmp_path / "data" / "office.sqlite3").exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "无法识别的数据库地址"),
        ("oracle+nosuchdriver://x", "不支持的数据库类型或缺少驱动"),
        ("postgresql://user:secret@127.0.0.1:1/office", "无法打开数据库"),
        ("postgresql://user:secret@127.0.0.1:notaport/office", "端口不是数字：notaport"),
    ],
)
def test_unopenable_urls_give_a_chinese_reason_without_the_password(url, message):
    with pytest.raises(DatabaseUnavailable, match=message) as caught:
        open_database(url)
    assert "secret" not in str(caught.value)


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    before = path.read_bytes()
    database = open_database(f"sqlite:///{path}")
    with pytest.raises(DatabaseUnavailable, match="不是加急工作台的数据库"):
        upgrade(database)
    database.dispose()
    assert path.read_bytes() == before


def test_sqlite_runs_with_foreign_keys_wal_full_sync_and_a_busy_timeout(database):
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL: a power cut loses nothing
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_two_desks_editing_the_same_case_the_second_save_is_refused(any_database):
    generate_sample_office(any_database, 5, seed=4, now=NOW)
    with any_database.unit_of_work() as session:
        case_id = session.scalars(select(Case.id).limit(1)).one()
    with pytest.raises(ConcurrentEdit, match="已被他人修改"), any_database.unit_of_work() as desk_b:
        theirs = desk_b.get(Case, case_id)  # desk B reads version 1 …
        with any_database.unit_of_work() as desk_a:
            desk_a.get(Case, case_id).title = "前台甲的修改"  # … desk A saves first …
        theirs.title = "前台乙的修改"  # … and B's save must not overwrite A's silently.
    with any_database.unit_of_work() as session:
        stored = session.get(Case, case_id)
        assert (stored.title, stored.version) == ("前台甲的修改", 2)


def test_an_office_on_sqlite_starts_without_loading_the_postgresql_dialect(database, database_url):
    """Seen: naming a PostgreSQL table option in the models loaded SQLAlchemy's whole PostgreSQL
    dialect at every start (40 ms of a 700 ms budget), on SQLite too."""
    probe = (
        "import sys\n"
        "from app.startup import open_office_database\n"
        f"open_office_database({database_url!r}, daily_backup=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
