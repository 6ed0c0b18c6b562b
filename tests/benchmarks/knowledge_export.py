"""One knowledge-base export as the app runs it, in this fresh process (the knowledge benchmark's child).

Usage: python -m tests.benchmarks.knowledge_export DATABASE_URL OUT.xlsx

Opens the office as the app does (migrations checked, built-ins imported), then times the export the
user waits for after choosing the file; prints ``{"seconds": …, "peak_mb": …}``, the peak being the
whole process's (Python, SQLAlchemy, openpyxl and the export together).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

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
    print(json.dumps({"seconds": seconds, "peak_mb": process_memory_mb()["VmHWM"]}))


if __name__ == "__main__":
    main()
