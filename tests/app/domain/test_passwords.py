"""Passwords: the scrypt hash, what a password must be, and when repeated failures lock a login."""

from datetime import datetime, timedelta

from app.domain.passwords import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    hash_password,
    locked_until_after_failure,
    password_problems,
    username_problems,
    verify_password,
)

NOW = datetime(2026, 11, 23, 10, 0)


def test_a_hash_carries_its_parameters_and_a_fresh_salt_and_never_the_password():
    first, second = hash_password("春眠不觉晓-2026"), hash_password("春眠不觉晓-2026")
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(salt) == 24 and len(digest) == 44  # 16 and 32 bytes in base64
    assert first != second  # each hash its own salt
    assert "2026" not in first


def test_only_the_right_password_verifies():
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct hors", stored)
    assert not verify_password("Correct horse", stored)


def test_an_empty_or_foreign_stored_value_never_verifies():
    assert not verify_password("", "")
    assert not verify_password("x", "md5$abc")
    assert not verify_password("x", "scrypt$16384$8$1$not base64!$AAAA")


def test_a_password_needs_eight_characters_and_not_only_digits():
    assert password_problems("abc1234") == "密码至少 8 位"
    assert password_problems("12345678") == "密码不能全是数字，请加入字母或符号"
    assert password_problems("demo-2026") == ""


def test_a_username_is_short_plain_ascii():
    assert username_problems("zhoumingyuan") == ""
    assert username_problems("li.na_2") == ""
    assert username_problems("周明远") != ""
    assert username_problems("a") != "" and username_problems("a b") != ""


def test_the_fifth_failure_in_a_row_locks_for_fifteen_minutes():
    assert (5, timedelta(minutes=15)) == (MAX_FAILED_LOGINS, LOCKOUT)
    assert [locked_until_after_failure(n, NOW) for n in range(1, 5)] == [None] * 4
    assert locked_until_after_failure(5, NOW) == datetime(2026, 11, 23, 10, 15)


def test_a_hash_under_another_schemes_name_never_verifies():
    stored = hash_password("correct horse")
    assert verify_password("correct horse", stored)
    assert not verify_password("correct horse", stored.replace("scrypt$", "pbkdf2$", 1))
