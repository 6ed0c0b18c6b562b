"""Amounts in Chinese capitals (大写), as letters, receipts and contracts write them.

人民币壹万贰仟叁佰肆拾伍元陆角整: every unit written out, one 零 for each run of zeros between
figures (and before a 万 or 亿 group that does not fill its place), 整 when there are no 分.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")


def _four(number: int) -> str:
    """0 < number < 10000, with 零 for inner zeros (1005 → 壹仟零伍)."""
    text, zero = "", False
    for place in range(3, -1, -1):
        digit = number // 10**place % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += _DIGITS[digit] + _PLACES[place]
    return text


def yuan_in_capitals(yuan: int) -> str:
    """Whole yuan in capitals without the currency or 元 (10,000,001 → 壹仟万零壹).

    Groups of four digits carry 万 and 亿; above 亿 the count of 亿 is itself written out
    (1,500,000,000,000 → 壹万伍仟亿).
    """
    if yuan == 0:
        return "零"
    high, low = divmod(yuan, 10**8)
    if high:
        text = yuan_in_capitals(high) + "亿"
        return text + (("零" if low < 10**7 else "") + _below_yi(low) if low else "")
    return _below_yi(low)


def _below_yi(number: int) -> str:
    """0 < number < 10^8."""
    wan, rest = divmod(number, 10**4)
    if not wan:
        return _four(rest)
    text = _four(wan) + "万"
    return text + (("零" if rest < 1000 else "") + _four(rest) if rest else "")


def rmb_capitals(amount: Decimal) -> str:
    """人民币…元…角…分 or …元整, for an amount in yuan (rounded to the fen).

    Raises:
        ValueError: a negative amount.
    """
    fen_total = int((amount * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    if fen_total < 0:
        raise ValueError("金额不能为负数")
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    text = "人民币"
    if yuan:
        text += yuan_in_capitals(yuan) + "元"
    if jiao == 0 and fen == 0:
        return text + ("整" if yuan else "零元整")
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"  # 壹元零伍分
    if fen:
        text += _DIGITS[fen] + "分"
    else:
        text += "整"
    return text
