"""The audit trail's writing: every change to an audited record, one row per changed field, written in
the same transaction as the change, at its commit (app/usecases/audit.py reads it back).

Two events of AuditedSession, every Database's session class, see the changes: ``after_flush`` the unit of
work's (old values from the attribute history, new rows with their ids), and ``do_orm_execute`` the
ORM-enabled INSERT / UPDATE / DELETE statements on audited tables. Writes on the bare connection are
not audited on purpose: the scheduler stores its figures that way (a reschedule is nobody's edit),
and the sample generator bulk-inserts so.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    Delete,
    Enum,
    Insert,
    Table,
    Update,
    event,
    insert,
    inspect,
    select,
    text,
    true,
)
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction, object_session

from app.db.changes import note_written
from app.db.models import (
    ActualCost,
    AuditEntry,
    Base,
    BoardColumnSetting,
    CalendarOverrideRecord,
    Case,
    CaseMember,
    Client,
    CompensationProposal,
    CompensationRecord,
    ContingencyPlanRecord,
    CostLine,
    FailureRecord,
    HolidayNoticeDay,
    HolidayNoticeRecord,
    LetterVersion,
    MaterialCheck,
    MaterialReviewRecord,
    NoticeTemplate,
    OfficeProfile,
    RiskWindow,
    SopTemplateRecord,
    SopTemplateVersion,
    Staff,
    Task,
    TaskChecklistItem,
    TaskDependency,
)
from app.db.session_owner import database_of
from app.domain.audit_trail import (
    PASSWORD_CHANGED,
    PASSWORD_FIELD,
    PASSWORD_RESET,
    SKIPPED_FIELDS,
    SUMMARY_FIELDS,
    AuditAction,
    summary_text,
    value_text,
)
from app.domain.vocabulary import LabelledEnum

if TYPE_CHECKING:
    from app.db.database import Database

AUDITED_MODELS = (
    Case, Task, TaskDependency, TaskChecklistItem, CostLine, LetterVersion, CompensationRecord,
    CompensationProposal, FailureRecord, ActualCost, OfficeProfile, SopTemplateRecord, SopTemplateVersion,
    CalendarOverrideRecord, NoticeTemplate, ContingencyPlanRecord, RiskWindow, BoardColumnSetting,
    Staff, Client, MaterialCheck, MaterialReviewRecord, CaseMember, HolidayNoticeRecord, HolidayNoticeDay,
)  # fmt: skip


def _table(model: type[Base]) -> Table:
    """A model's table: declarative models map to a Table, the stubs type ``__table__`` as any FromClause."""
    return cast(Table, model.__table__)


AUDITED_TABLES: dict[str, Table] = {_table(model).name: _table(model) for model in AUDITED_MODELS}
#: Rows that belong to a case through their task.
_THROUGH_TASK = {"task_dependency": "successor_id", "task_checklist_item": "task_id"}
#: The channel of PostgreSQL's NOTIFY that tells the other desks to look (app/usecases/desk_sync.py).
CHANNEL = "expedite_desk"
SYSTEM_NAME = "系统"
_DELETED = "audit_deleted"  # key of session.info: the audited rows deleted in the current flush
_TASK_CASES = "audit_task_cases"  # key of session.info: the case of each task seen in the transaction
_RECORDED = "audit_recorded"  # key of session.info: the trail's rows of the transaction, not yet written


class AuditedSession(Session):
    """Every Database's units of work (app.db.database): the trail's listeners are registered on this
    class once, below, and find the Database through the session (database_of)."""


#: The ids of the audit rows this process wrote, per Database, while a desk watches for others' changes.
_own_ids: weakref.WeakKeyDictionary[Database, set[int]] = weakref.WeakKeyDictionary()


def watch_own_writes(database: Database) -> set[int]:
    """From now on, the ids of the audit rows this process writes are kept in the returned set (the
    desk's change watcher takes them out as it sees them, so a desk does not reload after its own moves)."""
    return _own_ids.setdefault(database, set())


@dataclass(frozen=True)
class _Change:
    entity: str
    entity_id: int
    case_id: int | None
    action: AuditAction
    field: str = ""
    old: str = ""
    new: str = ""


class _Reader:
    """Turns stored values into readable text in a flush: enum codes into labels, staff ids into names,
    and finds the case a row belongs to."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._staff: dict[int, str] = {}
        self._task_case: dict[int, int | None] = session.info.setdefault(_TASK_CASES, {})

    def text(self, table: Table, field: str, value: object) -> str:
        column = table.c[field]
        enum_class = getattr(column.type, "enum_class", None) if isinstance(column.type, Enum) else None
        if enum_class is not None and isinstance(value, str) and not isinstance(value, LabelledEnum):
            value = enum_class(value)
        staff_key = any(key.column.table.name == "staff" for key in column.foreign_keys)
        if staff_key and isinstance(value, int | str):  # a staff id, as stored or as bound
            return self._staff_name(int(value))
        return value_text(field, value)

    def _staff_name(self, staff_id: int) -> str:
        if staff_id not in self._staff:
            name = self._session.connection().scalar(select(Staff.name).where(Staff.id == staff_id))
            self._staff[staff_id] = name or f"#{staff_id}"
        return self._staff[staff_id]

    def case_of(self, entity: str, row: dict) -> int | None:
        if entity == "case":
            return row.get("id")
        if "case_id" in row:
            return row["case_id"]
        task_field = _THROUGH_TASK.get(entity)
        if task_field is None or row.get(task_field) is None:
            return None
        task_id = row[task_field]
        if task_id not in self._task_case:
            self.find_cases_of_tasks([task_id])
        return self._task_case.get(task_id)

    def know_cases_of_tasks(self, task_cases: Iterable[tuple[int, int | None]]) -> None:
        self._task_case.update(task_cases)

    def find_cases_of_tasks(self, task_ids: Iterable[int]) -> None:
        """Look up the cases of many tasks at once (a plan's dependencies and checklists)."""
        missing = []
        for task_id in set(task_ids) - self._task_case.keys():
            task = self._session.identity_map.get(inspect(Task).identity_key_from_primary_key((task_id,)))
            if task is None:
                missing.append(task_id)
            else:  # loaded, perhaps deleted in this very flush
                self._task_case[task_id] = task.case_id
        if missing:
            query = select(Task.id, Task.case_id).where(Task.id.in_(missing))
            self._task_case.update(
                (task_id, case_id) for task_id, case_id in self._session.connection().execute(query)
            )

    def summary(self, entity: str, table: Table, row: dict) -> str:
        fields = SUMMARY_FIELDS.get(entity, ())
        return summary_text(entity, {f: self.text(table, f, row[f]) for f in fields if f in row})

    def inserted(self, entity: str, table: Table, row: dict) -> _Change:
        return _Change(entity, row.get("id") or 0, self.case_of(entity, row), AuditAction.INSERT,
                       new=self.summary(entity, table, row))  # fmt: skip

    def deleted(self, entity: str, table: Table, row: dict) -> _Change:
        return _Change(entity, row["id"], self.case_of(entity, row), AuditAction.DELETE,
                       old=self.summary(entity, table, row))  # fmt: skip

    def updated(self, entity: str, table: Table, row: dict, field: str, old: object, new: object) -> _Change:
        if field == PASSWORD_FIELD:  # never the hash, only that it changed
            new_text = PASSWORD_RESET if row.get("must_change_password") else PASSWORD_CHANGED
            return _Change(entity, row["id"], None, AuditAction.UPDATE, field, "", new_text)
        return _Change(entity, row["id"], self.case_of(entity, row), AuditAction.UPDATE, field,
                       self.text(table, field, old), self.text(table, field, new))  # fmt: skip


# -- the unit of work ----------------------------------------------------------------------------
def _loaded_values(instance) -> dict:
    return {key: value for key, value in inspect(instance).dict.items() if not key.startswith("_sa_")}


def _collect_deleted(_mapper, _connection, instance) -> None:
    # session.deleted misses what the flush itself deletes: orphans (a checklist replaced), cascades.
    if (session := object_session(instance)) is not None:
        session.info.setdefault(_DELETED, []).append(instance)


for _model in AUDITED_MODELS:
    event.listen(_model, "after_delete", _collect_deleted)


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    reader, changes = _Reader(session), []
    for instance in session.new:
        table = getattr(instance, "__table__", None)
        if table is not None and table.name in AUDITED_TABLES:
            changes.append(reader.inserted(table.name, table, _loaded_values(instance)))
    for instance in session.info.pop(_DELETED, []):
        table = instance.__table__
        changes.append(reader.deleted(table.name, table, _loaded_values(instance)))
    for instance in session.dirty:
        table = getattr(instance, "__table__", None)
        if table is None or table.name not in AUDITED_TABLES:
            continue
        state = inspect(instance)
        row = None
        for attr in state.mapper.column_attrs:
            if attr.key in SKIPPED_FIELDS:
                continue
            history = state.attrs[attr.key].history
            if not history.has_changes():
                continue
            row = row or _loaded_values(instance)
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes.append(reader.updated(table.name, table, row, attr.key, old, new))
    _record(session, changes)


event.listen(AuditedSession, "after_flush", _after_flush)


# -- statements ----------------------------------------------------------------------------------
def _on_statement(state: ORMExecuteState):
    statement = state.statement
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    assert isinstance(statement, Insert | Update | Delete)  # what is_insert / is_update / is_delete mean
    table = statement.table
    if not isinstance(table, Table) or table.name not in AUDITED_TABLES:
        return None
    session, entity, reader = state.session, table.name, _Reader(state.session)
    # The parameter sets: a list of them in an executemany, else the one (or none).
    parameters = state.parameters
    rows: list[Mapping[str, Any]] = (
        [parameters or {}] if parameters is None or isinstance(parameters, Mapping) else list(parameters)
    )
    if isinstance(statement, Insert):
        if entity == "task":  # a plan's tasks, inserted by id: its links and checklists are not looked up
            reader.know_cases_of_tasks((row["id"], row.get("case_id")) for row in rows if "id" in row)
        if entity in _THROUGH_TASK:
            reader.find_cases_of_tasks(row[_THROUGH_TASK[entity]] for row in rows)
        _record(session, [reader.inserted(entity, table, dict(row)) for row in rows])
        return None
    where, connection = statement.whereclause, session.connection()
    batches: list[tuple[ColumnElement[bool], Mapping[str, Any]]]
    if not state.is_executemany:
        batches = [(true() if where is None else where, rows[0])]
    elif where is None:  # a bulk update by primary key
        batches = [(table.c.id.in_([row["id"] for row in rows]), {})]
    else:  # the criteria bound once per parameter set
        batches = [(where, row) for row in rows]
    before = {
        row["id"]: dict(row)
        for clause, params in batches
        for row in connection.execute(select(table).where(clause), params).mappings()
    }
    if not before:
        return None
    if state.is_delete:
        _record(session, [reader.deleted(entity, table, row) for row in before.values()])
        return None
    result = state.invoke_statement()
    after = [dict(row) for row in connection.execute(select(table).where(table.c.id.in_(before))).mappings()]
    changes = [
        reader.updated(entity, table, new, field, before[new["id"]][field], value)
        for new in after
        for field, value in new.items()
        if field not in SKIPPED_FIELDS and value != before[new["id"]][field]
    ]
    _record(session, changes)
    return result


event.listen(AuditedSession, "do_orm_execute", _on_statement)


def _record(session: Session, changes: list[_Change]) -> None:
    """Keep the rows of ``changes`` for the transaction's commit (:func:`_write_recorded`)."""
    if not changes:
        return
    database = database_of(session)
    actor, at = database.actor, database.clock.now()
    staff_id, staff_name = (None, SYSTEM_NAME)  # SYSTEM (staff_id 0) is nobody on the staff
    if actor is not None and not actor.system:
        staff_id, staff_name = actor.staff_id, actor.name
    note_written(session.info, ((c.entity, c.entity_id, c.case_id) for c in changes))
    session.info.setdefault(_RECORDED, []).extend(
        {"at": at, "staff_id": staff_id, "staff_name": staff_name, "entity": c.entity,
         "entity_id": c.entity_id, "case_id": c.case_id, "action": c.action.value, "field": c.field,
         "old_value": c.old, "new_value": c.new}
        for c in changes
    )  # fmt: skip


def _write_recorded(session: Session) -> None:
    """On commit, the transaction's trail in one statement and, on a server, one notify to the
    listening desks: each statement is a round trip there, and a save flushes several times."""
    session.flush()  # the commit's own last flush comes after this event: its changes are recorded first
    rows = session.info.pop(_RECORDED, None)
    if not rows:
        return
    connection = session.connection()
    table = _table(AuditEntry)
    ids: Iterable[int] = connection.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    ).scalars()
    if (own := _own_ids.get(database_of(session))) is not None:
        own.update(ids)
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANNEL})


def _forget_recorded(session: Session, transaction: SessionTransaction) -> None:
    """A transaction rolled back (or a session closed) takes its trail along; a savepoint's end does not
    end the transaction its changes belong to."""
    if transaction.parent is None:
        session.info.pop(_RECORDED, None)


event.listen(AuditedSession, "before_commit", _write_recorded)
event.listen(AuditedSession, "after_transaction_end", _forget_recorded)


def record_note(session: Session, case_id: int | None, field: str, text: str) -> None:
    """A line of the trail that no field change says, e.g. who signed at whose desk."""
    entity, entity_id = ("case", case_id) if case_id is not None else ("staff", 0)
    _record(session, [_Change(entity, entity_id or 0, case_id, AuditAction.UPDATE, field, "", text)])
