"""Amounts in Chinese capitals (大写), as letters, receipts and contracts write them.

人民币壹万贰仟叁佰肆拾伍元陆角整: every unit written out, one 零 for each run of zeros between
figures (and before a 万 or 亿 group that does not fill its place), 整 when there are no 分.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.domain.vocabulary import QT_TRANSLATE_NOOP

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
#: Numerals as clerks type them (小写) and as contracts write them (大写).
DIGIT_VALUES = {
    **{char: value for value, char in enumerate("〇一二三四五六七八九")},
    **{char: value for value, char in enumerate(_DIGITS)},
    "两": 2,
}
PLACE_VALUES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
GROUP_VALUES = {"万": 10**4, "亿": 10**8}
NUMERALS = "".join([*DIGIT_VALUES, *PLACE_VALUES, *GROUP_VALUES])
_SPOKEN_AMOUNT = re.compile(
    r"(?P<yuan>[^元块圆角分整]*)[元块圆]?(?:(?P<jiao>[^角分整])角)?(?:(?P<fen>[^角分整])分)?整?"
)


def chinese_integer(text: str) -> int:
    """A whole number written in Chinese numerals: ``一千零二`` 1002, ``十二`` 12, ``二〇二六`` 2026,
    and the spoken shorthand where a last figure takes the next place down (``一千二`` 1200,
    ``一万五`` 15000).

    Raises:
        ValueError: ``text`` is not such a number.
    """
    if not text or any(char not in NUMERALS for char in text):
        raise ValueError(text)
    for group in ("亿", "万"):
        high, found, low = text.rpartition(group)
        if found:
            upper = chinese_integer(high) if high else 1
            if len(low) == 1 and low in DIGIT_VALUES and high:  # 一万五: the 5 is 5000
                return upper * GROUP_VALUES[group] + DIGIT_VALUES[low] * GROUP_VALUES[group] // 10
            return upper * GROUP_VALUES[group] + (chinese_integer(low) if low else 0)
    if not any(char in PLACE_VALUES for char in text):  # figure by figure: 二〇二六
        return int("".join(str(DIGIT_VALUES[char]) for char in text))
    total, figure, place, after_zero = 0, None, 0, False
    for char in text:
        if char in DIGIT_VALUES:
            if figure is not None:  # 三千五五: two figures for one place
                raise ValueError(text)
            after_zero = DIGIT_VALUES[char] == 0 or after_zero
            figure = DIGIT_VALUES[char] or None
            continue
        value = PLACE_VALUES[char]
        if place and value >= place:  # 百十: places must fall
            raise ValueError(text)
        total += (1 if figure is None else figure) * value
        figure, place, after_zero = None, value, False
    if figure is not None:
        total += figure if after_zero or place == 10 else figure * place // 10
    return total


def spoken_amount(text: str) -> Decimal:
    """Yuan said in words, as clerks type what the client says: ``一千二`` 1200, ``三千五百元``,
    ``壹万贰仟元整``, ``1.2万``, ``三百元五角``.

    Raises:
        ValueError: ``text`` is not such an amount.
    """
    match = _SPOKEN_AMOUNT.fullmatch(text.replace(" ", ""))
    if match is None or not match["yuan"] and not (match["jiao"] or match["fen"]):
        raise ValueError(text)
    yuan = match["yuan"]
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?)([十百千万亿拾佰仟]+)", yuan)
    if scaled:  # 1.2万, 3千
        amount = Decimal(scaled[1])
        for unit in scaled[2]:
            amount *= PLACE_VALUES.get(unit) or GROUP_VALUES[unit]
    elif yuan.isascii():
        try:
            amount = Decimal(yuan or "0")
        except InvalidOperation as error:
            raise ValueError(text) from error
    else:
        amount = Decimal(chinese_integer(yuan))
    for part, unit in (("jiao", Decimal("0.1")), ("fen", Decimal("0.01"))):
        if match[part]:
            figure = match[part]
            amount += unit * (int(figure) if figure.isdigit() else chinese_integer(figure))
    return amount


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
        raise ValueError(QT_TRANSLATE_NOOP("messages", "金额不能为负数"))
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
