"""Backups and restore on real files: the daily backup, the rotation, sealed backups, restore that
refuses bad files, and the `expedite-desk backup` command as scripts run it."""

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine

from app.config import BACKUP_PASSWORD_ENV, LOGIN_PASSWORD_ENV, LOGIN_USER_ENV
from app.db import backup_crypto
from app.db.backup import (
    BackupFailed,
    BackupUnavailable,
    backup_sqlite,
    find_backups,
    make_backup,
    timestamped_backup_path,
)
from app.db.backup_crypto import (
    MAGIC,
    MAGIC_V1,
    DamagedBackup,
    WrongBackupPassword,
    decrypt_backup,
    sealed_file_is_whole,
)
from app.db.database import Database, open_database
from app.db.migrate import head_revision, run_alembic, upgrade
from app.domain.backup_rotation import BackupKind
from app.domain.clock import FixedClock
from app.domain.office_profile import OfficeProfileData
from app.domain.permissions import SYSTEM, Actor, Permission
from app.domain.vocabulary import StaffRole
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.startup import open_office_database
from app.usecases.access import NotPermitted
from app.usecases.backups import (
    backup_now,
    backup_unavailable_reason,
    list_backups,
    restore_backup,
    save_backup_settings,
    take_daily_backup,
)
from app.usecases.errors import ValidationFailed
from app.usecases.office import save_office_profile
from tests.helpers import NOW

PASSWORD = "柜台密码-2026"


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


def _fingerprint(database: Database) -> dict[str, str]:
    """The bytes of the database file and its WAL, with every connection closed first."""
    database.dispose()
    file = database.file
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in file.parent.iterdir()
        if p.name.startswith(file.name)
    }


def test_the_daily_backup_is_made_once_a_day(sample_database: Database):
    first = take_daily_backup(sample_database, NOW)
    assert first is not None and first.parent == sample_database.file.parent / "backups"
    assert _count(first, "case") == 60
    assert take_daily_backup(sample_database, NOW.replace(hour=18)) is None
    after_midnight = take_daily_backup(sample_database, NOW + timedelta(days=1, hours=-9, minutes=-59))
    assert after_midnight is not None and after_midnight != first
    assert [b.kind for b in find_backups(sample_database.file)] == [BackupKind.DAILY, BackupKind.DAILY]


def test_opening_the_office_makes_the_days_first_backup(database_url: str, tmp_path: Path):
    for _ in range(2):
        opened = open_office_database(database_url)
        opened.database.dispose()
        assert opened.backup_problem is None
    assert len(list((tmp_path / "backups").glob("office-daily-*.sqlite3"))) == 1
    opened = open_office_database(database_url, daily_backup=False)
    opened.database.dispose()
    assert opened.daily_backup is None


def test_the_rotation_deletes_what_neither_rule_keeps(database: Database):
    save_office_profile(database, OfficeProfileData("测试代理", "地址", "010-1234567", "张三", "测试代理"))
    save_backup_settings(database, daily_keep=3, monthly_keep=2)
    start = datetime(2026, 9, 25, 9, 0)
    for day in range(60):  # 25 Sep … 23 Nov, one start a day
        take_daily_backup(database, start + timedelta(days=day))
    file = database.file
    for hours in range(12):  # twelve migrations' backups: the newest ten stay
        backup_sqlite(file, timestamped_backup_path(file, "before-0009", NOW - timedelta(hours=hours)))
    manual = backup_now(database, datetime(2020, 1, 1))
    take_daily_backup(database, NOW + timedelta(days=1))

    backups = list_backups(database, NOW + timedelta(days=1))
    daily = [b.taken_at.date().isoformat() for b in backups if b.kind is BackupKind.DAILY]
    monthly = [b.taken_at.date().isoformat() for b in backups if b.kind is BackupKind.MONTHLY]
    assert daily == ["2026-11-24", "2026-11-23", "2026-11-22"]
    assert monthly == ["2026-10-31"]  # November's newest is a daily one; two months in all
    assert sum(b.kind is BackupKind.BEFORE_MIGRATION for b in backups) == 10
    assert manual.exists()  # made by hand: never deleted


def test_rotation_settings_are_checked_and_need_the_settings_permission(database: Database):
    save_office_profile(database, OfficeProfileData("测试代理", "地址", "010-1234567", "张三", "测试代理"))
    with pytest.raises(ValidationFailed) as failure:
        save_backup_settings(database, daily_keep=0, monthly_keep=-1)
    assert set(failure.value.problems) == {"daily_keep", "monthly_keep"}
    database.actor = Actor(1, "前台小王", StaffRole.FRONT_DESK, "wang")
    with pytest.raises(NotPermitted):
        save_backup_settings(database, daily_keep=5, monthly_keep=6)


def test_a_sealed_backup_round_trips_and_leaves_no_plain_copy(sample_database: Database, tmp_path: Path):
    out = tmp_path / "usb"
    sealed = backup_now(sample_database, NOW, PASSWORD, folder=out)
    assert sealed.parent == out and sealed.name.endswith(".sqlite3.enc")
    data = sealed.read_bytes()
    assert data.startswith(MAGIC) and b"SQLite format 3" not in data
    assert list(out.iterdir()) == [sealed]
    assert not list((tmp_path / "backups").glob("*.plain"))
    plain = tmp_path / "plain.sqlite3"
    decrypt_backup(sealed, plain, PASSWORD)
    assert _count(plain, "case") == 60


def test_a_wrong_password_and_a_damaged_file_say_which(sample_database: Database, tmp_path: Path):
    sealed = backup_now(sample_database, NOW, PASSWORD)
    with pytest.raises(WrongBackupPassword, match="备份密码不正确"):
        decrypt_backup(sealed, tmp_path / "x.sqlite3", "猜的密码")
    damaged = bytearray(sealed.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF
    sealed.write_bytes(bytes(damaged))
    with pytest.raises(DamagedBackup, match="备份文件已损坏"):
        decrypt_backup(sealed, tmp_path / "x.sqlite3", PASSWORD)
    sealed.write_bytes(MAGIC + b"\0" * 10)
    with pytest.raises(DamagedBackup):
        decrypt_backup(sealed, tmp_path / "x.sqlite3", PASSWORD)
    assert not (tmp_path / "x.sqlite3").exists()


def _cut_short(path: Path, keep: int) -> None:
    path.write_bytes(path.read_bytes()[:keep])


def test_a_truncated_backup_is_listed_as_not_whole_and_is_not_todays_backup(sample_database: Database):
    daily = take_daily_backup(sample_database, NOW)
    sealed = backup_now(sample_database, NOW + timedelta(minutes=1), PASSWORD)
    plain = backup_now(sample_database, NOW + timedelta(minutes=2))
    assert all(b.whole for b in find_backups(sample_database.file))
    assert daily is not None
    for path in (daily, sealed, plain):
        _cut_short(path, path.stat().st_size - 4096)
    assert [b.whole for b in find_backups(sample_database.file)] == [False, False, False]
    _cut_short(sealed, 20)  # not even its whole header
    assert not find_backups(sample_database.file)[1].whole
    assert take_daily_backup(sample_database, NOW.replace(hour=18)) is not None  # a broken one does not count


def test_a_sealed_backup_of_the_first_layout_is_still_restored(sample_database: Database, tmp_path: Path):
    data = backup_sqlite(sample_database.file, tmp_path / "plain.sqlite3").read_bytes()
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = backup_crypto._keys(PASSWORD, salt)
    sealed = tmp_path / "old.sqlite3.enc"
    sealed.write_bytes(MAGIC_V1 + salt + check + nonce + AESGCM(key).encrypt(nonce, data, MAGIC_V1))
    assert sealed_file_is_whole(sealed)
    decrypt_backup(sealed, tmp_path / "back.sqlite3", PASSWORD)
    assert (tmp_path / "back.sqlite3").read_bytes() == data


def _newer_schema_backup(source: Database, tmp_path: Path) -> Path:
    path = backup_sqlite(source.file, tmp_path / "newer.sqlite3")
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


def _foreign_database(tmp_path: Path) -> Path:
    path = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    return path


@pytest.mark.parametrize(
    ("make_bad_file", "password", "message"),
    [
        (lambda db, tmp: _truncated(db, tmp), None, "备份文件已损坏"),
        (
            lambda db, tmp: _write(tmp / "notes.txt", "不是数据库".encode() * 500),
            None,
            "不是加急工作台的备份",
        ),
        (lambda db, tmp: backup_now(db, NOW - timedelta(days=1), PASSWORD), "错误的密码", "备份密码不正确"),
        (lambda db, tmp: backup_now(db, NOW - timedelta(days=1), PASSWORD), None, "请输入备份密码"),
        (_newer_schema_backup, None, "更新版本的加急工作台"),
        (lambda db, tmp: _foreign_database(tmp), None, "不是加急工作台的数据库"),
        (lambda db, tmp: tmp / "missing.sqlite3", None, "无法读取备份文件"),
        (lambda db, tmp: db.file, None, "正在使用的数据库本身"),
        (lambda db, tmp: db.file.with_name(db.file.name + "-wal"), None, "正在使用的数据库本身"),
    ],
    ids=[
        "truncated",
        "not-sqlite",
        "wrong-password",
        "no-password",
        "newer-schema",
        "foreign",
        "missing",
        "the-live-database",
        "its-wal",
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(
    sample_database: Database, tmp_path: Path, make_bad_file, password, message
):
    bad = make_bad_file(sample_database, tmp_path)
    backups_before = (
        sorted(p.name for p in (tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else []
    )
    before = _fingerprint(sample_database)
    with pytest.raises(Exception, match=message):
        restore_backup(sample_database, bad, password, NOW)
    assert _fingerprint(sample_database) == before
    assert _count(sample_database.file, "case") == 60
    assert (
        sorted(p.name for p in (tmp_path / "backups").glob("*")) == backups_before
    )  # nothing saved aside, no scratch


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated(database: Database, tmp_path: Path) -> Path:
    whole = backup_sqlite(database.file, tmp_path / "whole.sqlite3").read_bytes()
    return _write(tmp_path / "truncated.sqlite3", whole[: len(whole) // 2])


def test_restore_brings_back_a_deleted_row_and_saves_the_current_data_aside(sample_database: Database):
    backup = backup_now(sample_database, NOW - timedelta(hours=1), PASSWORD)
    feedback = _count(sample_database.file, "client_feedback")
    assert feedback > 0
    with sample_database.engine.begin() as connection:
        connection.exec_driver_sql(
            "DELETE FROM client_feedback WHERE id = (SELECT min(id) FROM client_feedback)"
        )
        connection.exec_driver_sql("UPDATE office_profile SET name = '改过的名字'")

    result = restore_backup(sample_database, backup, PASSWORD, NOW)

    assert _count(sample_database.file, "client_feedback") == feedback
    with sample_database.engine.connect() as connection:  # the same Database object goes on working
        assert connection.exec_driver_sql("SELECT name FROM office_profile").scalar() != "改过的名字"
    assert result.saved_aside.name.startswith("office-before-restore-")
    assert _count(result.saved_aside, "client_feedback") == feedback - 1
    assert not result.migration.changed
    with sqlite3.connect(sample_database.file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert [b.kind for b in find_backups(sample_database.file)][0] is BackupKind.BEFORE_RESTORE


def test_an_older_backup_is_migrated_after_the_restore(database: Database, tmp_path: Path):
    older = open_database(f"sqlite:///{tmp_path / 'older.sqlite3'}")
    older.actor = SYSTEM
    previous = f"{int(head_revision()) - 1:04}"
    run_alembic(older, "upgrade", previous)
    older.dispose()
    result = restore_backup(database, tmp_path / "older.sqlite3", None, NOW)
    assert (result.revision, result.migration.to_revision) == (previous, head_revision())
    assert upgrade(database).from_revision == head_revision()


def test_a_backup_that_cannot_be_migrated_leaves_the_current_data(sample_database: Database, tmp_path: Path):
    broken = open_database(f"sqlite:///{tmp_path / 'broken.sqlite3'}")
    broken.actor = SYSTEM
    run_alembic(broken, "upgrade", "0008")  # 0009 adds the logins' columns to staff
    with broken.engine.begin() as connection:  # sound to SQLite, but the migrations cannot go on
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.exec_driver_sql("DROP TABLE staff")
    broken.dispose()
    with pytest.raises(BackupFailed, match="已还原为恢复前的数据"):
        restore_backup(sample_database, tmp_path / "broken.sqlite3", None, NOW)
    assert _count(sample_database.file, "case") == 60 and _count(sample_database.file, "staff") > 0
    assert upgrade(sample_database).from_revision == head_revision()


def test_restore_needs_the_backup_permission(sample_database: Database):
    backup = backup_now(sample_database, NOW)
    sample_database.actor = Actor(1, "主管老李", StaffRole.MANAGER, "li")
    before = _fingerprint(sample_database)
    with pytest.raises(NotPermitted, match=Permission.BACKUP_RESTORE.label):
        restore_backup(sample_database, backup, None, NOW)
    assert _fingerprint(sample_database) == before
    sample_database.actor = Actor(2, "管理员", StaffRole.ADMIN, "admin")
    restore_backup(sample_database, backup, None, NOW)


def test_a_postgresql_database_is_backed_up_with_pg_dump():
    database = Database(create_engine("postgresql+psycopg://clerk:secret@db.office.lan:5432/expedite"))
    database.actor = SYSTEM
    reason = backup_unavailable_reason(database)
    assert reason is not None and "pg_dump" in reason
    assert '"postgresql://clerk@db.office.lan:5432/expedite"' in reason and "secret" not in reason
    with pytest.raises(BackupUnavailable, match="pg_dump"):
        backup_now(database, NOW)
    with pytest.raises(BackupUnavailable, match="pg_dump"):
        restore_backup(database, Path("whatever.sqlite3"), None, NOW)
    assert take_daily_backup(database, NOW) is None


def test_a_real_postgresql_server_gets_the_pg_dump_advice(postgres_url: str):
    database = open_database(postgres_url)
    database.actor = SYSTEM
    try:
        assert "pg_dump --format=custom" in backup_unavailable_reason(database)
    finally:
        database.dispose()


#: The backup commands run as the sample office's admin (only an admin backs up).
ADMIN_LOGIN = {LOGIN_USER_ENV: DEMO_ADMIN, LOGIN_PASSWORD_ENV: DEMO_PASSWORD}


def _run(*args, env=None, stdin=subprocess.DEVNULL):
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        stdin=stdin,
        env={**os.environ, **ADMIN_LOGIN, **(env or {})},
    )


def test_the_backup_command_writes_a_verified_copy(sample_database: Database, tmp_path: Path):
    url = f"sqlite:///{sample_database.file}"
    result = _run("backup", "--database", url)
    assert result.returncode == 0, result.stderr
    assert "完整性检查通过" in result.stdout
    (made,) = find_backups(sample_database.file)  # no daily backup as well
    assert made.kind is BackupKind.MANUAL and _count(made.path, "case") == 60


def test_the_backup_command_seals_with_the_password_from_the_environment(
    sample_database: Database, tmp_path: Path
):
    url = f"sqlite:///{sample_database.file}"
    out = tmp_path / "usb"
    result = _run(
        "backup", "--database", url, "--out", str(out), "--encrypt", env={BACKUP_PASSWORD_ENV: PASSWORD}
    )
    assert result.returncode == 0, result.stderr
    (sealed,) = out.iterdir()
    assert sealed.read_bytes().startswith(MAGIC)
    assert PASSWORD not in result.stdout + result.stderr
    restore_backup(sample_database, sealed, PASSWORD, NOW)


def test_the_backup_command_never_takes_a_password_from_a_pipe(sample_database: Database, tmp_path: Path):
    env = {**{k: v for k, v in os.environ.items() if k != BACKUP_PASSWORD_ENV}, **ADMIN_LOGIN}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "backup",
            "--encrypt",
            "--database",
            f"sqlite:///{sample_database.file}",
        ],
        capture_output=True,
        text=True,
        input=f"{PASSWORD}\n{PASSWORD}\n",
        env=env,
    )
    assert result.returncode == 2
    assert BACKUP_PASSWORD_ENV in result.stderr
    assert find_backups(sample_database.file) == []


def test_make_backup_of_an_unwritable_folder_says_so(database: Database, tmp_path: Path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(Exception, match="备份失败"):
        make_backup(database.file, BackupKind.MANUAL, NOW, folder=blocker / "sub")


def test_a_sealed_backup_never_writes_the_database_in_clear(sample_database: Database, monkeypatch):
    opened: list[str] = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3,
        "connect",
        lambda target, *a, **k: opened.append(str(target)) or real_connect(target, *a, **k),
    )
    sealed = backup_now(sample_database, NOW, PASSWORD)
    assert set(opened) <= {str(sample_database.file), ":memory:"}  # no copy of the file but the sealed one
    assert [p.name for p in sealed.parent.iterdir()] == [sealed.name]


@pytest.mark.slow
def test_a_sealed_backup_killed_at_any_moment_leaves_no_clear_copy_and_no_half_file(
    sample_database: Database,
):
    """`expedite-desk backup --encrypt` SIGKILLed at random moments: nothing readable in clear is left
    in the backup folder, every sealed file there opens with the password, and the next start of the
    app clears what an interrupted run left (its own partial files)."""
    url, folder = f"sqlite:///{sample_database.file}", sample_database.file.parent / "backups"
    rng = random.Random(18)
    environment = {**os.environ, **ADMIN_LOGIN, BACKUP_PASSWORD_ENV: PASSWORD}
    command = [sys.executable, "-m", "app", "backup", "--database", url, "--encrypt"]
    started = time.monotonic()
    assert subprocess.run(command, capture_output=True, env=environment).returncode == 0
    whole = time.monotonic() - started  # each round is killed in the second half of such a run
    for round_ in range(6):
        child = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
            env=environment,
        )  # fmt: skip
        time.sleep(rng.uniform(0.5, 1.0) * whole)
        child.kill()
        child.wait()
        for path in folder.iterdir():
            assert not path.read_bytes().startswith(b"SQLite format 3"), (
                f"round {round_}: {path.name} in clear"
            )
        for backup in find_backups(sample_database.file):
            decrypt_backup(backup.path, folder.parent / "check.sqlite3", PASSWORD)  # listed: complete
    assert {p.suffix for p in folder.iterdir()} <= {".enc", ".part"}
    last_touched = datetime.fromtimestamp(max(p.stat().st_mtime for p in folder.iterdir()))
    later = FixedClock(last_touched + timedelta(hours=2))  # a younger part may be another desk's backup
    open_office_database(url, clock=later).database.dispose()
    left = sorted(p.name for p in folder.iterdir())
    assert left and not [name for name in left if name.endswith((".part", ".plain"))]
    assert sum(name.endswith("sqlite3") for name in left) == 1  # the day's first backup
