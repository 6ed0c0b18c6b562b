"""The one refusal of a text longer than the column that keeps it, shared by every form's checks."""

from __future__ import annotations

from collections.abc import Mapping

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP


def add_length_problems(problems: dict[str, str], texts: Mapping[str, tuple[str, int]]) -> None:
    """Refuse each field of ``texts`` (name → (text, limit)) whose trimmed text is over its limit,
    unless ``problems`` has one for it already (a missing value says more than its length)."""
    for name, (text, limit) in texts.items():
        if len(text.strip()) > limit:
            problems.setdefault(
                name, Message(QT_TRANSLATE_NOOP("messages", "不能超过 {limit} 个字"), limit=limit)
            )
