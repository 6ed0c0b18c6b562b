"""Display text of the domain's word lists, translated in the ``vocabulary`` context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.urgency import Priority
from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum

#: A case's priority reads in the same colour on the board's cards and in the cases list.
PRIORITY_COLOURS = {Priority.CRITICAL: "#c62828", Priority.URGENT: "#ef6c00", Priority.ROUTINE: "#78909c"}


def label(member: LabelledEnum) -> str:
    return vocabulary_text(member.label)


def vocabulary_text(text: str) -> str:
    """A word of the domain's lists that is not an enum member (e.g. a score's name)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


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
