"""Mainland China telephone numbers as people type them."""

from __future__ import annotations

import re

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

_MOBILE = re.compile(r"(?:\+?86)?1[3-9]\d{9}")
_SERVICE = re.compile(r"[48]00\d{7}")
# (area code 0xx or 0xxx) 7–8 digits, optional extension after -, 转 or #.
_LANDLINE = re.compile(r"(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[\s-]?\d{7,8}(?:(?:[\s-]|转|#)\d{1,6})?")


def phone_problem(text: str) -> str | None:
    """Why ``text`` is not a mainland mobile, landline or 400/800 number; None if it is."""
    raw = text.strip()
    if not raw:
        return QT_TRANSLATE_NOOP("messages", "请填写电话号码")
    compact = re.sub(r"[\s-]", "", raw)
    if _MOBILE.fullmatch(compact) or _SERVICE.fullmatch(compact) or _LANDLINE.fullmatch(raw):
        return None
    if compact.isdigit() and compact.startswith("1"):
        return Message(QT_TRANSLATE_NOOP("messages", "手机号码应为 11 位数字，现在是 {n} 位"), n=len(compact))
    return QT_TRANSLATE_NOOP(
        "messages", "请填写有效的手机号（如 13912345678）或带区号的座机号（如 021-61234567）"
    )
