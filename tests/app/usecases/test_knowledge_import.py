"""Knowledge-base import that cannot surprise (issue 18): real workbooks, some left damaged or hostile."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.config import LOGIN_PASSWORD_ENV
from app.db.database import Database
from app.domain.clock import FixedClock
from app.domain.retrospective import EntryForm, TagKind
from app.domain.vocabulary import StaffRole
from app.sample.logins import DEMO_PASSWORD
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.knowledge import EntryQuery, save_entry, search_entries
from app.usecases.knowledge_io import apply_import, export_knowledge, import_knowledge, plan_import
from reports.knowledge_workbook import MAX_COLUMNS, MAX_ROWS, WorkbookCancelled
from tests.benchmarks.knowledge_import import write_sample
from tests.helpers import NOW, add_login

SHEET = "xl/worksheets/sheet1.xml"
DAMAGED = "无法读取“{name}”：不是有效的 Excel 工作簿（.xlsx），或文件已损坏、已加密"


def _edit_part(path: Path, change: Callable[[str], str], part: str = SHEET) -> Path:
    """The workbook with one part's XML changed, as another program (or a hand) could leave it."""
    with ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[part] = change(parts[part].decode()).encode()
    with ZipFile(path, "w", ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _declare(dimension: str) -> Callable[[str], str]:
    return lambda xml: xml.replace("</sheetPr>", f'</sheetPr><dimension ref="{dimension}"/>', 1)


def _titles(database: Database) -> set[str]:
    return {entry.title for entry in search_entries(database)}


@pytest.mark.parametrize("dimension", ["A1:O2", "A1:L2"])
def test_a_sheet_declaring_fewer_rows_than_it_has_imports_them_all(database, tmp_path: Path, dimension: str):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 51)
    _edit_part(path, _declare(dimension))  # as some tools leave it: "1 data row" (and fewer columns)
    report = import_knowledge(database, path, NOW, dry_run=False)
    assert (report.added, report.problem_count) == (51, 0)
    assert len(_titles(database)) == 51


def test_a_huge_declared_size_and_empty_trailing_cells_cost_no_time(database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 20)

    def sprawl(xml: str) -> str:
        # Every row also ends in an empty styled cell in the last column, and a last empty row.
        for row in range(1, 22):
            xml = xml.replace(f'<row r="{row}">', f'<row r="{row}"><c r="XFD{row}" s="1"/>', 1)
        return _declare("A1:XFD1048576")(xml).replace(
            "</sheetData>", '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>'
        )

    _edit_part(path, sprawl)
    assert path.stat().st_size < 20_000
    began = time.perf_counter()
    report = import_knowledge(database, path, NOW, dry_run=True)
    assert time.perf_counter() - began < 3  # was over 300 s: a million rows of 16,384 cells each
    assert (report.added, report.problem_count) == (20, 0)


def test_a_sheet_over_the_row_limit_is_refused_as_soon_as_the_limit_is_passed(database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 3)
    over = MAX_ROWS + 2  # the header is row 1
    # Past the limit the file is even broken: reading stops at the limit, before reaching it.
    _edit_part(
        path,
        lambda xml: xml.replace(
            "</sheetData>",
            f'<row r="{over}"><c r="A{over}" t="inlineStr"><is><t>x</t></is></c></row>'
            '<row r="x"><c<</sheetData>',
        ),
    )
    with pytest.raises(ValidationFailed) as refused:
        import_knowledge(database, path, NOW, dry_run=True)
    assert refused.value.problems["file"] == (
        "无法读取“kb.xlsx”：工作表“知识库条目”超过 200,000 行数据（导入的上限），请分成几个文件导入"
    )
    assert not _titles(database)


def test_content_past_the_column_limit_is_refused_and_columns_within_it_are_ignored(database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 3)
    within = '<c r="AX2" t="inlineStr"><is><t>备注</t></is></c>'  # column 50: a note of the user's
    _edit_part(path, lambda xml: xml.replace('<row r="3">', f'<row r="3">{within.replace("AX2", "AX3")}'))
    assert import_knowledge(database, path, NOW, dry_run=True).added == 3
    _edit_part(path, lambda xml: xml.replace('<row r="2">', '<row r="2"><c r="AY2" t="n"><v>1</v></c>'))
    with pytest.raises(ValidationFailed) as refused:
        import_knowledge(database, path, NOW, dry_run=True)
    assert refused.value.problems["file"] == (
        f"无法读取“kb.xlsx”：工作表“知识库条目”第 2 行第 51 列有内容，超过 {MAX_COLUMNS} 列的上限"
    )


def _hostile(kind: str, path: Path) -> None:
    write_sample(path, 5)
    data = path.read_bytes()
    if kind == "not a zip":
        path.write_bytes(b"not a workbook")
    elif kind == "truncated zip":
        path.write_bytes(data[: len(data) // 2])
    elif kind == "bad XML in the sheet":
        _edit_part(path, lambda xml: xml.replace('<row r="3">', '<row r="3"><c r="A3"<'))
    elif kind == "bad XML in the workbook part":
        _edit_part(path, lambda xml: xml[:-20], "xl/workbook.xml")
    elif kind == "damaged compressed data":
        with ZipFile(path) as archive:
            start = archive.getinfo(SHEET).header_offset + 200
        path.write_bytes(
            data[:start] + bytes(b ^ 0x5A for b in data[start : start + 64]) + data[start + 64 :]
        )
    elif kind == "encrypted":  # Excel seals a password-protected workbook in an OLE compound file
        path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4096))
    elif kind == "empty file":
        path.write_bytes(b"")


@pytest.mark.parametrize(
    "kind",
    [
        "not a zip",
        "truncated zip",
        "bad XML in the sheet",
        "bad XML in the workbook part",
        "damaged compressed data",
        "encrypted",
        "empty file",
    ],
)
def test_every_damaged_file_gives_the_same_one_line_message(database, tmp_path: Path, kind: str):
    path = tmp_path / "知识库.xlsx"
    _hostile(kind, path)
    with pytest.raises(ValidationFailed) as refused:
        import_knowledge(database, path, NOW, dry_run=False)
    assert refused.value.problems == {"file": DAMAGED.format(name=path.name)}
    assert not _titles(database)


def _declare_unpacked(path: Path, part: str, size: int) -> None:
    """Patch the size the zip's central directory declares for ``part`` unpacked (a zip bomb's lie)."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")  # the first central directory header
    while data[at + 46 : at + 46 + len(part)] != part.encode():
        at = data.index(b"PK\x01\x02", at + 4)
    data[at + 24 : at + 28] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


def test_a_zip_bomb_a_missing_sheet_and_a_missing_file_are_one_line_each(database, tmp_path: Path):
    bomb = tmp_path / "bomb.xlsx"
    write_sample(bomb, 5)
    _declare_unpacked(bomb, SHEET, 0xFFFFFFF0)  # 4 GB
    messages = []
    other = tmp_path / "other.xlsx"
    write_sample(other, 5)
    _edit_part(other, lambda xml: xml.replace('name="知识库条目"', 'name="Sheet1"'), "xl/workbook.xml")
    for path in (bomb, other, tmp_path / "gone.xlsx"):
        with pytest.raises(ValidationFailed) as refused:
            import_knowledge(database, path, NOW, dry_run=True)
        messages.append(refused.value.problems["file"])
    assert messages == [
        "无法读取“bomb.xlsx”：解压后超过 1024 MB（导入的上限）",
        "无法读取“other.xlsx”：没有名为“知识库条目”的工作表",
        "无法读取“gone.xlsx”：文件不存在",
    ]


def test_an_entry_is_updated_only_by_a_row_with_its_own_number_and_version(sample_database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    export_knowledge(sample_database, path, EntryQuery("", {TagKind.PROBLEM: "沟通"}))
    other = save_entry(sample_database, EntryForm("另一条经验", "内容", "刘芳", "流程卡点"), NOW)
    book = load_workbook(path)
    sheet = book["知识库条目"]
    rows = {
        2: (other, None),  # another entry's 编号, 版本 left blank
        3: (True, 1),  # TRUE, a cell ticked by mistake (was taken for entry 1)
        4: (sheet.cell(row=4, column=1).value, "第一版"),  # not a version
        5: (2.5, 1),  # not a whole number
    }
    for row, (number, version) in rows.items():
        sheet.cell(row=row, column=1).value = number
        sheet.cell(row=row, column=15).value = version
        sheet.cell(row=row, column=2).value = f"覆盖{row}"
    book.save(path)
    report = import_knowledge(sample_database, path, NOW, dry_run=False)
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "版本"),
        (3, "编号"),
        (4, "版本"),
        (5, "编号"),
    ]
    assert "新条目请清空编号" in report.problems[0].message and "TRUE" in report.problems[1].message.upper()
    assert not search_entries(sample_database, EntryQuery("覆盖"))  # nothing written, no entry overwritten
    for row in rows:
        sheet.cell(row=row, column=1).value = None  # a blank 编号: a new entry, whatever its 版本
    book.save(path)
    report = import_knowledge(sample_database, path, NOW, dry_run=False)
    assert (report.added, report.problem_count) == (4, 0)
    assert "另一条经验" in _titles(sample_database)


def test_a_confirmed_plan_is_written_without_reading_again_and_all_or_nothing(database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 30)
    reads = []

    def read(done: int, total: int) -> bool:
        reads.append((done, total))
        return True

    plan = plan_import(database, path, read)
    assert reads[-1][0] == reads[-1][1]  # the whole sheet, once
    path.write_bytes(b"gone")  # the file no longer matters
    with pytest.raises(WorkbookCancelled):
        apply_import(database, plan, NOW, lambda done, total: False)
    assert not _titles(database)
    apply_import(database, plan, NOW)
    assert len(_titles(database)) == 30
    exported = tmp_path / "again.xlsx"
    export_knowledge(database, exported)
    book = load_workbook(exported)
    book["知识库条目"].cell(row=2, column=2).value = "改过的标题"
    book["知识库条目"].cell(row=30, column=1).value = None  # and one new entry
    book.save(exported)
    plan = plan_import(database, exported)
    assert (plan.added, plan.updated, plan.unchanged) == (1, 1, 28)
    edited = book["知识库条目"].cell(row=2, column=1).value
    assert isinstance(edited, int)
    save_entry(database, EntryForm("另一张桌改的", "内容", "刘芳", "沟通"), NOW, edited, version=1)
    with pytest.raises(ConcurrentEdit):  # edited at another desk between the dry run and the confirmation
        apply_import(database, plan, NOW)
    assert len(_titles(database)) == 30 and "改过的标题" not in _titles(database)  # the new row neither


def test_cancelling_while_reading_stops_the_reading(database, tmp_path: Path):
    path = tmp_path / "kb.xlsx"
    write_sample(path, 200)
    calls = []

    def cancel(done: int, total: int) -> bool:
        calls.append(done)
        return False  # 取消 at once

    with pytest.raises(WorkbookCancelled):
        plan_import(database, path, cancel)
    assert len(calls) == 1


def test_import_kb_lists_problems_and_refuses_or_imports(database, tmp_path: Path, capsys, monkeypatch):
    url = f"sqlite:///{database.file}"
    add_login(database, "wanglei", StaffRole.COORDINATOR)
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    path = tmp_path / "kb.xlsx"
    write_sample(path, 12)
    book = load_workbook(path)
    book["知识库条目"].cell(row=3, column=11).value = "火星业务"
    book["知识库条目"].cell(row=5, column=1).value = "TRUE"
    book.save(path)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--database", url, "--user", "wanglei", "import-kb", *args], clock=FixedClock(NOW))
        out, err = capsys.readouterr()
        return code, out, err

    assert run(str(path)) == (
        1,
        "工作表“知识库条目”第 3 行“业务类型”列：无法识别的业务类型“火星业务”\n"
        "工作表“知识库条目”第 5 行“编号”列：应为正整数或留空（新条目），现在是“TRUE”\n",
        "错误：kb.xlsx 有 2 处问题，未导入任何内容。\n",
    )
    book["知识库条目"].cell(row=3, column=11).value = None
    book["知识库条目"].cell(row=5, column=1).value = None
    book.save(path)
    code, out, err = run(str(path), "--dry-run")
    assert (code, err) == (0, "") and out.splitlines()[0] == "第 2 行：新增“经验 0：材料问题导致补正”"
    assert out.splitlines()[12:] == [
        "试运行：kb.xlsx 可以导入，将新增 12 条，更新 0 条，0 条不变；未写入任何内容。"
    ]
    assert not _titles(database)
    code, out, _err = run(str(path))
    assert code == 0 and out.startswith("已导入 kb.xlsx：新增 12 条，更新 0 条，0 条不变，用时 ")
    assert len(_titles(database)) == 12
    path.write_bytes(b"PK\x03\x04 broken")
    assert run(str(path)) == (1, "", "错误：" + DAMAGED.format(name="kb.xlsx") + "\n")


@pytest.mark.slow
def test_the_import_holds_a_compact_plan_not_the_workbook(database, tmp_path: Path):
    """Memory grows by what the plan needs (was 120 MB for these 20,000 rows, 1.18 GB for 200,000)."""
    path = tmp_path / "kb.xlsx"
    write_sample(path, 20_000)
    database.dispose()
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.benchmarks.knowledge_import",
            "--child",
            f"sqlite:///{database.file}",
            str(path),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    measured = json.loads(child.stdout.splitlines()[-1])
    assert (measured["added"], measured["problems"]) == (20_000, 0)
    assert measured["peak_mb"] - measured["before_mb"] < 40, measured


def test_tags_outside_the_offices_lists_are_refused_naming_row_and_column(database, tmp_path: Path):
    """Seen: 「超级重大」 as a risk level and an unknown problem type were accepted."""
    path = tmp_path / "kb.xlsx"
    write_sample(path, 5)
    book = load_workbook(path)
    book["知识库条目"].cell(row=3, column=8).value = "超级重大"
    book["知识库条目"].cell(row=4, column=7).value = "外星人入侵"
    book.save(path)
    report = import_knowledge(database, path, NOW, dry_run=False)
    assert [str(p) for p in report.problems] == [
        "工作表“知识库条目”第 3 行“风险等级”列：“超级重大”不在本所的风险等级清单中（一般、重大）",
        "工作表“知识库条目”第 4 行“问题类型”列：“外星人入侵”不在本所的问题类型清单中"
        "（材料问题、流程卡点、外部因素/政策、系统故障、沟通、人为失误、资源不足）",
    ]
    assert not _titles(database)  # all or nothing


def test_an_entrys_own_unlisted_tag_goes_back_unchanged(database, tmp_path: Path):
    """A tag typed by hand in the entry dialog (not in the list) does not block re-importing the export."""
    save_entry(database, EntryForm("手工条目", "内容", "刘芳", "沟通", risk_level="极高"), NOW)
    path = tmp_path / "kb.xlsx"
    export_knowledge(database, path)
    report = import_knowledge(database, path, NOW, dry_run=True)
    assert (report.unchanged, report.problem_count) == (1, 0)


def test_the_dry_run_lists_each_row_that_changes_and_how(database, tmp_path: Path, capsys, monkeypatch):
    """Seen: the dry run showed counts, not which rows would be added or updated."""
    first = save_entry(
        database, EntryForm("预约窗口", "提前一天预约", "刘芳", "沟通", risk_level="一般"), NOW
    )
    second = save_entry(database, EntryForm("核对签字", "逐页核对", "刘芳", "材料问题"), NOW)
    path = tmp_path / "kb.xlsx"
    export_knowledge(database, path)
    book = load_workbook(path)
    sheet = book["知识库条目"]
    sheet.cell(row=2, column=8).value = "重大"
    sheet.cell(row=3, column=2).value = "核对签字页"
    sheet.cell(row=3, column=3).value = "逐页核对签字页与股东名册"
    sheet.append([None, "新的经验", "内容", "手工录入", "刘芳", None, "沟通"])
    book.save(path)
    plan = plan_import(database, path)
    assert [(c.row, c.entry_id, c.version, c.title) for c in plan.changes] == [
        (2, first, 1, "预约窗口"),
        (3, second, 1, "核对签字页"),
        (4, None, None, "新的经验"),
    ]
    assert [str(c) for c in plan.changes] == [
        "第 2 行：编号 1 第 1 版“预约窗口”：风险等级 一般 → 重大",
        "第 3 行：编号 2 第 1 版“核对签字页”：标题 核对签字 → 核对签字页；内容已修改",
        "第 4 行：新增“新的经验”",
    ]
    add_login(database, "wanglei", StaffRole.COORDINATOR)
    monkeypatch.setenv(LOGIN_PASSWORD_ENV, DEMO_PASSWORD)
    url = f"sqlite:///{database.file}"
    code = main(
        ["--database", url, "--user", "wanglei", "import-kb", str(path), "--dry-run"], clock=FixedClock(NOW)
    )
    out = capsys.readouterr().out
    assert code == 0 and out.splitlines() == [
        *(str(c) for c in plan.changes),
        "试运行：kb.xlsx 可以导入，将新增 1 条，更新 2 条，0 条不变；未写入任何内容。",
    ]


def test_a_changed_service_type_delay_and_source_read_as_the_sheet_shows_them(database, tmp_path: Path):
    entry = save_entry(
        database, EntryForm("预约窗口", "内容", "刘芳", "沟通", service_type="tax_change"), NOW
    )
    path = tmp_path / "kb.xlsx"
    export_knowledge(database, path)
    book = load_workbook(path)
    sheet = book["知识库条目"]
    sheet.cell(row=2, column=11).value = "清税"
    sheet.cell(row=2, column=13).value = 2.5
    book.save(path)
    [change] = plan_import(database, path).changes
    assert (change.entry_id, change.changes) == (
        entry,
        ("业务类型 税务变更 → 清税", "延误（工作小时） （空） → 2.5"),
    )
