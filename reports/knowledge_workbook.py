"""The review knowledge base as an Excel workbook, and read back.

Written in openpyxl's write-only mode (rows streamed, memory flat for 30,000 entries): the entries
with Chinese headers, a frozen header row, an autofilter, set widths, real dates and wrapped text in
rows tall enough for it; the tag counts; the quarterly analysis with its rates as percentages. Every
sheet prints landscape on A4, fit to the page's width, its header row on every page. Text is made
safe: control characters dropped, and text that a spreadsheet would take for a formula (= + - @) or
an error value stored as a text cell (shown as typed, never evaluated).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, TypeAlias
from xml.etree.ElementTree import Element, SubElement

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

from app.domain.message import Message
from app.domain.vocabulary import QT_TRANSLATE_NOOP

_MAIN = f"{{{SHEET_MAIN_NS}}}"  # the namespace of a sheet's XML
ENTRIES_SHEET = "知识库条目"
TAGS_SHEET = "标签统计"
ANALYSIS_SHEET = "季度分析"
#: (header, width) of the entry columns, in order; the import reads the same headers.
ENTRY_COLUMNS = (
    ("编号", 9), ("标题", 40), ("内容", 70), ("来源", 10), ("作者", 10), ("案件编号", 16), ("问题类型", 14),
    ("风险等级", 10), ("解决方式", 12), ("客户行业", 12), ("业务类型", 12), ("结果", 10),
    ("延误（工作小时）", 14), ("创建时间", 18), ("版本", 7),
)  # fmt: skip
TAG_COLUMNS = (("维度", 14), ("标签", 24), ("条目数", 10))
ANALYSIS_COLUMNS = (
    ("季度", 10), ("复盘案件数", 12), ("按期完成率", 12), ("平均延误（工作小时）", 20), ("最常见问题", 18),
    ("次数", 8),
)  # fmt: skip
#: The analysis' number formats by column: the rate (a fraction) a percentage, the delay in tenths.
_ANALYSIS_FORMATS = {2: "0.0%", 3: "0.0"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORMULA_STARTS = ("=", "+", "-", "@")
_HEAD_FILL = PatternFill("solid", fgColor="ECEFF1")
# Wrapped cells keep the default bottom alignment, as the row's other cells do (aligning every cell at
# the top would cost a styled cell each, half as much time again): a row's values share its last line.
_WRAPPED = Alignment(wrap_text=True)
#: Points per line of the default 11-point font (Chinese glyphs included), and the most Excel allows.
_LINE_POINTS, _MOST_POINTS = 15, 409

Progress = Callable[[int], bool]
"""Called with the rows written so far; returns False to cancel."""
ReadProgress = Callable[[int, int], bool]
"""Called with (done, total) as a file is read; returns False to cancel."""
CellValue: TypeAlias = str | float | datetime | None
"""What the workbooks write in a cell (an int is a float to the type checker)."""


class WorkbookCancelled(Exception):
    """The user cancelled: an export's partial file is removed, an import has written nothing."""


def cell_value(sheet: WriteOnlyWorksheet, value: CellValue, wrapping: Cell | None = None) -> CellValue | Cell:
    """What to append for ``value``; text as a spreadsheet shows it as typed, None when blank: no
    control characters, and a text cell (never a formula, nor an error value) whatever it starts with.
    Formula-like text also carries the quote prefix, so that editing the cell keeps it text. A plain
    value (unstyled: fast) when it needs no more.

    Text to wrap is put in ``wrapping``, a :func:`wrapping_cell` that the row's append writes out at
    once: styling a new cell for each row took a fifth of a large export."""
    if not isinstance(value, str):
        return value
    text = _CONTROL.sub("", value)
    if not text:
        return None
    formula_like = text[:1] in _FORMULA_STARTS
    if not formula_like and text not in ERROR_CODES:
        if wrapping is None:
            return text
        wrapping.value = text
        return wrapping
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl takes text starting with = for a formula, #N/A for an error
    cell.quotePrefix = formula_like
    if wrapping is not None:
        cell.alignment = _WRAPPED
    return cell


def wrapping_cell(sheet: WriteOnlyWorksheet) -> Cell:
    """A cell that wraps its text, for :func:`cell_value` to fill anew for each appended row."""
    cell = WriteOnlyCell(sheet)
    cell.alignment = _WRAPPED
    return cell


class _RowHeight(RowDimension):
    """The height of every row of so many lines, one object shared by them all: the sheet's writer
    asks a row's dimension only for its attributes, read once here instead of at each row."""

    def __init__(self, sheet: WriteOnlyWorksheet, lines: int) -> None:
        super().__init__(sheet, ht=lines * _LINE_POINTS)  # type: ignore[arg-type]  # any sheet will do
        self.attributes = tuple(super().__iter__())

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.attributes)


@functools.cache
def _wide_runs() -> re.Pattern[str]:
    """Runs of wide characters (Unicode's East Asian Wide and Fullwidth; every assigned one is within
    the first four planes), as ranges found once: a regex counts them ten times faster than a look-up
    of each character."""
    ranges: list[str] = []
    start: int | None = None
    for code in range(0x40001):
        wide = code < 0x40000 and unicodedata.east_asian_width(chr(code)) in "WF"
        if wide and start is None:
            start = code
        elif not wide and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


def _display_width(text: str) -> int:
    """Width in a column's units: a Chinese (wide) character takes two."""
    return len(text) + sum(map(len, _wide_runs().findall(text)))


def wrapped_lines(text: str, width: int) -> int:
    """The lines ``text`` takes wrapped in a column ``width`` wide (at most as many as a row can show)."""
    most = _MOST_POINTS // _LINE_POINTS
    per_line = max(1, width - 1)  # a column shows about a character less than its width
    count = 0
    for line in text.split("\n"):
        count += max(1, -(-_display_width(line[: per_line * most]) // per_line))
        if count >= most:
            return most
    return count


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
    header bold and frozen, a filter over the whole table; printed landscape on A4, as many pages
    high as it takes but one page wide, the header row repeated on every page."""
    sheet: WriteOnlyWorksheet = book.create_sheet(title)
    # The stubs leave out what Worksheet._setup gives a write-only sheet (dimensions, filter, print).
    for index, (_title, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width  # type: ignore[attr-defined]
    setup = sheet.page_setup  # type: ignore[attr-defined]
    setup.orientation, setup.paperSize = "landscape", Worksheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True  # type: ignore[attr-defined]  # where a tall row ends, on paper
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"  # type: ignore[attr-defined]
    sheet.append([header_cell(sheet, header) for header, _width in columns])
    return sheet


def write_workbook(
    path: Path,
    entries: Iterable[tuple[CellValue, ...]],
    total: int,
    tag_counts: dict[str, list[tuple[str, int]]],
    analysis: Sequence[tuple[CellValue, ...]],
    progress: Progress | None = None,
) -> int:
    """Write the workbook; ``entries`` are rows in :data:`ENTRY_COLUMNS` order, ``analysis`` rows in
    :data:`ANALYSIS_COLUMNS` order (the rate a fraction). Returns the entries written.

    The file appears only when complete (written beside it, then renamed).

    Raises:
        WorkbookCancelled: ``progress`` returned False.
    """
    book = Workbook(write_only=True)
    sheet = table_sheet(book, ENTRIES_SHEET, ENTRY_COLUMNS, total)
    written = 0
    (_, title_width), (_, content_width) = ENTRY_COLUMNS[1:3]
    dimensions = sheet.row_dimensions  # type: ignore[attr-defined]
    title_cell, content_cell = wrapping_cell(sheet), wrapping_cell(sheet)
    heights: dict[int, _RowHeight] = {}
    for row in entries:
        # Only the title and the content may wrap, and are styled only when they do: styling every cell
        # would double the time. Empty text is left out (None): a blank cell is not written at all.
        title_lines = wrapped_lines(str(row[1] or ""), title_width)
        content_lines = wrapped_lines(str(row[2] or ""), content_width)
        if (lines := max(title_lines, content_lines)) > 1:  # written with the row, then forgotten
            if (height := heights.get(lines)) is None:
                height = heights[lines] = _RowHeight(sheet, lines)
            dimensions[written + 2] = height
        title = cell_value(sheet, row[1], title_cell if title_lines > 1 else None)
        content = cell_value(sheet, row[2], content_cell if content_lines > 1 else None)
        sheet.append([row[0], title, content, *(cell_value(sheet, value) for value in row[3:])])
        dimensions.pop(written + 2, None)
        written += 1
        if progress is not None and written % 500 == 0 and not progress(written):
            raise WorkbookCancelled()
    tags = table_sheet(book, TAGS_SHEET, TAG_COLUMNS, sum(map(len, tag_counts.values())))
    for kind, counts in tag_counts.items():
        for name, count in counts:
            tags.append([cell_value(tags, kind), cell_value(tags, name) or "（未标注）", count])
    quarterly = table_sheet(book, ANALYSIS_SHEET, ANALYSIS_COLUMNS, len(analysis))
    for values in analysis:
        cells = [cell_value(quarterly, value) for value in values]
        for column, number_format in _ANALYSIS_FORMATS.items():
            cells[column] = number = WriteOnlyCell(quarterly, value=values[column])
            number.number_format = number_format
        quarterly.append(cells)
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

    @property
    def described(self) -> Message:
        """Where and what: ``工作表“知识库条目”第 3 行“业务类型”列：无法识别的业务类型“火星业务”``."""
        where = (
            Message(
                QT_TRANSLATE_NOOP("messages", "工作表“{sheet}”第 {row} 行“{column}”列"),
                sheet=self.sheet,
                row=self.row,
                column=self.column,
            )
            if self.column
            else Message(
                QT_TRANSLATE_NOOP("messages", "工作表“{sheet}”第 {row} 行"), sheet=self.sheet, row=self.row
            )
        )
        return Message(QT_TRANSLATE_NOOP("messages", "{where}：{problem}"), where=where, problem=self.message)

    def __str__(self) -> str:
        return str(self.described)


class WorkbookUnreadable(Exception):
    """Not a workbook this app can import: damaged, not ours, or over a limit (one line: a message of
    app.domain.message)."""


#: What an import reads at most: a sheet with content past these is refused whole, and its reading stops
#: there. 200,000 entries of the export's usual length unpack to some 215 MB.
MAX_ROWS = 200_000  # data rows under the header
MAX_COLUMNS = 50
MAX_UNPACKED = 1 << 30  # the workbook's parts together, as their sizes are declared in the zip


class _CountedSource:
    """The sheet's XML as the parser pulls it, reporting how far it got (and cancelling)."""

    def __init__(self, raw: IO[bytes], total: int, progress: ReadProgress | None) -> None:
        self._raw, self._total, self._progress, self._done = raw, max(1, total), progress, 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        self._done += len(chunk)
        if self._progress is not None and not self._progress(self._done, self._total):
            raise WorkbookCancelled()
        return chunk


class _RowParser(WorkSheetParser):
    """openpyxl's row parser with a short way through inline strings (the way openpyxl writes text): its
    general rich-text reading took a third of a large import. Only their text is wanted."""

    def parse_cell(self, element: Element) -> dict[str, Any]:
        if element.get("t") == "inlineStr" and (inline := element.find(_MAIN + "is")) is not None:
            runs = (run.findtext(_MAIN + "t") or "" for run in inline.iterfind(_MAIN + "r"))
            element.set("t", "str")  # a formula's text result: read as the text of <v>
            SubElement(element, _MAIN + "v").text = "".join([inline.findtext(_MAIN + "t") or "", *runs])
        return super().parse_cell(element)


def read_entries(path: Path, progress: ReadProgress | None = None) -> Iterator[tuple[int, dict[str, object]]]:
    """(row number, values by header) for each filled row of the entries sheet, in one streaming pass.

    Reads the cells that are there: the sheet's declared size (``<dimension>``) is ignored and empty
    cells are skipped, so neither a wrong nor a huge declaration costs anything. ``progress(bytes read,
    bytes in all)`` of the sheet's XML may return False to cancel.

    Raises:
        WorkbookUnreadable: not an .xlsx file or a damaged one (the same message whatever the damage),
            no entries sheet, other headers, or content past :data:`MAX_ROWS` / :data:`MAX_COLUMNS`.
        WorkbookCancelled: ``progress`` returned False.
    """
    name = path.name
    if not path.is_file():
        raise WorkbookUnreadable(
            Message(QT_TRANSLATE_NOOP("messages", "无法读取“{name}”：文件不存在"), name=name)
        )
    try:
        # openpyxl's reader, step by step: load_workbook would also parse every sheet whole, looking
        # for its declared size, before a row is read.
        reader = ExcelReader(path, read_only=True, data_only=True)
        with reader.archive:
            if sum(info.file_size for info in reader.archive.infolist()) > MAX_UNPACKED:
                raise WorkbookUnreadable(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "无法读取“{name}”：解压后超过 {limit} MB（导入的上限）"
                        ),
                        name=name,
                        limit=MAX_UNPACKED >> 20,
                    )
                )
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            sheets = {sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()}
            if ENTRIES_SHEET not in sheets:
                raise WorkbookUnreadable(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "无法读取“{name}”：没有名为“{sheet}”的工作表"),
                        name=name,
                        sheet=ENTRIES_SHEET,
                    )
                )
            info = reader.archive.getinfo(sheets[ENTRIES_SHEET])
            with reader.archive.open(info) as raw:
                # openpyxl's row parser, as its read-only sheet uses it but without padding every row to
                # the declared dimension: only the cells in the file, with their columns.
                parser = _RowParser(
                    _CountedSource(raw, info.file_size, progress),
                    reader.shared_strings,
                    data_only=True,
                    epoch=reader.wb.epoch,
                    date_formats=reader.wb._date_formats,  # type: ignore[attr-defined]
                    timedelta_formats=reader.wb._timedelta_formats,  # type: ignore[attr-defined]
                )
                yield from _entry_rows(name, parser.parse())
    except (WorkbookUnreadable, WorkbookCancelled):
        raise
    except Exception as error:  # hostile input breaks zipfile, zlib, the XML parser and openpyxl in many ways
        raise WorkbookUnreadable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "无法读取“{name}”：不是有效的 Excel 工作簿（.xlsx），或文件已损坏、已加密"
                ),
                name=name,
            )
        ) from error


def _entry_rows(
    name: str, rows: Iterator[tuple[int, list[dict[str, Any]]]]
) -> Iterator[tuple[int, dict[str, object]]]:
    """The filled rows under the header row (row 1, checked), within the limits."""
    expected = [header for header, _width in ENTRY_COLUMNS]
    header_seen = False
    for number, cells in rows:
        values: list[object] = [None] * len(expected)
        filled = False
        for cell in cells:
            value = cell["value"]
            if value is None or value == "":
                continue
            if cell["column"] > MAX_COLUMNS:
                raise WorkbookUnreadable(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "无法读取“{name}”：工作表“{sheet}”第 {row} 行第 {column} 列有内容，超过 {limit} 列的上限",  # noqa: E501
                        ),
                        name=name,
                        sheet=ENTRIES_SHEET,
                        row=number,
                        column=cell["column"],
                        limit=MAX_COLUMNS,
                    )
                )
            filled = True
            if cell["column"] <= len(expected):
                values[cell["column"] - 1] = value
        if not filled:
            continue
        if number > MAX_ROWS + 1:
            raise WorkbookUnreadable(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "无法读取“{name}”：工作表“{sheet}”超过 {limit} 行数据（导入的上限），请分成几个文件导入",  # noqa: E501
                    ),
                    name=name,
                    sheet=ENTRIES_SHEET,
                    limit=f"{MAX_ROWS:,}",
                )
            )
        if not header_seen:
            if number != 1 or [as_text(v).strip() for v in values] != expected:
                break
            header_seen = True
            continue
        yield number, dict(zip(expected, values, strict=True))
    if not header_seen:
        raise WorkbookUnreadable(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "无法读取“{name}”：工作表“{sheet}”的表头与导出格式不一致，应为：{headers}"
                ),
                name=name,
                sheet=ENTRIES_SHEET,
                headers=tuple(expected),
            )
        )


def as_text(value: object) -> str:
    """A cell read back as text (stripping the apostrophe that earlier exports put before formula-like
    text to keep it text; a formula-like text cell now reads back as typed)."""
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
