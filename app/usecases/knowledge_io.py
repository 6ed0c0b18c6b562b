"""The knowledge base to Excel and back: export (all or filtered), import with a dry run."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, func, select

from app.db.database import Database
from app.db.models import Case, KnowledgeEntry
from app.domain.retrospective import EntryForm, EntrySource, entry_problems
from app.domain.vocabulary import CaseStatus, ServiceType
from app.usecases.errors import ValidationFailed
from app.usecases.knowledge import (
    EntryQuery,
    EntryRecord,
    entry_columns,
    entry_conditions,
    quarterly_analysis,
    tag_counts,
)
from reports.knowledge_workbook import (
    ENTRIES_SHEET,
    SheetProblem,
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
_COLUMN_OF = {
    "title": "标题",
    "body": "内容",
    "author": "作者",
    "problem_type": "问题类型",
    "risk_level": "风险等级",
    "solution_kind": "解决方式",
    "industry": "客户行业",
}
ANALYSIS_HEADERS = ("季度", "复盘案件数", "按期完成率", "平均延误（工作小时）", "最常见问题", "次数")


def _rows(database: Database, query: EntryQuery) -> Iterator[tuple]:
    statement = (
        select(*entry_columns())
        .outerjoin(Case, Case.id == KnowledgeEntry.case_id)
        .where(and_(True, *entry_conditions(query)))
        .order_by(KnowledgeEntry.id)
    )
    labels = {v: k for k, v in _SERVICES.items()} | {v: k for k, v in _OUTCOMES.items()}
    sources = {v: k for k, v in _SOURCES.items()}
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
                sources.get(source, source),
                author,
                number,
                problem,
                risk,
                solution,
                industry,
                labels.get(service, service),
                labels.get(outcome, outcome),
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
    analysis = [
        (
            q.quarter,
            q.cases,
            round(q.success_rate, 3),
            round(q.average_delay_hours, 1),
            *(q.problems.most_common(1)[0] if q.problems else ("", 0)),
        )
        for q in quarterly_analysis(database, query).quarters
    ]
    report = (lambda done: progress(done, total)) if progress else None
    return write_workbook(path, _rows(database, query), total, counts, analysis, ANALYSIS_HEADERS, report)


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[SheetProblem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # what would change, in words (the dry run)


def _entry_values(number: int, values: dict, problems: list[SheetProblem]) -> dict | None:
    def problem(column: str, message: str) -> None:
        problems.append(SheetProblem(ENTRIES_SHEET, number, column, message))

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
    for name, message in entry_problems(form).items():  # the rules a hand-written entry follows
        problem(_COLUMN_OF[name], message)
    service = as_text(values["业务类型"]).strip()
    if service and service not in _SERVICES:
        problem("业务类型", f"无法识别的业务类型“{service}”")
    outcome = as_text(values["结果"]).strip()
    if outcome and outcome not in _OUTCOMES:
        problem("结果", f"无法识别的结果“{outcome}”")
    try:
        created = as_date(values["创建时间"])
    except ValueError:
        problem("创建时间", f"无法识别的时间“{values['创建时间']}”")
        created = None
    delay = values["延误（工作小时）"]
    if delay not in (None, "") and not isinstance(delay, int | float):
        problem("延误（工作小时）", f"应为数字，现在是“{delay}”")
    entry_id = values["编号"]
    if entry_id not in (None, "") and not isinstance(entry_id, int):
        problem("编号", f"应为整数或留空（新条目），现在是“{entry_id}”")
    if problems and problems[-1].row == number:
        return None
    return {
        "id": entry_id or None,
        "title": title,
        "body": as_text(values["内容"]).strip(),
        "source": _SOURCES.get(as_text(values["来源"]).strip(), EntrySource.MANUAL.value),
        "author": as_text(values["作者"]).strip(),
        "problem_type": as_text(values["问题类型"]).strip(),
        "risk_level": as_text(values["风险等级"]).strip(),
        "solution_kind": as_text(values["解决方式"]).strip(),
        "industry": as_text(values["客户行业"]).strip(),
        "service_type": _SERVICES.get(service, ""),
        "outcome": _OUTCOMES.get(outcome, ""),
        "delay_hours": None if delay in (None, "") else float(delay),
        "created_at": created,
        # The version the row was exported at: an entry edited since is not overwritten by it.
        "version": values.get("版本") if isinstance(values.get("版本"), int) else None,
    }


def import_knowledge(database: Database, path: Path, now: datetime, *, dry_run: bool) -> ImportReport:
    """Add new entries and update known ones (by 编号) from a workbook this app exported.

    All or nothing: any bad row means nothing is written, and the report names each problem's sheet,
    row and column. A dry run only reports what would change.

    Raises:
        ValidationFailed: ``file`` when the workbook cannot be read at all.
    """
    report = ImportReport()
    parsed: list[tuple[int, dict]] = []
    rows_of_id: dict[int, int] = {}  # entry id → its row
    try:
        for number, values in read_entries(path):
            entry = _entry_values(number, values, report.problems)
            if entry is None:
                continue
            if entry["id"] in rows_of_id:
                report.problems.append(
                    SheetProblem(
                        ENTRIES_SHEET,
                        number,
                        "编号",
                        f"编号 {entry['id']} 与第 {rows_of_id[entry['id']]} 行重复",
                    )
                )
                continue
            if entry["id"]:
                rows_of_id[entry["id"]] = number
            parsed.append((number, entry))
    except WorkbookUnreadable as error:
        raise ValidationFailed({"file": str(error)}) from error
    with suppress(_NothingWritten):
        _apply(database, parsed, report, now, dry_run)
    return report


class _NothingWritten(Exception):
    """Leaves the unit of work by rollback: a dry run, or a row that cannot be imported."""


def _apply(database: Database, parsed: list, report: ImportReport, now: datetime, dry_run: bool) -> None:
    with database.unit_of_work() as session:
        known = {
            entry.id: entry
            for entry in session.scalars(
                select(KnowledgeEntry).where(KnowledgeEntry.id.in_([e["id"] for _n, e in parsed if e["id"]]))
            )
        }
        for number, entry in parsed:
            current = known.get(entry["id"]) if entry["id"] else None
            if entry["id"] and current is None:
                report.problems.append(
                    SheetProblem(ENTRIES_SHEET, number, "编号", f"没有编号为 {entry['id']} 的条目")
                )
                continue
            exported_at = entry["version"]
            if current is not None and exported_at is not None and exported_at != current.version:
                message = (
                    f"编号 {current.id} 在导出后已被修改（现为第 {current.version} 版），请重新导出后再改"
                )
                report.problems.append(SheetProblem(ENTRIES_SHEET, number, "版本", message))
                continue
            if current is None:
                report.added += 1
                report.changes.append(f"第 {number} 行：新增“{entry['title']}”")
                session.add(
                    KnowledgeEntry(
                        **{name: entry[name] for name in FIELDS},
                        created_at=entry["created_at"] or now,
                        updated_at=now,
                    )
                )
                continue
            changed = [name for name in FIELDS if getattr(current, name) != entry[name]]
            if not changed:
                report.unchanged += 1
                continue
            report.updated += 1
            report.changes.append(
                f"第 {number} 行：更新编号 {current.id}“{entry['title']}”（{len(changed)} 个字段）"
            )
            for name in changed:
                setattr(current, name, entry[name])
        if report.problems or dry_run:
            raise _NothingWritten()  # all or nothing: a bad row or a dry run writes nothing
