"""Display text of the domain's word lists, translated in the ``vocabulary`` context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.vocabulary import TRANSLATION_CONTEXT, LabelledEnum


def label(member: LabelledEnum) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, member.label)
