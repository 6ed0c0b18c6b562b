"""Display text of the domain's word lists, translated in the ``vocabulary`` context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum


def label(member: LabelledEnum) -> str:
    return vocabulary_text(member.label)


def vocabulary_text(text: str) -> str:
    """A word of the domain's lists that is not an enum member (e.g. a score's name)."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)
