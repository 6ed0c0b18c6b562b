"""Messages for people that the interface can translate, without Qt here.

A :class:`Message` is the Chinese text itself (a ``str``: the command line, the logs and a comparison
with Chinese read it as it is) and also its template and parameters, so that the UI translates the
template in the ``messages`` context and fills in the parameters, themselves translated when they are
words of the domain's lists. A message without parameters is a plain ``str`` marked for translation.
Templates are marked ``QT_TRANSLATE_NOOP(MESSAGES, "…{limit}…")`` for ``pyside6-lupdate``; the
context is written out there, as lupdate reads the literal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Self

from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.vocabulary import QT_TRANSLATE_NOOP, LabelledEnum

MESSAGES = "messages"
#: Joins the items of a list parameter, and the problems of a refused form, in Chinese.
LIST_SEPARATOR = QT_TRANSLATE_NOOP("messages", "、")
PROBLEM_SEPARATOR = QT_TRANSLATE_NOOP("messages", "；")


class Message(str):
    """``template`` with ``params`` filled in, in Chinese; ``template`` and ``params`` kept for a
    translation. A parameter is a value, a word of the domain's lists (its label is shown), a day
    (``2026年11月23日（星期一）``), a moment (``2026-11-23 15:00``), another message, or a tuple of
    these (joined with ``、``)."""

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Self:
        message = super().__new__(cls, template.format(**{name: chinese(v) for name, v in params.items()}))
        message.template = template
        message.params = params
        return message


def chinese(value: object) -> object:
    """A parameter as the Chinese message shows it."""
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date_long(value)
    if isinstance(value, tuple):
        return LIST_SEPARATOR.join(str(chinese(item)) for item in value)
    return value


class BuiltinText(str):
    """Words of a built-in file (a material checklist item's name) with their English: the Chinese
    message and the letter read the ``str``, the English interface shows ``english``."""

    english: str

    def __new__(cls, chinese: str, english: str) -> Self:
        text = super().__new__(cls, chinese)
        text.english = english
        return text
