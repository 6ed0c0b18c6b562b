"""Unified social credit codes (统一社会信用代码, GB 32100-2015), checked as clerks type them.

python-stdnum's ``cn.uscc`` computes the check character; its ``validate`` also demands digits in
positions 1–8, but GB 32100 allows letters in positions 1 (registration authority) and 2 (kind of
organisation), so the structure is checked here, position by position, to say which character
is wrong.
"""

from __future__ import annotations

from stdnum.cn import uscc

LENGTH = 18
#: The 31 characters GB 32100 uses: digits and capitals without I, O, S, V, Z.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_EXCLUDED_LETTERS = "IOSVZ"


def normalize_credit_code(text: str) -> str:
    """What a form keeps of what was typed or pasted: no spaces, capitals."""
    return "".join(text.split()).upper()


def _character_problem(position: int, char: str) -> str | None:
    where = f"第 {position} 位的“{char}”"
    if char.isspace():
        return f"第 {position} 位是空格，请删除空格"
    if char.islower() and char.upper() in ALPHABET:
        return f"{where}应为大写字母“{char.upper()}”"
    if char.upper() in _EXCLUDED_LETTERS:
        return f"{where}不允许：统一社会信用代码不使用字母 I、O、S、V、Z"
    if 3 <= position <= 8 and not char.isdigit():
        return f"{where}应为数字（第 3–8 位是登记管理机关的行政区划码）"
    if char not in ALPHABET:
        return f"{where}不是统一社会信用代码使用的字符"
    return None


def credit_code_problem(text: str) -> str | None:
    """Why ``text`` is not a valid unified social credit code (Chinese), or None when it is."""
    code = text.strip()
    if not code:
        return "请填写统一社会信用代码"
    for position, char in enumerate(code, start=1):
        if problem := _character_problem(position, char):
            return problem
    if len(code) != LENGTH:
        return f"统一社会信用代码应为 {LENGTH} 位，现在是 {len(code)} 位"
    expected = uscc.calc_check_digit(code[:17])
    if code[17] != expected:
        return f"校验码不符：第 18 位应为“{expected}”，现在是“{code[17]}”，请核对前 17 位是否抄错"
    return None
