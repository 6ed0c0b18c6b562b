"""The knowledge base at office scale: export to Excel (time and peak memory) and two-character search.

Usage: python -m tests.benchmarks.knowledge [--cases 20000] [--runs 5] [--json FILE]

On a copy of the cached office (30,000 entries at 20,000 cases):
- export: ``expedite-desk export-kb`` in a fresh process, wall time and the whole process's peak
  resident memory (targets ≤ 5 s and ≤ 200 MB); median of the runs;
- search: a two-character Chinese word over all entries, as the knowledge-base page asks it
  (the newest matches, up to the page's limit); median after a warm-up (target ≤ 100 ms).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.db.database import open_database
from app.usecases.knowledge import EntryQuery, search_entries
from tests.benchmarks.figures import Figure, benchmark_main, median_ms, timed_runs
from tests.benchmarks.office import office_copy, office_sizes

#: What the knowledge-base page lists at once (ui.pages.knowledge_page.SHOWN_ENTRIES).
SHOWN = 2000


def _export_once(database_url: str, out: Path) -> tuple[float, float]:
    """(seconds, peak MB) of one export in a fresh process."""
    began = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "app", "--database", database_url, "export-kb", "--out", str(out)],
                   check=True, capture_output=True, env=os.environ.copy())  # fmt: skip
    elapsed = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024  # kB on Linux


def measure(args) -> list[Figure]:
    entries = office_sizes(args.cases)["kb_entries"]
    with office_copy(args.cases) as copy:
        url = f"sqlite:///{copy}"
        exports = [_export_once(url, copy.parent / f"kb{n}.xlsx") for n in range(args.runs)]
        database = open_database(url)
        words = iter(["清算", "税务", "窗口", "签字", "公告", "预约"] * args.runs)
        searches = timed_runs(
            lambda: search_entries(database, EntryQuery(next(words)), limit=SHOWN + 1), args.runs
        )
        database.dispose()
    sample = f"{entries:,} 条，{args.runs} 次"
    return [
        Figure("kb_export", f"导出 {entries:,} 条知识库条目到 Excel（新进程）",
               statistics.median(e[0] for e in exports), "s", 5, sample + "中位数"),
        Figure("kb_export_peak_memory", "导出时整个进程的内存峰值", max(e[1] for e in exports), "MB", 200,
               sample + "中最大"),
        Figure("kb_search_two_characters", "知识库中搜索两个汉字", median_ms(searches), "ms", 100,
               sample + "中位数"),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=5)
