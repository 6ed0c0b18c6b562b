"""One knowledge-base export as the app runs it, in this fresh process (the knowledge benchmark's child).

Usage: python -m tests.benchmarks.knowledge_export DATABASE_URL OUT.xlsx

Opens the office as the app does (migrations checked, built-ins imported), then times the export the
user waits for after choosing the file; prints ``{"seconds": …, "peak_mb": …, "bare_seconds": …}``, the
peak being the whole process's (Python, SQLAlchemy, openpyxl and the export together) and the bare time
openpyxl's own floor: its write-only workbook writing the same sheets, rows and cells (read back from
the export, untimed), with no styles and no database.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from app.startup import open_office_database
from app.usecases.knowledge_io import export_knowledge
from tests.benchmarks.figures import process_memory_mb


def main() -> None:
    url, out = sys.argv[1], Path(sys.argv[2])
    database = open_office_database(url, daily_backup=False).database
    began = time.perf_counter()
    export_knowledge(database, out)
    seconds = time.perf_counter() - began
    database.dispose()
    peak_mb = process_memory_mb()["VmHWM"]
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "bare_seconds": _bare_write(out)}))


def _bare_write(exported: Path) -> float:
    """Seconds openpyxl's write-only workbook takes to write what ``exported`` holds."""
    read = load_workbook(exported, read_only=True)
    sheets = {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in read}
    read.close()
    began = time.perf_counter()
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(exported.with_suffix(".bare.xlsx"))
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
