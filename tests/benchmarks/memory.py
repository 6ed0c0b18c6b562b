"""Resident memory of the app with the large office open (target ≤ 300 MB).

Usage: python -m tests.benchmarks.memory [--cases 20000] [--json FILE]

A fresh process, offscreen, as the app runs: the main window on a copy of the cached office, every
page shown once (the office board's cards, the all-cases Gantt, the cases list, the knowledge base …)
and painted; then the process's resident set (VmRSS) and its peak so far (VmHWM) from /proc.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QThreadPool

from tests.benchmarks.figures import Figure, benchmark_main, process_memory_mb
from tests.benchmarks.office_window import office_window
from ui.main_window import PAGE_KEYS


def measure(args) -> list[Figure]:
    with office_window(args.cases) as (app, window, _database):
        for key in PAGE_KEYS:
            window.show_page(key)
            window.repaint()
            app.processEvents()
        pool = QThreadPool.globalInstance()
        while True:  # what the pages read on the thread pool, arrived and shown (which may read more)
            pool.waitForDone()
            app.processEvents()
            if not pool.activeThreadCount():
                break
        gc.collect()
        memory = process_memory_mb()
    sample = f"{args.cases:,} 个案件，打开全部 {len(PAGE_KEYS)} 个页面"
    return [
        Figure("app_resident_memory", "应用常驻内存（大型机构）", memory["VmRSS"], "MB", 300, sample),
        Figure("app_peak_memory", "应用内存峰值（同上）", memory["VmHWM"], "MB", None, sample),
    ]


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=1)
