"""The audit trail as an Excel workbook: one row per recorded change, newest first.

Written like the knowledge-base export (reports/knowledge_workbook.py, whose helpers it uses): rows
streamed, a frozen header with an autofilter, set widths, printed landscape fit to the page's width,
real date-times, and text that a spreadsheet would take for a formula stored as a text cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from reports.knowledge_workbook import CellValue, cell_value, table_sheet

AUDIT_SHEET = "修改记录"
#: (header, width) of the columns, in order.
AUDIT_COLUMNS = (
    ("时间", 18), ("人员", 10), ("案件", 16), ("对象", 14), ("对象编号", 10), ("操作", 8), ("字段", 16),
    ("原值", 40), ("新值", 40),
)  # fmt: skip


def write_audit_workbook(
    path: Path, rows: Iterable[tuple[datetime, *tuple[CellValue, ...]]], total: int
) -> int:
    """Write ``rows`` (in :data:`AUDIT_COLUMNS` order, the time a datetime) to ``path``; returns how many.

    The file appears only when complete (written beside it, then renamed).
    """
    book = Workbook(write_only=True)
    sheet = table_sheet(book, AUDIT_SHEET, AUDIT_COLUMNS, total)
    written = 0
    for at, *rest in rows:
        when = WriteOnlyCell(sheet, value=at)
        when.number_format = "yyyy-mm-dd hh:mm:ss"
        sheet.append([when, *(cell_value(sheet, value) for value in rest)])
        written += 1
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)
    return written
