"""Resident memory of the app with the large office open (target ≤ 300 MB).

Usage: python -m tests.benchmarks.memory [--cases 20000] [--json FILE]

A fresh process, offscreen, as the app runs: the main window on a copy of the cached office, every
page shown once (the office board's cards, the all-cases Gantt, the cases list, the knowledge base …)
and painted; then the process's resident set (VmRSS) and its peak so far (VmHWM) from /proc.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.database import open_database  # noqa: E402
from tests.benchmarks.figures import Figure, benchmark_main, process_memory_mb  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402
from ui.main_window import PAGE_KEYS, MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


def measure(args) -> list[Figure]:
    app = QApplication.instance() or QApplication([])
    register_cjk_font(app)
    with office_copy(args.cases) as copy, tempfile.TemporaryDirectory() as config:
        database = open_database(f"sqlite:///{copy}")
        window = MainWindow(database, Preferences(Path(config) / "preferences.ini"))
        window.resize(1500, 900)
        window.show()
        for key in PAGE_KEYS:
            window.show_page(key)
            window.repaint()
            app.processEvents()
        gc.collect()
        memory = process_memory_mb()
        window.close()
        database.dispose()
    sample = f"{args.cases:,} 个案件，打开全部 {len(PAGE_KEYS)} 个页面"
    return [
        Figure("app_resident_memory", "应用常驻内存（大型机构）", memory["VmRSS"], "MB", 300, sample),
        Figure("app_peak_memory", "应用内存峰值（同上）", memory["VmHWM"], "MB", None, sample),
    ]


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=1)
