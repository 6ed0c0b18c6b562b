"""The knowledge base at office scale: export to Excel (time and peak memory) and two-character search.

Usage: python -m tests.benchmarks.knowledge [--cases 20000] [--runs 5] [--json FILE]

On a copy of the cached office (30,000 entries at 20,000 cases):
- export: in a fresh process that opens the office as the app does, the export itself timed (what the
  user waits for after choosing the file; target ≤ 1.10 × openpyxl's own bare write-only time for the
  same rows and cells, measured in the same process right after) and the whole process's peak resident memory
  (≤ 200 MB); also the process's whole wall time, as `expedite-desk export-kb` would take with Python's
  start and the imports (reported, not judged); medians of the runs;
- search: a two-character Chinese word over all entries, as the knowledge-base page asks it
  (the newest matches, up to the page's limit); median after a warm-up (target ≤ 100 ms).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.db.database import open_database
from app.domain.permissions import SYSTEM
from app.usecases.knowledge import EntryQuery, search_entries
from tests.benchmarks.figures import Figure, benchmark_main, median_ms, timed_runs
from tests.benchmarks.office import office_copy, office_sizes

#: The export may take this much longer than openpyxl's bare write-only writing of the same cells: what
#: it adds (the query, the rows' texts, the column styles) is a tenth of what the library itself costs.
BARE_RATIO = 1.10
#: What the knowledge-base page lists at once (ui.knowledge.knowledge_page.SHOWN_ENTRIES).
SHOWN = 2000


def _export_once(database_url: str, out: Path) -> tuple[float, float, float, float]:
    """(export seconds, process seconds, peak MB, openpyxl's bare seconds) of one export in a fresh
    process."""
    began = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.knowledge_export", database_url, str(out)],
        check=True, capture_output=True, text=True, env=os.environ.copy(),
    )  # fmt: skip
    process = time.perf_counter() - began
    measured = json.loads(result.stdout.splitlines()[-1])
    return measured["seconds"], process, measured["peak_mb"], measured["bare_seconds"]


def measure(args) -> list[Figure]:
    entries = office_sizes(args.cases)["kb_entries"]
    with office_copy(args.cases) as copy:
        url = f"sqlite:///{copy}"
        exports = [_export_once(url, copy.parent / f"kb{n}.xlsx") for n in range(args.runs)]
        database = open_database(url)
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        words = iter(["清算", "税务", "窗口", "签字", "公告", "预约"] * args.runs)
        searches = timed_runs(
            lambda: search_entries(database, EntryQuery(next(words)), limit=SHOWN + 1), args.runs
        )
        database.dispose()
    sample = f"{entries:,} 条，{args.runs} 次"
    bare = statistics.median(e[3] for e in exports)
    return [
        Figure("kb_export", f"导出 {entries:,} 条知识库条目到 Excel",
               statistics.median(e[0] for e in exports), "s", round(BARE_RATIO * bare, 2),
               sample + f"中位数；目标为 openpyxl 只写模式写同样单元格的 {BARE_RATIO:.2f} 倍"),
        Figure("kb_export_bare_openpyxl", "同样的行与单元格：openpyxl 只写模式本身", bare, "s", None,
               sample + "中位数，不含数据库与样式"),
        Figure("kb_export_peak_memory", "导出时整个进程的内存峰值", max(e[2] for e in exports), "MB", 200,
               sample + "中最大"),
        Figure("kb_export_process", "同上，含启动 Python 与打开数据库的进程全程",
               statistics.median(e[1] for e in exports), "s", None, sample + "中位数"),
        Figure("kb_search_two_characters", "知识库中搜索两个汉字", median_ms(searches), "ms", 100,
               sample + "中位数"),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=5)
