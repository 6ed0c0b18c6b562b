"""The refusals a use case raises, one family the interface catches and shows (ui/labels.message_text).

Here, below the database layer, because app/db raises one of them too (:class:`ConcurrentEdit`, at
the commit of a unit of work); the use cases import them from app/usecases/errors.py, beside their
record look-up ``get_or_refuse``. Each message is a :class:`~app.domain.message.Message` or a
template marked for translation, in Chinese.
"""

from __future__ import annotations

from app.domain.message import PROBLEM_SEPARATOR, Message
from app.domain.permissions import Actor, Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP


class UseCaseError(Exception):
    """Something a use case refused, with a message for the person (its first argument); nothing
    was written."""


class ValidationFailed(UseCaseError):
    """Input that cannot be saved; ``problems`` maps each field to its message, shown beside it."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(PROBLEM_SEPARATOR.join(problems.values()))
        self.problems = problems


class NotFound(ValidationFailed):
    """A record that is not there (never was, or another desk deleted it): ``kind`` (its table) and
    ``key``, refused with its kind's one wording under the ``field`` of the form that named it."""

    def __init__(self, kind: str, key: object, field: str, message: str) -> None:
        super().__init__({field: message})
        self.kind = kind
        self.key = key


class NotPermitted(UseCaseError):
    """The person acting may not do this."""

    def __init__(self, actor: Actor | None, permission: Permission) -> None:
        if actor is None:
            super().__init__(
                Message(QT_TRANSLATE_NOOP("messages", "请先登录，再{action}。"), action=permission)
            )
        else:
            super().__init__(
                Message(
                    QT_TRANSLATE_NOOP("messages", "您的角色“{role}”无权{action}。"),
                    role=actor.role,
                    action=permission,
                )
            )
        self.permission = permission


class NotLoggedIn(UseCaseError):
    """A record would name who did it, and nobody is acting."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "请先登录后再操作。"))


class ConcurrentEdit(UseCaseError):
    """The family's conflict: another desk saved the same record since it was read (optimistic
    locking, or a collision of two saves on PostgreSQL)."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("messages", "该记录已被他人修改，您的更改未保存。请核对最新数据后重新操作。")
        )
