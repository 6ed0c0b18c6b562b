"""The command line logs in: a command reading or writing office data runs as the person given with
``--user`` (password from the environment or the terminal), under that person's permissions."""

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.config import LOGIN_PASSWORD_ENV, LOGIN_USER_ENV
from app.db.models import Case, Staff
from app.domain.passwords import MAX_FAILED_LOGINS
from app.domain.vocabulary import StaffRole
from app.sample.logins import DEMO_ADMIN, DEMO_PASSWORD
from app.usecases.accounts import LOGIN_REFUSED
from app.usecases.backups import find_backups

MALLORY = ["account", "--username", "mallory", "--name", "马洛里", "--role", "admin"]


def _staff(database, username: str) -> Staff | None:
    with database.unit_of_work() as session:
        staff = session.scalars(select(Staff).where(Staff.username == username)).first()
        if staff is not None:
            session.expunge(staff)
        return staff


def _typed(monkeypatch, text: str) -> None:
    """``text`` on stdin, as a pipe (not a terminal) gives it."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def _run(database, *args: str) -> int:
    return main(["--database", f"sqlite:///{database.file}", *args], database.clock)


def test_an_admin_is_not_created_without_a_login(sample_database, monkeypatch, capsys):
    _typed(monkeypatch, "Mallory-Key-2026\n")
    assert _run(sample_database, *MALLORY) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("错误：请用 --user 指定登录名")
    assert _staff(sample_database, "mallory") is None
    assert find_backups(sample_database.file) == []  # refused before the database was even opened


def test_an_admin_is_not_created_by_another_role(sample_database, monkeypatch, capsys):
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    _typed(monkeypatch, "Mallory-Key-2026\n")
    for person in ("chenjing", "zhoumingyuan"):  # front desk, manager
        assert _run(sample_database, "--user", person, *MALLORY) == 1
        assert "无权管理账号与密码" in capsys.readouterr().err
    assert _staff(sample_database, "mallory") is None
    assert sys.stdin.read() == "Mallory-Key-2026\n"  # refused before the new password was asked for


def test_the_admin_creates_an_account(sample_database, monkeypatch, capsys):
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    _typed(monkeypatch, "Clerk-Key-2026\n")
    assert _run(sample_database, *MALLORY[:-1], "front_desk", "--user", DEMO_ADMIN) == 0
    assert "已创建登录账号：mallory" in capsys.readouterr().out
    assert _staff(sample_database, "mallory").role is StaffRole.FRONT_DESK


def test_export_audit_needs_a_login_that_may_view_the_audit(
    sample_database, tmp_path: Path, monkeypatch, capsys
):
    out = tmp_path / "audit.xlsx"
    export = ["export-audit", "--out", str(out)]
    assert _run(sample_database, *export) == 2
    assert capsys.readouterr().err.startswith("错误：请用 --user 指定登录名")
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    for specialist in ("--user", "zhangwei"), ():  # before or after the command, or from the environment
        monkeypatch.setenv(LOGIN_USER_ENV, "zhangwei")
        assert _run(sample_database, *specialist, *export) == 1
        assert capsys.readouterr().err == "错误：您的角色“执行专员”无权查看与导出审计记录。\n"
    assert not out.exists()
    assert _run(sample_database, *export, "--user", "hexue") == 0  # the compliance reviewer
    assert "条修改记录" in capsys.readouterr().out and out.exists()


def test_a_wrong_password_is_refused_with_the_one_message_and_counted(sample_database, monkeypatch, capsys):
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, "not-the-password")
    args = ["--user", "hexue", "calendar", "show", "--year", "2026"]
    for attempt in range(1, MAX_FAILED_LOGINS + 1):
        assert _run(sample_database, *args) == 1
        out, err = capsys.readouterr()
        assert out == "" and err == f"错误：{LOGIN_REFUSED}\n"
        assert _staff(sample_database, "hexue").failed_logins == attempt
    assert _staff(sample_database, "hexue").locked_until is not None
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)  # locked: even the right one is refused
    assert _run(sample_database, *args) == 1
    assert capsys.readouterr().err == f"错误：{LOGIN_REFUSED}\n"
    assert _run(sample_database, "--user", "nobody", *args[2:]) == 1  # an unknown name alike
    assert capsys.readouterr().err == f"错误：{LOGIN_REFUSED}\n"


def test_the_password_is_never_read_from_a_pipe(sample_database, monkeypatch, capsys):
    _typed(monkeypatch, f"{DEMO_PASSWORD}\n")
    assert _run(sample_database, "--user", DEMO_ADMIN, "backup") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and LOGIN_PASSWORD_ENV in err
    assert find_backups(sample_database.file) == []
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    assert _run(sample_database, "--user", DEMO_ADMIN, "backup") == 0
    assert len(find_backups(sample_database.file)) == 1


def test_the_first_admin_is_created_on_an_office_without_logins(database, monkeypatch, capsys):
    _typed(monkeypatch, "Clerk-Key-2026\n")
    clerk = ["account", "--username", "clerk1", "--name", "前台一", "--role", "front_desk"]
    assert _run(database, *clerk) == 1  # the first login is an admin
    assert "第一个账号须是系统管理员" in capsys.readouterr().err
    _typed(monkeypatch, "Boss-Key-2026\n")
    assert _run(database, "account", "--username", "boss", "--name", "周总", "--role", "admin") == 0
    assert "已创建登录账号：boss（周总，系统管理员）" in capsys.readouterr().out
    _typed(monkeypatch, "Clerk-Key-2026\n")
    assert _run(database, *clerk) == 2  # now the office has an admin: only they make accounts
    assert _staff(database, "clerk1") is None
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, "Boss-Key-2026")
    assert _run(database, *clerk, "--user", "boss") == 0
    assert _staff(database, "clerk1").role is StaffRole.FRONT_DESK


def test_migrate_demo_on_an_empty_database_and_the_version_need_no_login(database, capsys):
    assert _run(database, "migrate") == 0
    assert _run(database, "demo", "--cases", "3") == 0
    assert "案件 3 个" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0


def test_demo_refuses_a_database_that_has_data(sample_database, monkeypatch, capsys):
    def cases() -> int:
        with sample_database.unit_of_work() as session:
            return session.scalar(select(func.count()).select_from(Case))

    before = cases()
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    for login in ([], ["--user", DEMO_ADMIN]):
        assert _run(sample_database, *login, "demo", "--cases", "3") == 1
        assert "该数据库已有数据，示例数据只写入空数据库" in capsys.readouterr().err
    assert cases() == before
