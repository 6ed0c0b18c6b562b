"""Logins as stored: lockout, the admin's account work, one's own password, the first admin."""

import os
import subprocess
import sys
import threading
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.config import LOGIN_PASSWORD_ENV
from app.db.database import open_database
from app.db.models import Staff
from app.domain.passwords import MAX_FAILED_LOGINS, hash_password
from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.sample.logins import DEMO_PASSWORD
from app.usecases import accounts
from app.usecases.access import NotPermitted
from app.usecases.accounts import (
    LOGIN_REFUSED,
    LoginFailed,
    change_own_password,
    create_first_admin,
    deactivate,
    give_login,
    has_any_login,
    list_accounts,
    login,
    must_change_password,
    reset_password,
    set_role,
)
from app.usecases.errors import ValidationFailed
from tests.helpers import NOW


def _row(database, username: str) -> Staff:
    with database.unit_of_work() as session:
        return session.scalars(select(Staff).where(Staff.username == username)).one()


@pytest.fixture
def admin(sample_database) -> Actor:
    sample_database.actor = login(sample_database, "admin", DEMO_PASSWORD, NOW)
    return sample_database.actor


def test_every_sample_person_logs_in_with_the_demo_password(sample_database):
    actor = login(sample_database, " ZhouMingyuan ", DEMO_PASSWORD, NOW)
    assert (actor.name, actor.role, actor.username) == ("周明远", StaffRole.MANAGER, "zhoumingyuan")
    assert login(sample_database, "admin", DEMO_PASSWORD, NOW).role is StaffRole.ADMIN


def test_every_refusal_gets_the_same_answer(sample_database, admin):
    deactivate(sample_database, _row(sample_database, "hanli").id)
    refusals = []
    for username, password in (
        ("nobody", DEMO_PASSWORD),
        ("chenjing", "demo-2025"),
        ("hanli", DEMO_PASSWORD),
    ):
        with pytest.raises(LoginFailed) as refusal:
            login(sample_database, username, password, NOW)
        refusals.append(str(refusal.value))
    assert refusals == [LOGIN_REFUSED] * 3
    assert "用户名或密码错误" in LOGIN_REFUSED and "锁定" in LOGIN_REFUSED
    assert _row(sample_database, "chenjing").failed_logins == 1


def test_five_failures_in_a_row_lock_the_login_for_fifteen_minutes(sample_database):
    for n in range(5):
        with pytest.raises(LoginFailed, match=LOGIN_REFUSED):
            login(sample_database, "chenjing", f"wrong-{n}", NOW)
    assert _row(sample_database, "chenjing").locked_until == NOW + timedelta(minutes=15)
    with pytest.raises(LoginFailed, match=LOGIN_REFUSED):  # even the right password, while locked
        login(sample_database, "chenjing", DEMO_PASSWORD, NOW + timedelta(minutes=14))
    assert login(sample_database, "chenjing", DEMO_PASSWORD, NOW + timedelta(minutes=15)).name == "陈静"
    row = _row(sample_database, "chenjing")
    assert (row.failed_logins, row.locked_until) == (0, None)


def test_a_lock_that_ran_out_starts_the_count_afresh(sample_database):
    for n in range(5):
        with pytest.raises(LoginFailed):
            login(sample_database, "chenjing", f"wrong-{n}", NOW)
    later = NOW + timedelta(minutes=20)
    with pytest.raises(LoginFailed):
        login(sample_database, "chenjing", "wrong-again", later)
    assert (
        _row(sample_database, "chenjing").failed_logins,
        _row(sample_database, "chenjing").locked_until,
    ) == (
        1,
        None,
    )


def test_a_success_resets_the_count_of_failures(sample_database):
    for _ in range(4):
        with pytest.raises(LoginFailed):
            login(sample_database, "linxiao", "wrong-one", NOW)
    login(sample_database, "linxiao", DEMO_PASSWORD, NOW)
    with pytest.raises(LoginFailed):  # a fifth failure, but not in a row
        login(sample_database, "linxiao", "wrong-one", NOW)
    assert _row(sample_database, "linxiao").locked_until is None


def test_a_deactivated_person_cannot_log_in(sample_database, admin):
    deactivate(sample_database, _row(sample_database, "hanli").id)
    with pytest.raises(LoginFailed, match=LOGIN_REFUSED):
        login(sample_database, "hanli", DEMO_PASSWORD, NOW)


def test_desks_guessing_in_parallel_get_at_most_five_passwords_checked(any_database, monkeypatch):
    with any_database.unit_of_work() as session:
        session.add(
            Staff(
                name="访客",
                role=StaffRole.FRONT_DESK,
                username="guest",
                password_hash=hash_password("right-pass-1"),
            )
        )
    checked = []
    real_check = accounts.verify_password

    def counting_check(password: str, stored: str) -> bool:
        if stored != accounts._decoy_hash():
            checked.append(password)
        return real_check(password, stored)

    monkeypatch.setattr(accounts, "verify_password", counting_check)
    url = any_database.url.render_as_string(hide_password=False)
    desks = [open_database(url) for _ in range(4)]

    def guess(desk, n: int) -> None:
        for m in range(5):
            with suppress(LoginFailed):
                login(desk, "guest", f"guess-{n}-{m}", NOW)

    threads = [threading.Thread(target=guess, args=(desk, n)) for n, desk in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for desk in desks:
        desk.dispose()
    assert len(checked) == MAX_FAILED_LOGINS
    with pytest.raises(LoginFailed):
        login(any_database, "guest", "right-pass-1", NOW + timedelta(minutes=1))


def test_account_work_is_the_admins_only(sample_database):
    staff_id = _row(sample_database, "chenjing").id
    sample_database.actor = login(sample_database, "zhoumingyuan", DEMO_PASSWORD, NOW)  # a manager
    for attempt in (
        lambda: list_accounts(sample_database),
        lambda: give_login(sample_database, staff_id, "chen", "temp-pass-1"),
        lambda: reset_password(sample_database, staff_id, "temp-pass-1", NOW),
        lambda: set_role(sample_database, staff_id, StaffRole.MANAGER),
        lambda: deactivate(sample_database, staff_id),
    ):
        with pytest.raises(NotPermitted, match="无权管理账号与密码"):
            attempt()
    assert _row(sample_database, "chenjing").role is StaffRole.FRONT_DESK


def test_a_new_login_starts_with_a_temporary_password_to_change(sample_database, admin):
    with sample_database.unit_of_work() as session:
        newcomer = Staff(name="钱多多", role=StaffRole.SPECIALIST)
        session.add(newcomer)
        session.flush()
        newcomer_id = newcomer.id
    with pytest.raises(ValidationFailed) as taken:
        give_login(sample_database, newcomer_id, "LiNa", "temp-pass-1")
    assert taken.value.problems == {"username": "用户名“lina”已被李娜使用"}
    with pytest.raises(ValidationFailed) as weak:
        give_login(sample_database, newcomer_id, "qianduoduo", "1234")
    assert set(weak.value.problems) == {"password"}
    give_login(sample_database, newcomer_id, "qianduoduo", "temp-pass-1")
    account = next(a for a in list_accounts(sample_database) if a.staff_id == newcomer_id)
    assert (account.username, account.must_change_password) == ("qianduoduo", True)

    sample_database.actor = login(sample_database, "qianduoduo", "temp-pass-1", NOW)
    assert must_change_password(sample_database)
    with pytest.raises(ValidationFailed) as wrong_old:
        change_own_password(sample_database, "temp-pass-x", "my-own-pass")
    assert set(wrong_old.value.problems) == {"old_password"}
    with pytest.raises(ValidationFailed) as same:
        change_own_password(sample_database, "temp-pass-1", "temp-pass-1")
    assert same.value.problems == {"new_password": "新密码不能与原密码相同"}
    change_own_password(sample_database, "temp-pass-1", "my-own-pass")
    assert not must_change_password(sample_database)
    assert login(sample_database, "qianduoduo", "my-own-pass", NOW).name == "钱多多"


def test_a_reset_unlocks_and_gives_a_temporary_password(sample_database, admin):
    for n in range(5):
        with pytest.raises(LoginFailed):
            login(sample_database, "wanglei", f"guess-{n}", NOW)
    assert next(a for a in list_accounts(sample_database) if a.username == "wanglei").locked(NOW)
    reset_password(sample_database, _row(sample_database, "wanglei").id, "fresh-start-1", NOW)
    account = next(a for a in list_accounts(sample_database) if a.username == "wanglei")
    assert not account.locked(NOW) and account.must_change_password
    assert login(sample_database, "wanglei", "fresh-start-1", NOW).name == "王磊"
    with pytest.raises(LoginFailed):
        login(sample_database, "wanglei", DEMO_PASSWORD, NOW)


def test_the_last_admin_login_cannot_be_demoted_or_deactivated(sample_database, admin):
    with pytest.raises(ValidationFailed, match="至少要保留一名"):
        set_role(sample_database, admin.staff_id, StaffRole.MANAGER)
    with pytest.raises(ValidationFailed, match="至少要保留一名"):
        deactivate(sample_database, admin.staff_id)
    manager_id = _row(sample_database, "huanghai").id
    set_role(sample_database, manager_id, StaffRole.ADMIN)
    set_role(sample_database, admin.staff_id, StaffRole.MANAGER)  # another admin now keeps the keys
    assert _row(sample_database, "admin").role is StaffRole.MANAGER


def test_an_office_without_logins_creates_its_admin_once(database):
    assert not has_any_login(database)
    with pytest.raises(ValidationFailed) as weak:
        create_first_admin(database, "吴宇", "wuyu", "20261123")
    assert weak.value.problems == {"password": "密码不能全是数字，请加入字母或符号"}
    assert not has_any_login(database)
    actor = create_first_admin(database, "吴宇", "wuyu", "Office-Key-9")
    assert (actor.name, actor.role, actor.username) == ("吴宇", StaffRole.ADMIN, "wuyu")
    assert has_any_login(database)
    assert login(database, "wuyu", "Office-Key-9", NOW) == actor
    with pytest.raises(ValidationFailed, match="已有登录账号"):
        create_first_admin(database, "冒名者", "intruder", "Office-Key-9")


def test_no_password_is_stored_in_clear(database, tmp_path: Path):
    create_first_admin(database, "吴宇", "wuyu", "Clear-Text-Never")
    stored = b"".join(path.read_bytes() for path in (tmp_path).glob("office.sqlite3*"))
    assert b"Clear-Text-Never" not in stored and b"wuyu" in stored


def _cli(url: str, *args: str, password: str, login: str = "") -> subprocess.CompletedProcess:
    """`account` with the new ``password`` on stdin; ``login`` the password of the --user given."""
    return subprocess.run(
        [sys.executable, "-m", "app", "account", "--database", url, *args],
        input=password + "\n",
        capture_output=True,
        text=True,
        env={**os.environ, LOGIN_PASSWORD_ENV: login},
    )


@pytest.mark.slow
def test_an_office_is_set_up_headless_from_the_command_line(database, database_url):
    admin = ("--username", "Boss", "--name", "周总", "--role", "admin")
    weak = _cli(database_url, *admin, password="12345678")
    assert weak.returncode == 1 and "密码不能全是数字" in weak.stderr
    done = _cli(database_url, *admin, password="Boss-Key-2026")
    assert done.returncode == 0, done.stderr
    assert "已创建登录账号：boss（周总，系统管理员）" in done.stdout
    assert "Boss-Key-2026" not in done.stdout + done.stderr
    clerk = ("--username", "clerk1", "--name", "前台一", "--role", "front_desk", "--temporary")
    assert _cli(database_url, *clerk, password="Temp-Key-1").returncode == 2  # the admin's work now
    as_admin = _cli(database_url, *clerk, "--user", "boss", password="Temp-Key-1", login="Boss-Key-2026")
    assert as_admin.returncode == 0, as_admin.stderr
    assert login(database, "boss", "Boss-Key-2026", NOW).role is StaffRole.ADMIN
    database.actor = login(database, "clerk1", "Temp-Key-1", NOW)
    assert must_change_password(database)
