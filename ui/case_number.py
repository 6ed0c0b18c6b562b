"""A case number typed to open a case (the board's and the Gantt's number field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.db.database import Database
from app.usecases.cases import find_case_id


def typed_case(database: Database, typed: str) -> tuple[int, str] | str:
    """The case whose number was typed, as (id, number); else why none opens, in the interface's words."""
    number = typed.strip().upper()
    if not number:
        return QCoreApplication.translate("CaseNumber", "请输入案件编号")
    case_id = find_case_id(database, number)
    if case_id is None:
        return QCoreApplication.translate("CaseNumber", "没有找到案件“{number}”").format(number=number)
    return case_id, number
