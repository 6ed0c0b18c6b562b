"""Display text of the domain's word lists, translated in the ``vocabulary`` context."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.message import LIST_SEPARATOR, MESSAGES, PROBLEM_SEPARATOR, Message
from app.domain.urgency import Priority
from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum

#: A case's priority reads in the same colour on the board's cards and in the cases list.
PRIORITY_COLOURS = {Priority.CRITICAL: "#c62828", Priority.URGENT: "#ef6c00", Priority.ROUTINE: "#78909c"}


def label(member: LabelledEnum) -> str:
    return vocabulary_text(member.label)


def vocabulary_text(text: str) -> str:
    """A word of the domain's lists that is not an enum member (e.g. a score's name)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def message_text(message: object) -> str:
    """A message of app/ (app.domain.message) in the interface's language: a :class:`Message`'s
    template translated and its parameters filled in, a plain one translated as it is, a refusal's
    message or a refused form's problems (``problems``) joined. Text no catalogue knows (a message
    already translated, one not marked yet) is shown as it is."""
    if isinstance(message, BaseException):
        problems = getattr(message, "problems", None)
        if isinstance(problems, dict):
            return joined_text(problems.values())
        return (
            message_text(message.args[0])
            if message.args and isinstance(message.args[0], str)
            else str(message)
        )
    if isinstance(message, LabelledEnum):
        return label(message)
    if isinstance(message, tuple):
        return QCoreApplication.translate(MESSAGES, LIST_SEPARATOR).join(
            message_text(item) for item in message
        )
    if isinstance(message, Message):
        params = {name: _parameter(value) for name, value in message.params.items()}
        try:
            return QCoreApplication.translate(MESSAGES, message.template).format(**params)
        except (KeyError, IndexError, ValueError):  # a translation that names other parameters
            return str(message)
    if isinstance(message, str):  # a message without parameters, or a word of the lists (a score's name)
        translated = QCoreApplication.translate(MESSAGES, message) if message else ""
        return vocabulary_text(message) if translated == message else translated
    return str(message)


def joined_text(messages: Iterable[str]) -> str:
    """Messages one after the other, in the interface's language: ``甲；乙``, ``A; B``."""
    return QCoreApplication.translate(MESSAGES, PROBLEM_SEPARATOR).join(map(message_text, messages))


def _parameter(value: object) -> object:
    if isinstance(value, datetime):
        return format_datetime(value)  # figures only: the same in every language
    if isinstance(value, date):
        return day_text(value)
    return message_text(value) if isinstance(value, str | tuple) else value


def day_text(day: date) -> str:
    """``Friday, 4 December 2026`` in the English interface (ui.localization sets the locale with the
    language), ``2026年12月4日（星期五）`` otherwise."""
    if QLocale().language() == QLocale.Language.English:
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return format_date_long(day)


def hours_text(minutes: int) -> str:
    """Working minutes as hours to one decimal: ``7.5``, ``12``."""
    return f"{minutes / 60:.1f}".removesuffix(".0")


def duration_text(minutes: int) -> str:
    """``35 分钟``, ``2 小时 5 分钟``, ``3 天 4 小时``: a span people read at a glance."""
    translate = QCoreApplication.translate
    minutes = abs(minutes)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("Duration", "{d} 天 {h} 小时").format(d=days, h=hours)
    if hours:
        return translate("Duration", "{h} 小时 {m} 分钟").format(h=hours, m=mins)
    return translate("Duration", "{m} 分钟").format(m=mins)
