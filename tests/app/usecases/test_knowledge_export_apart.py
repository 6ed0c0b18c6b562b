"""The window's knowledge export, written by a process of its own on the same database."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.db.database import Database
from app.domain.permissions import SYSTEM, Permission
from app.domain.retrospective import TagKind
from app.usecases.access import NotPermitted
from app.usecases.knowledge import EntryQuery
from app.usecases.knowledge_io import ExportFailed, crossing, export_knowledge, export_knowledge_apart
from reports.knowledge_workbook import WorkbookCancelled


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}
    finally:
        book.close()


def test_the_process_writes_the_workbook_the_window_would_and_reports_its_progress(
    sample_database: Database, tmp_path: Path
):
    query = EntryQuery("", {TagKind.PROBLEM: "沟通"})
    export_knowledge(sample_database, tmp_path / "here.xlsx", query)
    reports: list[tuple[int, int]] = []

    def report(done: int, total: int) -> bool:
        reports.append((done, total))
        return True

    rows = export_knowledge_apart(sample_database, tmp_path / "apart.xlsx", query, report)

    assert rows > 0
    assert _sheets(tmp_path / "apart.xlsx") == _sheets(tmp_path / "here.xlsx")
    assert reports[-1] == (rows, rows)  # what the process reported, the bar full at the end
    assert not multiprocessing.active_children()  # and the process is gone


def test_a_cancelled_export_raises_and_leaves_no_file(sample_database: Database, tmp_path: Path):
    (folder := tmp_path / "导出").mkdir()
    with pytest.raises(WorkbookCancelled):
        export_knowledge_apart(sample_database, folder / "知识库.xlsx", progress=lambda done, total: False)
    assert list(folder.iterdir()) == []
    assert not multiprocessing.active_children()


def test_an_error_in_the_process_is_raised_in_the_window_s(sample_database: Database, tmp_path: Path):
    with pytest.raises(FileNotFoundError):
        export_knowledge_apart(sample_database, tmp_path / "没有的文件夹" / "知识库.xlsx")


def test_a_process_that_dies_is_said_and_leaves_no_part_file(sample_database: Database, tmp_path: Path):
    def kill(done: int, total: int) -> bool:
        for child in multiprocessing.active_children():
            child.kill()
        return True

    (folder := tmp_path / "导出").mkdir()
    with pytest.raises(ExportFailed) as raised:
        export_knowledge_apart(sample_database, folder / "知识库.xlsx", progress=kill)
    assert "导出进程意外结束" in str(raised.value)
    assert list(folder.iterdir()) == []


def test_an_in_memory_database_is_exported_in_this_process(tmp_path: Path):
    from app.db.database import open_database
    from app.db.migrate import upgrade
    from app.domain.permissions import SYSTEM

    database = open_database("sqlite://")
    database.actor = SYSTEM
    upgrade(database)
    assert export_knowledge_apart(database, tmp_path / "知识库.xlsx") == 0
    assert not multiprocessing.active_children()
    assert set(_sheets(tmp_path / "知识库.xlsx")) == {"知识库条目", "标签统计", "季度分析"}


def test_an_error_that_cannot_be_made_again_in_the_window_s_process_crosses_as_its_words():
    refused = NotPermitted(SYSTEM, Permission.DOCUMENTS)
    crossed = crossing(refused)
    assert type(crossed) is RuntimeError and str(crossed) == str(refused)
    found = FileNotFoundError(2, "没有这个文件")
    assert crossing(found) is found
