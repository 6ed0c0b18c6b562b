"""The review knowledge base as an Excel workbook, and read back.

Written in openpyxl's write-only mode (rows streamed, memory flat for 30,000 entries): the entries
with Chinese headers, a frozen header row, an autofilter, set widths, real dates and wrapped text;
the tag counts; the quarterly analysis. Text is made safe: control characters dropped, and text
that a spreadsheet would take for a formula (= + - @) stored as text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeAlias
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

ENTRIES_SHEET = "知识库条目"
TAGS_SHEET = "标签统计"
ANALYSIS_SHEET = "季度分析"
#: (header, width) of the entry columns, in order; the import reads the same headers.
ENTRY_COLUMNS = (
    ("编号", 9), ("标题", 40), ("内容", 70), ("来源", 10), ("作者", 10), ("案件编号", 16), ("问题类型", 14),
    ("风险等级", 10), ("解决方式", 12), ("客户行业", 12), ("业务类型", 12), ("结果", 10),
    ("延误（工作小时）", 14), ("创建时间", 18), ("版本", 7),
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_HEAD_FILL = PatternFill("solid", fgColor="ECEFF1")

Progress = Callable[[int], bool]
"""Called with the rows written so far; returns False to cancel."""
CellValue: TypeAlias = str | float | datetime | None
"""What the workbooks write in a cell (an int is a float to the type checker)."""


class WorkbookCancelled(Exception):
    """The user cancelled the export; the partial file is removed."""


def safe_text(value: str) -> str:
    """Text a spreadsheet shows as typed: no control characters, never read as a formula."""
    text = _CONTROL.sub("", value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def header_cell(sheet: WriteOnlyWorksheet, text: str) -> Cell:
    """A bold, shaded header cell of a write-only sheet."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    cell.fill = _HEAD_FILL
    return cell


def table_sheet(
    book: Workbook, title: str, columns: tuple[tuple[str, int], ...], rows: int
) -> WriteOnlyWorksheet:
    """A write-only sheet for ``rows`` data rows under ``columns`` (title, width): widths set, the
    header bold and frozen, a filter over the whole table."""
    sheet: WriteOnlyWorksheet = book.create_sheet(title)
    # The stubs leave out what Worksheet._setup gives a write-only sheet (its dimensions and filter).
    for index, (_title, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"  # type: ignore[attr-defined]
    sheet.append([header_cell(sheet, header) for header, _width in columns])
    return sheet


def write_workbook(
    path: Path,
    entries: Iterable[tuple[CellValue, ...]],
    total: int,
    tag_counts: dict[str, list[tuple[str, int]]],
    analysis: Iterable[tuple[CellValue, ...]],
    analysis_headers: tuple[str, ...],
    progress: Progress | None = None,
) -> int:
    """Write the workbook; ``entries`` are rows in :data:`ENTRY_COLUMNS` order. Returns rows written.

    The file appears only when complete (written beside it, then renamed).

    Raises:
        WorkbookCancelled: ``progress`` returned False.
    """
    book = Workbook(write_only=True)
    sheet = table_sheet(book, ENTRIES_SHEET, ENTRY_COLUMNS, total)
    written = 0
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row in entries:
        # One styled cell per row, the long content that wraps: styling every cell would double the time.
        # Empty text is left out (None): a blank cell is not written at all.
        cells = [(safe_text(value) or None) if isinstance(value, str) else value for value in row]
        content = WriteOnlyCell(sheet, value=cells[2])
        content.alignment = wrapped
        sheet.append([*cells[:2], content, *cells[3:]])
        written += 1
        if progress is not None and written % 500 == 0 and not progress(written):
            raise WorkbookCancelled()
    tags = book.create_sheet(TAGS_SHEET)
    tags.column_dimensions["A"].width, tags.column_dimensions["B"].width = 14, 24
    tags.append([header_cell(tags, "维度"), header_cell(tags, "标签"), header_cell(tags, "条目数")])
    for kind, counts in tag_counts.items():
        for name, count in counts:
            tags.append([kind, name or "（未标注）", count])
    quarterly = book.create_sheet(ANALYSIS_SHEET)
    quarterly.append([header_cell(quarterly, header) for header in analysis_headers])
    for row in analysis:
        quarterly.append(list(row))
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)
    if progress is not None:
        progress(written)
    return written


@dataclass(frozen=True)
class SheetProblem:
    sheet: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"工作表“{self.sheet}”第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


class WorkbookUnreadable(Exception):
    """Not a workbook this app wrote (Chinese message naming what is wrong)."""


def read_entries(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(row number, values by header) for each filled row of the entries sheet.

    Raises:
        WorkbookUnreadable: not an .xlsx file, no entries sheet, or its headers differ.
    """
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError) as error:
        raise WorkbookUnreadable(f"无法打开“{path.name}”：不是有效的 Excel 工作簿（.xlsx）") from error
    try:
        if ENTRIES_SHEET not in book.sheetnames:
            raise WorkbookUnreadable(f"“{path.name}”中没有名为“{ENTRIES_SHEET}”的工作表")
        rows = book[ENTRIES_SHEET].iter_rows(values_only=True)
        headers = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        expected = [header for header, _width in ENTRY_COLUMNS]
        if headers[: len(expected)] != expected:
            raise WorkbookUnreadable(
                f"工作表“{ENTRIES_SHEET}”的表头与导出格式不一致，应为：{'、'.join(expected)}"
            )
        for number, values in enumerate(rows, start=2):
            if values is None or all(v in (None, "") for v in values):
                continue
            yield (
                number,
                {header: (values[i] if i < len(values) else None) for i, header in enumerate(expected)},
            )
    finally:
        book.close()


def as_text(value: object) -> str:
    """A cell read back as text (stripping the apostrophe that kept a formula-like text as text)."""
    if value is None:
        return ""
    text = str(value)
    return text[1:] if text[:1] == "'" and text[1:2] in ("=", "+", "-", "@") else text


def as_date(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    return datetime.fromisoformat(str(value).strip())
