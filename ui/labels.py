"""Display text of the domain's word lists, translated in the ``vocabulary`` context."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.chinese_format import format_date_long, format_datetime
from app.domain.message import LIST_SEPARATOR, MESSAGES, PROBLEM_SEPARATOR, BuiltinText, Message
from app.domain.scheduling import hours_text as hours_text  # one way to print working hours
from app.domain.urgency import Priority
from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum
from app.usecases.sop import builtin_english_names

#: A case's priority reads in the same colour on the board's cards and in the cases list.
PRIORITY_COLOURS = {Priority.CRITICAL: "#c62828", Priority.URGENT: "#ef6c00", Priority.ROUTINE: "#78909c"}


def label(member: LabelledEnum) -> str:
    return vocabulary_text(member.label)


def person_text(name: str, role: LabelledEnum) -> str:
    """``陈静（前台）``, ``陈静 (Front desk)``: a person as pickers and signatures name them."""
    return QCoreApplication.translate("Labels", "{name}（{role}）").format(name=name, role=label(role))


def counted(title: str, n: int) -> str:
    """``风险案件（24）``, ``Cases at risk (24)``: a list's title with how many it holds."""
    return QCoreApplication.translate("Labels", "{title}（{n}）").format(title=title, n=n)


def captioned(head: str, text: str) -> str:
    """``JJ2026-00042 里程碑通知：9 天``, ``…: 9 d``: a line's head and what it says."""
    return QCoreApplication.translate("Labels", "{head}：{text}").format(head=head, text=text)


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
    if isinstance(message, BuiltinText):
        return builtin_text(message, message.english)
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


def in_english() -> bool:
    """Whether the interface is English (ui.localization sets the default locale with the language)."""
    return QLocale().language() == QLocale.Language.English


def builtin_text(chinese: str, english: str) -> str:
    """Words of a built-in file (a material checklist's), in English where the file has them."""
    return english if english and in_english() else chinese


def template_name(name: str) -> str:
    """A SOP template's stored name; in English the built-in template's English name while the
    office has kept the built-in Chinese one (a renamed or office-made template shows as stored)."""
    return builtin_english_names().get(name, name) if in_english() else name


def day_text(day: date) -> str:
    """``Friday, 4 December 2026`` in the English interface, ``2026年12月4日（星期五）`` otherwise."""
    if in_english():
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    return format_date_long(day)


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
