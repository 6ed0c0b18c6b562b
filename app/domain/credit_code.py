"""Unified social credit codes (统一社会信用代码, GB 32100-2015), checked as clerks type them.

python-stdnum's ``cn.uscc`` computes the check character; its ``validate`` also demands digits in
positions 1–8, but GB 32100 allows letters in positions 1 (registration authority) and 2 (kind of
organisation), so the structure is checked here, position by position, to say which character
is wrong.
"""

from __future__ import annotations

import unicodedata

from stdnum.cn import uscc

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

LENGTH = 18
#: The 31 characters GB 32100 uses: digits and capitals without I, O, S, V, Z.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_EXCLUDED_LETTERS = "IOSVZ"
#: Dashes people put between groups of a code when they copy it (spaces go too).
_SEPARATORS = str.maketrans(dict.fromkeys("-‐‑‒–—―−"))


def normalize_credit_code(text: str) -> str:
    """What a form keeps of what was typed or pasted: full-width characters as ASCII, no spaces or
    dashes, capitals (``9133 0106 ma2h 3k7p 0b`` → ``91330106MA2H3K7P0B``)."""
    return "".join(unicodedata.normalize("NFKC", text).split()).translate(_SEPARATORS).upper()


def _character_problem(position: int, char: str) -> str | None:
    where = Message(QT_TRANSLATE_NOOP("messages", "第 {position} 位的“{char}”"), position=position, char=char)
    if char in _EXCLUDED_LETTERS:
        return Message(
            QT_TRANSLATE_NOOP("messages", "{where}不允许：统一社会信用代码不使用字母 I、O、S、V、Z"),
            where=where,
        )
    if 3 <= position <= 8 and not char.isdigit():
        return Message(
            QT_TRANSLATE_NOOP("messages", "{where}应为数字（第 3–8 位是登记管理机关的行政区划码）"),
            where=where,
        )
    if char not in ALPHABET:
        return Message(QT_TRANSLATE_NOOP("messages", "{where}不是统一社会信用代码使用的字符"), where=where)
    return None


def problem_as_typed(text: str) -> str | None:
    """What to say while a code is being typed: a wrong character at once, its length and check
    character only once all 18 are there (nothing while it is empty)."""
    code = normalize_credit_code(text)
    if len(code) < LENGTH:
        return next((p for n, char in enumerate(code, start=1) if (p := _character_problem(n, char))), None)
    return credit_code_problem(code)


def credit_code_problem(text: str) -> str | None:
    """Why ``text`` (normalised first) is not a valid unified social credit code (Chinese), or None
    when it is."""
    code = normalize_credit_code(text)
    if not code:
        return QT_TRANSLATE_NOOP("messages", "请填写统一社会信用代码")
    for position, char in enumerate(code, start=1):
        if problem := _character_problem(position, char):
            return problem
    if len(code) != LENGTH:
        return Message(
            QT_TRANSLATE_NOOP("messages", "统一社会信用代码应为 {length} 位，现在是 {n} 位"),
            length=LENGTH,
            n=len(code),
        )
    # Not naming the "right" last character: a typo is as likely in the first 17, and a clerk told
    # the answer changes the 18th instead of rechecking.
    if code[17] != uscc.calc_check_digit(code[:17]):
        return QT_TRANSLATE_NOOP("messages", "统一社会信用代码未通过校验，有字符抄错：请对照营业执照逐位核对")
    return None
