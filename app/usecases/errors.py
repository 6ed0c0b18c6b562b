"""The use cases' refusals (one family: app/domain/errors.py, where app/db can raise a conflict too)
and the one look-up of a record that refuses when it is not there."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from app.db.models import (
    ActualCost,
    Case,
    ClientNotice,
    CompensationProposal,
    ContingencyPlanRecord,
    ImprovementActionRecord,
    IncidentRecord,
    IncidentStep,
    KnowledgeEntry,
    RiskWindow,
    SlaClockRecord,
    Staff,
    Task,
)
from app.domain.errors import (
    ConcurrentEdit,
    NotFound,
    NotLoggedIn,
    NotPermitted,
    UseCaseError,
    ValidationFailed,
)
from app.domain.vocabulary import QT_TRANSLATE_NOOP

__all__ = [
    "ConcurrentEdit",
    "NotFound",
    "NotLoggedIn",
    "NotPermitted",
    "UseCaseError",
    "ValidationFailed",
    "get_or_refuse",
    "not_found",
]

Row = TypeVar("Row")

#: Each kind of record: the field of the form that names it, and its one wording when it is gone.
MISSING: dict[type, tuple[str, str]] = {
    Case: ("case", QT_TRANSLATE_NOOP("messages", "案件不存在（可能已被删除）")),
    Task: ("task", QT_TRANSLATE_NOOP("messages", "任务不存在（可能已被删除）")),
    Staff: ("staff", QT_TRANSLATE_NOOP("messages", "该人员不存在（可能已被删除）")),
    ClientNotice: ("notice", QT_TRANSLATE_NOOP("messages", "该通知不存在（可能已被删除）")),
    SlaClockRecord: ("clock", QT_TRANSLATE_NOOP("messages", "计时不存在（可能已被删除）")),
    ContingencyPlanRecord: ("plan", QT_TRANSLATE_NOOP("messages", "所选应急预案不存在（可能已被删除）")),
    IncidentRecord: ("incident", QT_TRANSLATE_NOOP("messages", "该突发事件不存在（可能已被删除）")),
    IncidentStep: ("steps", QT_TRANSLATE_NOOP("messages", "该步骤不存在（可能已被删除）")),
    ActualCost: ("cost", QT_TRANSLATE_NOOP("messages", "该费用记录不存在（可能已被删除）")),
    CompensationProposal: ("proposal", QT_TRANSLATE_NOOP("messages", "该补偿提议不存在（可能已被删除）")),
    ImprovementActionRecord: ("action", QT_TRANSLATE_NOOP("messages", "该改进措施不存在（可能已被删除）")),
    KnowledgeEntry: ("entry", QT_TRANSLATE_NOOP("messages", "该条目不存在（可能已被删除）")),
    RiskWindow: ("window", QT_TRANSLATE_NOOP("messages", "该风险窗口不存在（可能已被删除）")),
}


def get_or_refuse(session: Session, model: type[Row], key: object, field: str | None = None) -> Row:
    """The ``model`` row ``key``.

    Raises:
        NotFound: there is none; shown under ``field`` (default: the kind's own, e.g. ``case``).
    """
    row = session.get(model, key)
    if row is None:
        raise not_found(model, key, field)
    return row


def not_found(model: type, key: object, field: str | None = None) -> NotFound:
    """The refusal of the ``model`` row ``key`` that is not there, for a look-up other than by key."""
    default_field, message = MISSING[model]
    return NotFound(model.__name__, key, field or default_field, message)
