"""The knowledge base to Excel and back: export (all or filtered), import with a dry run."""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Row, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from app.db.database import Database, open_database
from app.db.models import Case, KnowledgeEntry
from app.domain.message import Message
from app.domain.permissions import Permission
from app.domain.retrospective import EntryForm, EntrySource, TagKind, entry_problems
from app.domain.vocabulary import QT_TRANSLATE_NOOP, CaseStatus, ServiceType
from app.usecases.access import requires
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.knowledge import (
    EntryQuery,
    EntryRecord,
    entry_columns,
    entry_conditions,
    quarterly_analysis,
    tag_counts,
    tag_lists,
)
from reports.knowledge_workbook import (
    ENTRIES_SHEET,
    SheetProblem,
    WorkbookCancelled,
    WorkbookUnreadable,
    as_date,
    as_text,
    read_entries,
    write_workbook,
)

_SERVICES = {s.label: s.value for s in ServiceType}
_OUTCOMES = {s.label: s.value for s in CaseStatus}
_SOURCES = {s.label: s.value for s in EntrySource}
#: The entry fields an import compares and writes.
FIELDS = (
    "title",
    "body",
    "source",
    "author",
    "problem_type",
    "risk_level",
    "solution_kind",
    "industry",
    "service_type",
    "outcome",
    "delay_hours",
)
#: The column of each entry field.
_COLUMN_OF = {
    "title": "标题",
    "body": "内容",
    "source": "来源",
    "author": "作者",
    "problem_type": "问题类型",
    "risk_level": "风险等级",
    "solution_kind": "解决方式",
    "industry": "客户行业",
    "service_type": "业务类型",
    "outcome": "结果",
    "delay_hours": "延误（工作小时）",
}
#: A stored code as the sheet shows it, for the fields stored as codes.
_LABEL_OF = {code: label for labels in (_SERVICES, _OUTCOMES, _SOURCES) for label, code in labels.items()}
_CODED = ("service_type", "outcome", "source")


def _rows(database: Database, query: EntryQuery) -> Iterator[tuple]:
    statement = (
        select(*entry_columns())
        .outerjoin(Case, Case.id == KnowledgeEntry.case_id)
        .where(and_(True, *entry_conditions(query)))
        .order_by(KnowledgeEntry.id)
    )
    row: EntryRecord
    with database.unit_of_work() as session:
        for row in session.connection().execution_options(yield_per=2000).execute(statement):
            (
                entry_id,
                version,
                title,
                body,
                source,
                author,
                _case_id,
                number,
                problem,
                risk,
                solution,
                industry,
                service,
                outcome,
                delay,
                created,
            ) = row
            yield (
                entry_id,
                title,
                body,
                _LABEL_OF.get(source, source),
                author,
                number,
                problem,
                risk,
                solution,
                industry,
                _LABEL_OF.get(service, service),
                _LABEL_OF.get(outcome, outcome),
                delay,
                created,
                version,
            )


def export_knowledge(
    database: Database,
    path: Path,
    query: EntryQuery = EntryQuery(),  # noqa: B008
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Write the entries matching ``query`` with the tag counts and the quarterly analysis.

    ``progress(done, total)`` may return False to cancel (raises WorkbookCancelled). Returns rows.
    """
    with database.unit_of_work() as session:
        total = session.execute(
            select(func.count()).select_from(KnowledgeEntry).where(and_(True, *entry_conditions(query)))
        ).scalar_one()
    counts = {
        kind.label: sorted(c.items(), key=lambda item: -item[1])
        for kind, c in tag_counts(database, query).items()
    }
    figures = quarterly_analysis(database, query)
    analysis = [
        (
            q.quarter,
            q.cases,
            q.success_rate,  # shown as a percentage
            round(q.average_delay_hours, 1),
            "、".join(leading := figures.leading_problems(q)),  # all those tied, as on screen
            q.problems[leading[0]] if leading else 0,
        )
        for q in figures.quarters
    ]
    report = (lambda done: progress(done, total)) if progress else None
    return write_workbook(path, _rows(database, query), total, counts, analysis, report)


def export_knowledge_apart(
    database: Database,
    path: Path,
    query: EntryQuery = EntryQuery(),  # noqa: B008
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """:func:`export_knowledge` in a process of its own, as the window runs it.

    Writing 30,000 entries is some 9 s of Python (openpyxl, lxml); on a thread of the window's process
    it holds the one interpreter lock the window needs to paint, for up to 60 ms at a time (lxml
    closing a sheet). The process opens the same database (an in-memory one cannot be shared: that is
    exported here). ``progress(done, total)`` is asked every 0.1 s; False stops the process at once.

    Raises:
        WorkbookCancelled: ``progress`` returned False before the workbook was written (no file left).
        ExportFailed: the process ended without an answer.
        Whatever :func:`export_knowledge` raised in the process.
    """
    if database.url.get_backend_name() == "sqlite" and database.file is None:
        return export_knowledge(database, path, query, progress)
    # spawn, not fork: a fork of a process running Qt's threads may inherit a lock held by one of them.
    context = multiprocessing.get_context("spawn")
    # Written by the process, read here: plain shared numbers, no lock (nor the semaphore tracker one needs).
    done, total = context.Value("q", 0, lock=False), context.Value("q", 1, lock=False)
    answers, answering = context.Pipe(duplex=False)
    process = context.Process(
        target=_export_in_process,
        args=(database.url.render_as_string(hide_password=False), path, query, done, total, answering),
        name="knowledge-export",
        daemon=True,  # a window closed meanwhile takes it along
    )
    process.start()
    answering.close()  # the process's end: once it exits, reading ours ends instead of waiting forever
    stopped = False
    try:
        while not answers.poll(0.1):  # also True once the process has ended: its end was closed
            if progress is not None and not progress(done.value, total.value):
                process.terminate()  # at once: its own look at a flag could come after seconds of saving
                stopped = True
                break
        try:
            outcome, value = answers.recv()  # an answer sent before it was stopped still counts
        except EOFError:
            process.join()
            if stopped:
                raise WorkbookCancelled() from None
            raise ExportFailed(process.exitcode) from None
    finally:
        if process.is_alive():  # the window's side failed (progress raised): the export is not wanted
            process.terminate()
        process.join()
        answers.close()
        path.with_name(path.name + ".part").unlink(missing_ok=True)  # a process stopped mid-save
    if outcome == "failed":
        raise value
    if progress is not None:
        progress(done.value, total.value)  # the bar full: the last rows came after its last look
    return value


class ExportFailed(Exception):
    """The export's process ended without an answer (killed, or crashed)."""

    def __init__(self, exit_code: int | None) -> None:
        super().__init__(
            Message(QT_TRANSLATE_NOOP("messages", "导出进程意外结束（退出码 {code}）"), code=exit_code)
        )


def _export_in_process(url, path, query, done, total, answering) -> None:  # noqa: ANN001
    """The export process's work: answers ``(outcome, value)`` through ``answering``."""

    def report(count: int, of: int) -> bool:
        total.value, done.value = of, count
        return True

    answer: tuple[str, object]
    try:
        database = open_database(url)
        try:
            answer = ("done", export_knowledge(database, path, query, report))
        finally:
            database.dispose()
    except Exception as error:  # noqa: BLE001 - handed to the window's process, which raises it
        answer = ("failed", crossing(error))
    answering.send(answer)
    answering.close()


def crossing(error: Exception) -> Exception:
    """``error`` as it can reach another process: itself, or its words when it cannot be made again
    there (an error whose constructor takes other arguments than its message)."""
    try:
        pickle.loads(pickle.dumps(error))  # noqa: S301 - our own error, made again as it will be
    except Exception:  # noqa: BLE001 - whatever stops it crossing, its words still do
        return RuntimeError(str(error))
    return error


#: Problems and changes a report lists (in sheet order); the rest are only counted.
LISTED = 1000
#: Rows checked against the database at once, and written at once.
_BATCH = 1000


@dataclass(frozen=True)
class RowChange:
    """One row that adds an entry (no ``entry_id``) or updates one, and what it changes, in words."""

    row: int
    entry_id: int | None
    version: int | None  # the version it updates
    title: str
    changes: tuple[str, ...] = ()  # 风险等级 一般 → 重大, 内容已修改 …

    def __str__(self) -> str:
        if self.entry_id is None:
            return f"第 {self.row} 行：新增“{self.title}”"
        what = "；".join(self.changes)
        return f"第 {self.row} 行：编号 {self.entry_id} 第 {self.version} 版“{self.title}”：{what}"


def _change_words(name: str, before: object, after: object) -> str:
    """One field's change as the dry run lists it (the content only said to change: it is long)."""
    if name == "body":
        return QT_TRANSLATE_NOOP("messages", "内容已修改")

    def shown(value: object) -> str:
        if value is None or value == "":
            return QT_TRANSLATE_NOOP("messages", "（空）")
        if isinstance(value, float):
            return f"{value:g}"
        return _LABEL_OF.get(str(value), str(value)) if name in _CODED else str(value)

    return Message(
        QT_TRANSLATE_NOOP("messages", "{column} {before} → {after}"),
        column=_COLUMN_OF[name],
        before=shown(before),
        after=shown(after),
    )


@dataclass
class ImportReport:
    """What an import would change or changed, or why it cannot: from one reading of the workbook.

    Until a problem is found it also holds the checked rows to write, compactly (for
    :func:`apply_import`, so a confirmed dry run does not read the file again).
    """

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[SheetProblem] = field(default_factory=list)  # the first LISTED
    problem_count: int = 0
    changes: list[RowChange] = field(default_factory=list)  # the first LISTED, in sheet order
    _new: list[tuple] = field(default_factory=list, init=False, repr=False)  # created_at, FIELDS values
    _changed: list[tuple] = field(default_factory=list, init=False, repr=False)  # id, version, FIELDS values

    def problem(self, row: int, column: str, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < LISTED:
            self.problems.append(SheetProblem(ENTRIES_SHEET, row, column, message))
        self._new.clear()  # all or nothing: nothing of this file will be written
        self._changed.clear()

    def change(self, change: RowChange) -> None:
        if len(self.changes) < LISTED:
            self.changes.append(change)


@dataclass
class _Checking:
    """What checking a workbook's rows carries from one batch to the next."""

    tags: dict[TagKind, list[str]]  # the office's lists: the tags a row may bring
    rows_of_id: dict[int, int] = field(default_factory=dict)  # entry id → its row, for repeated 编号
    shared: dict[str, str] = field(default_factory=dict)  # one copy of each repeated text (people, tags)

    def __post_init__(self) -> None:
        self.allowed = {kind: frozenset(names) for kind, names in self.tags.items()}


def _whole_number(value: object) -> int | None:
    """A 编号 or 版本 cell: None when blank, else a positive whole number (raises ValueError: TRUE too)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str) and value.strip().isdecimal():
        value = int(value.strip())
    if not isinstance(value, int) or value < 1:
        raise ValueError(value)
    return value


def _entry_values(
    number: int, values: dict, report: ImportReport, checking: _Checking, current: Row | None
) -> dict | None:
    """The row as entry fields, or None after reporting its problems. ``current`` is the entry the row's
    编号 names, if any. Repeated texts are kept once, so a plan of 200,000 rows holds each name once."""
    problems_before = report.problem_count

    def problem(column: str, message: str) -> None:
        report.problem(number, column, message)

    def text(header: str) -> str:
        value = as_text(values[header]).strip()
        return checking.shared.setdefault(value, value)

    title = as_text(values["标题"]).strip()
    form = EntryForm(
        title,
        as_text(values["内容"]),
        as_text(values["作者"]),
        as_text(values["问题类型"]),
        as_text(values["风险等级"]),
        as_text(values["解决方式"]),
        as_text(values["客户行业"]),
    )
    form_problems = entry_problems(form)  # the rules a hand-written entry follows
    for name, message in form_problems.items():
        problem(_COLUMN_OF[name], message)
    for kind in TagKind:
        # A tag from the office's list, or the one the entry already has (typed by hand in its dialog).
        tag = getattr(form, kind.value).strip()
        if (
            tag
            and kind.value not in form_problems
            and tag not in checking.allowed[kind]
            and (current is None or tag != getattr(current, kind.value))
        ):
            problem(
                _COLUMN_OF[kind.value],
                Message(
                    QT_TRANSLATE_NOOP("messages", "“{tag}”不在本所的{kind}清单中（{tags}）"),
                    tag=tag,
                    kind=kind,
                    tags=tuple(checking.tags[kind]),
                ),
            )
    service = as_text(values["业务类型"]).strip()
    if service and service not in _SERVICES:
        problem(
            "业务类型", Message(QT_TRANSLATE_NOOP("messages", "无法识别的业务类型“{value}”"), value=service)
        )
    outcome = as_text(values["结果"]).strip()
    if outcome and outcome not in _OUTCOMES:
        problem("结果", Message(QT_TRANSLATE_NOOP("messages", "无法识别的结果“{value}”"), value=outcome))
    try:
        created = as_date(values["创建时间"])
    except ValueError:
        problem(
            "创建时间",
            Message(QT_TRANSLATE_NOOP("messages", "无法识别的时间“{value}”"), value=str(values["创建时间"])),
        )
        created = None
    delay = values["延误（工作小时）"]
    if delay not in (None, "") and (isinstance(delay, bool) or not isinstance(delay, int | float)):
        problem(
            "延误（工作小时）",
            Message(QT_TRANSLATE_NOOP("messages", "应为数字，现在是“{value}”"), value=str(delay)),
        )
    entry_id = version = None
    try:
        entry_id = _whole_number(values["编号"])
    except ValueError:
        problem(
            "编号",
            Message(
                QT_TRANSLATE_NOOP("messages", "应为正整数或留空（新条目），现在是“{value}”"),
                value=str(values["编号"]),
            ),
        )
    try:
        version = _whole_number(values["版本"])
    except ValueError:
        if values["编号"] not in (None, ""):
            problem(
                "版本",
                Message(
                    QT_TRANSLATE_NOOP("messages", "应为导出时的版本号（正整数），现在是“{value}”"),
                    value=str(values["版本"]),
                ),
            )
    else:
        # Only the row exported from an entry (its 编号 and 版本 both) may change that entry.
        if entry_id is not None and version is None:
            problem(
                "版本",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "编号 {entry_id} 没有版本：只有导出的行（编号与版本都在）才能更新条目，新条目请清空编号",  # noqa: E501
                    ),
                    entry_id=entry_id,
                ),
            )
    if report.problem_count > problems_before:
        return None
    return {
        "id": entry_id,
        "title": title,
        "body": as_text(values["内容"]).strip(),
        "source": _SOURCES.get(as_text(values["来源"]).strip(), EntrySource.MANUAL.value),
        "author": text("作者"),
        "problem_type": text("问题类型"),
        "risk_level": text("风险等级"),
        "solution_kind": text("解决方式"),
        "industry": text("客户行业"),
        "service_type": _SERVICES.get(service, ""),
        "outcome": _OUTCOMES.get(outcome, ""),
        "delay_hours": None if delay in (None, "") else float(delay),
        "created_at": created,
        "version": version,
    }


@requires(Permission.KNOWLEDGE)
def plan_import(
    database: Database, path: Path, progress: Callable[[int, int], bool] | None = None
) -> ImportReport:
    """Read and check the workbook in one streaming pass: what it would change, or its problems (sheet,
    row and column each). Nothing is written; :func:`apply_import` writes the plan.

    ``progress(done, total)`` may return False to cancel (raises WorkbookCancelled).

    Raises:
        ValidationFailed: ``file`` when the workbook cannot be read at all, or is over a limit.
    """
    report = ImportReport()
    checking = _Checking(tag_lists(database))
    batch: list[tuple[int, dict]] = []
    try:
        with database.unit_of_work() as session:
            for row in read_entries(path, progress):
                batch.append(row)
                if len(batch) == _BATCH:
                    _check_batch(session, batch, report, checking)
                    batch.clear()
            _check_batch(session, batch, report, checking)
    except WorkbookUnreadable as error:
        raise ValidationFailed({"file": error.args[0]}) from error
    return report


def _check_batch(session: Session, batch: list, report: ImportReport, checking: _Checking) -> None:
    """Check rows in sheet order against the entries they name (fetched for the batch at once)."""
    named: list[int | None] = []
    for _number, values in batch:
        entry_id = None
        with suppress(ValueError):  # a bad 编号 is reported with its row below
            entry_id = _whole_number(values["编号"])
        named.append(entry_id)
    columns = (getattr(KnowledgeEntry, name) for name in FIELDS)
    known = {
        row.id: row
        for row in session.execute(
            select(KnowledgeEntry.id, KnowledgeEntry.version, *columns).where(
                KnowledgeEntry.id.in_([entry_id for entry_id in named if entry_id is not None])
            )
        )
    }
    rows_of_id = checking.rows_of_id
    for (number, values), named_id in zip(batch, named, strict=True):
        entry = _entry_values(number, values, report, checking, known.get(named_id))
        if entry is None:
            continue
        entry_id = entry["id"]
        if entry_id is None:
            report.added += 1
            report.change(RowChange(number, None, None, entry["title"]))
            if not report.problem_count:
                report._new.append((entry["created_at"], *(entry[name] for name in FIELDS)))
            continue
        if entry_id in rows_of_id:
            report.problem(
                number,
                "编号",
                Message(
                    QT_TRANSLATE_NOOP("messages", "编号 {entry_id} 与第 {row} 行重复"),
                    entry_id=entry_id,
                    row=rows_of_id[entry_id],
                ),
            )
            continue
        rows_of_id[entry_id] = number
        current = known.get(entry_id)
        if current is None:
            report.problem(
                number,
                "编号",
                Message(QT_TRANSLATE_NOOP("messages", "没有编号为 {entry_id} 的条目"), entry_id=entry_id),
            )
        elif entry["version"] != current.version:
            report.problem(
                number,
                "版本",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "编号 {entry_id} 在导出后已被修改（现为第 {version} 版），请重新导出后再改",
                    ),
                    entry_id=entry_id,
                    version=current.version,
                ),
            )
        elif changed := [name for name in FIELDS if getattr(current, name) != entry[name]]:
            report.updated += 1
            words = tuple(_change_words(name, getattr(current, name), entry[name]) for name in changed)
            report.change(RowChange(number, entry_id, current.version, entry["title"], words))
            if not report.problem_count:
                report._changed.append((entry_id, current.version, *(entry[name] for name in FIELDS)))
        else:
            report.unchanged += 1


@requires(Permission.KNOWLEDGE)
def apply_import(
    database: Database,
    plan: ImportReport,
    now: datetime,
    progress: Callable[[int, int], bool] | None = None,
) -> ImportReport:
    """Write a plan without problems, all or nothing, in one transaction.

    ``progress(done, total)`` may return False to cancel (raises WorkbookCancelled; nothing written).

    Raises:
        ConcurrentEdit: an entry the plan updates was changed since (nothing written).
    """
    assert not plan.problem_count, "a plan with problems is never written"
    total, done = len(plan._new) + len(plan._changed), 0
    update_entry = (
        update(KnowledgeEntry)
        .where(
            KnowledgeEntry.id == bindparam("entry_id"), KnowledgeEntry.version == bindparam("entry_version")
        )
        .values(version=KnowledgeEntry.version + 1, updated_at=now)
    )
    with database.unit_of_work() as session:
        connection = session.connection()
        for rows, updating in ((plan._new, False), (plan._changed, True)):
            for start in range(0, len(rows), _BATCH):
                chunk = rows[start : start + _BATCH]
                if updating:
                    keys = ("entry_id", "entry_version", *FIELDS)
                    result = connection.execute(
                        update_entry, [dict(zip(keys, row, strict=True)) for row in chunk]
                    )
                    if result.rowcount != len(chunk):  # an entry edited by another desk since the plan
                        raise ConcurrentEdit()
                else:
                    values = [
                        dict(zip(FIELDS, row[1:], strict=True), created_at=row[0] or now, updated_at=now)
                        for row in chunk
                    ]
                    connection.execute(insert(KnowledgeEntry), values)
                done += len(chunk)
                if progress is not None and not progress(done, total):
                    raise WorkbookCancelled()  # leaves the unit of work by rollback
    plan._new, plan._changed = [], []  # written: never twice
    return plan


@requires(Permission.KNOWLEDGE)
def import_knowledge(database: Database, path: Path, now: datetime, *, dry_run: bool) -> ImportReport:
    """Add new entries and update known ones from a workbook this app exported, reading it once.

    All or nothing: any bad row means nothing is written, and the report names each problem's sheet,
    row and column. An entry is updated only by a row with its 编号 and the 版本 it still has. A dry
    run only reports what would change.

    Raises:
        ValidationFailed: ``file`` when the workbook cannot be read at all, or is over a limit.
        ConcurrentEdit: an entry to update was changed while the file was read.
    """
    plan = plan_import(database, path)
    if not dry_run and not plan.problem_count:
        apply_import(database, plan, now)
    return plan
