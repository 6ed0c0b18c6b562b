"""Passwords: the scrypt hash a login keeps, what a new password must be, and the lockout rule."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import datetime, timedelta

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

#: scrypt's cost: about 50 ms and 16 MiB per check, slow for a guesser, unnoticed by a person.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_PASSWORD_LENGTH = 8
#: After this many wrong passwords in a row the login is locked for a while.
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=HASH_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (base64): the parameters travel with the hash, so they can grow."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from; False for an empty or unknown format."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def password_problems(password: str) -> str:
    """Why ``password`` cannot be used, in Chinese, or "" when it can."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return Message(QT_TRANSLATE_NOOP("messages", "密码至少 {length} 位"), length=MIN_PASSWORD_LENGTH)
    if password.isdigit():
        return QT_TRANSLATE_NOOP("messages", "密码不能全是数字，请加入字母或符号")
    return ""


def locked_until_after_failure(failed_count: int, now: datetime) -> datetime | None:
    """When a login that has now failed ``failed_count`` times in a row opens again (None: not locked)."""
    return now + LOCKOUT if failed_count >= MAX_FAILED_LOGINS else None


def username_problems(username: str) -> str:
    """Why ``username`` cannot be a login name, or "": typed at every desk, so plain ASCII."""
    if not 2 <= len(username) <= 40:
        return QT_TRANSLATE_NOOP("messages", "用户名须为 2 到 40 个字符")
    if not all(ch.isascii() and (ch.isalnum() or ch in "._-") for ch in username):
        return QT_TRANSLATE_NOOP("messages", "用户名只能包含英文字母、数字和 . _ -")
    return ""
