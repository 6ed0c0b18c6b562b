"""Logins: logging in with lockout, the admin's account work, one's own password, the first admin.

Passwords live only as scrypt hashes (app/domain/passwords.py); nothing here logs or returns one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Staff
from app.domain.message import Message
from app.domain.passwords import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    hash_password,
    locked_until_after_failure,
    password_problems,
    username_problems,
    verify_password,
)
from app.domain.permissions import Actor, Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP, StaffRole
from app.usecases.access import require
from app.usecases.errors import UseCaseError, ValidationFailed, get_or_refuse

#: One answer for every refused login (unknown name, wrong password, locked, deactivated), after the
#: same work (one scrypt check): a guesser learns neither which names exist nor which are locked.
LOGIN_REFUSED = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "用户名或密码错误，或账号已锁定、已停用（连续输错 {attempts} 次锁定 {minutes} 分钟）。"
        "请重试或联系管理员。",
    ),
    attempts=MAX_FAILED_LOGINS,
    minutes=LOCKOUT.seconds // 60,
)


class LoginFailed(UseCaseError):
    """The login was refused (LOGIN_REFUSED)."""

    def __init__(self) -> None:
        super().__init__(LOGIN_REFUSED)


@cache
def _decoy_hash() -> str:
    return hash_password("decoy")


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.name, staff.role, staff.username or "")


def _reserve_attempt(database: Database, username: str, now: datetime) -> int | None:
    """Count one more attempt on ``username`` before its password is checked, in one atomic UPDATE
    committed at once, so desks guessing in parallel all see each other's attempts; the attempt's
    number in the current run of failures, or None when the login is locked or does not exist."""
    expired = Staff.locked_until.is_not(None)  # only unlocked rows are counted: a set lock has run out
    with database.unit_of_work() as session:
        return session.execute(
            update(Staff)
            .where(
                Staff.username == username,
                Staff.password_hash != "",
                or_(Staff.locked_until.is_(None), Staff.locked_until <= now),
            )
            .values(failed_logins=case((expired, 1), else_=Staff.failed_logins + 1), locked_until=None)
            .returning(Staff.failed_logins)
            .execution_options(synchronize_session=False)
        ).scalar()


def login(database: Database, username: str, password: str, now: datetime) -> Actor:
    """The person behind ``username`` when ``password`` is theirs and the login is open.

    At most MAX_FAILED_LOGINS passwords are ever checked per lock, however many desks try at once.

    Raises:
        LoginFailed: unknown user, wrong password, locked or deactivated, all alike.
    """
    name = username.strip().lower()
    attempt = _reserve_attempt(database, name, now)
    with database.unit_of_work() as session:
        staff = session.scalars(select(Staff).where(Staff.username == name)).first()
        if attempt is None or staff is None or attempt > MAX_FAILED_LOGINS:
            verify_password(password, _decoy_hash())  # as slow as a real check
        elif verify_password(password, staff.password_hash) and staff.active:
            staff.failed_logins, staff.locked_until = 0, None
            return _actor(staff)
        if staff is not None and attempt is not None:
            staff.locked_until = locked_until_after_failure(attempt, now)
    raise LoginFailed()  # after the block: the lock is committed


def must_change_password(database: Database) -> bool:
    """Whether the person logged in still has the temporary password an admin gave them."""
    if database.actor is None:
        return False
    with database.unit_of_work() as session:
        return bool(
            session.scalar(select(Staff.must_change_password).where(Staff.id == database.actor.staff_id))
        )


def change_own_password(database: Database, old: str, new: str) -> None:
    """Raises: ValidationFailed ``old_password`` (wrong), ``new_password`` (too weak, or unchanged)."""
    actor = database.actor
    if actor is None:
        raise ValidationFailed({"old_password": QT_TRANSLATE_NOOP("messages", "请先登录")})
    with database.unit_of_work() as session:
        staff = session.get(Staff, actor.staff_id)
        if staff is None or not verify_password(old, staff.password_hash):
            raise ValidationFailed({"old_password": QT_TRANSLATE_NOOP("messages", "原密码不正确")})
        if problem := password_problems(new) or (
            QT_TRANSLATE_NOOP("messages", "新密码不能与原密码相同") if new == old else ""
        ):
            raise ValidationFailed({"new_password": problem})
        staff.password_hash, staff.must_change_password = hash_password(new), False


# -- the admin's work ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountView:
    staff_id: int
    name: str
    role: StaffRole
    active: bool
    username: str  # "" without a login
    locked_until: datetime | None
    must_change_password: bool

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def list_accounts(database: Database) -> list[AccountView]:
    require(database, Permission.MANAGE_ACCOUNTS)
    with database.unit_of_work() as session:
        rows = session.execute(
            select(Staff.id, Staff.name, Staff.role, Staff.active, func.coalesce(Staff.username, ""),
                   Staff.locked_until, Staff.must_change_password).order_by(Staff.active.desc(), Staff.id)
        )  # fmt: skip
        return [AccountView(*row) for row in rows]


def _set_password(staff: Staff, password: str, temporary: bool) -> None:
    if problem := password_problems(password):
        raise ValidationFailed({"password": problem})
    staff.password_hash = hash_password(password)
    staff.must_change_password = temporary
    staff.failed_logins, staff.locked_until = 0, None


def _check_username(session: Session, username: str, staff_id: int | None) -> str:
    username = username.strip().lower()
    if problem := username_problems(username):
        raise ValidationFailed({"username": problem})
    owner = session.scalar(select(Staff.name).where(Staff.username == username, Staff.id != staff_id))
    if owner is not None:
        raise ValidationFailed(
            {
                "username": Message(
                    QT_TRANSLATE_NOOP("messages", "用户名“{username}”已被{owner}使用"),
                    username=username,
                    owner=owner,
                )
            }
        )
    return username


def give_login(database: Database, staff_id: int, username: str, temporary_password: str) -> None:
    """A login for a staff member; they must change the temporary password at their first login.

    Raises: NotPermitted; ValidationFailed ``username`` (invalid or taken), ``password`` (too weak).
    """
    require(database, Permission.MANAGE_ACCOUNTS)
    try:
        with database.unit_of_work() as session:
            staff = get_or_refuse(session, Staff, staff_id)
            staff.username = _check_username(session, username, staff_id)
            _set_password(staff, temporary_password, temporary=True)
    except IntegrityError as error:  # another desk took the name meanwhile
        raise ValidationFailed(
            {"username": QT_TRANSLATE_NOOP("messages", "该用户名刚被占用，请换一个")}
        ) from error


def reset_password(database: Database, staff_id: int, temporary_password: str, now: datetime) -> None:
    """A forgotten or locked login: a temporary password, unlocked. Raises: NotPermitted, ValidationFailed."""
    require(database, Permission.MANAGE_ACCOUNTS)
    with database.unit_of_work() as session:
        staff = get_or_refuse(session, Staff, staff_id)
        if not staff.username:
            raise ValidationFailed(
                {
                    "staff": Message(
                        QT_TRANSLATE_NOOP("messages", "{name} 还没有登录账号，请先开通"), name=staff.name
                    )
                }
            )
        _set_password(staff, temporary_password, temporary=True)
        staff.updated_at = now


def _keeps_an_admin(session: Session, staff_id: int) -> None:
    """Refuses taking away the last active admin login: nobody could manage accounts any more."""
    others = session.scalar(
        select(func.count()).where(
            Staff.role == StaffRole.ADMIN, Staff.active, Staff.username.is_not(None), Staff.id != staff_id
        )
    )
    if not others:
        raise ValidationFailed({"staff": QT_TRANSLATE_NOOP("messages", "至少要保留一名可登录的系统管理员")})


def set_role(database: Database, staff_id: int, role: StaffRole) -> None:
    require(database, Permission.MANAGE_ACCOUNTS)
    with database.unit_of_work() as session:
        staff = get_or_refuse(session, Staff, staff_id)
        if staff.role is StaffRole.ADMIN and staff.username and role is not StaffRole.ADMIN:
            _keeps_an_admin(session, staff_id)
        staff.role = role


def deactivate(database: Database, staff_id: int) -> None:
    """The person left: no more login, no new assignments; their history stays."""
    require(database, Permission.MANAGE_ACCOUNTS)
    with database.unit_of_work() as session:
        staff = get_or_refuse(session, Staff, staff_id)
        if staff.role is StaffRole.ADMIN and staff.username:
            _keeps_an_admin(session, staff_id)
        staff.active = False


# -- a new or upgraded office ----------------------------------------------------------------------
def _login_exists(session: Session) -> bool:
    return session.scalar(select(Staff.id).where(Staff.username.is_not(None)).limit(1)) is not None


def has_any_login(database: Database) -> bool:
    with database.unit_of_work() as session:
        return _login_exists(session)


def _new_login(
    session: Session, name: str, username: str, role: StaffRole, password: str, temporary: bool
) -> Actor:
    if not name.strip():
        raise ValidationFailed({"name": QT_TRANSLATE_NOOP("messages", "请填写姓名")})
    staff = Staff(name=name.strip()[:60], role=role)
    staff.username = _check_username(session, username, None)
    _set_password(staff, password, temporary)
    session.add(staff)
    session.flush()
    return _actor(staff)


def create_first_admin(database: Database, name: str, username: str, password: str) -> Actor:
    """The office's first login, an admin, who is then logged in.

    Raises: ValidationFailed ``name`` / ``username`` / ``password``, or ``username`` once any login exists.
    """
    with database.unit_of_work() as session:
        if _login_exists(session):
            raise ValidationFailed(
                {"username": QT_TRANSLATE_NOOP("messages", "本机构已有登录账号，请由系统管理员开通")}
            )
        return _new_login(session, name, username, StaffRole.ADMIN, password, temporary=False)


def create_account(
    database: Database, name: str, username: str, role: StaffRole, password: str, temporary: bool = False
) -> Actor:
    """A new staff member with a login (``expedite-desk account``: an office set up headless).

    Raises: NotPermitted; ValidationFailed ``name`` / ``username`` / ``password``.
    """
    require(database, Permission.MANAGE_ACCOUNTS)
    with database.unit_of_work() as session:
        return _new_login(session, name, username, role, password, temporary)
