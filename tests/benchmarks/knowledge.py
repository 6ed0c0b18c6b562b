"""The knowledge base at office scale: export to Excel (time and peak memory) and two-character search.

Usage: python -m tests.benchmarks.knowledge [--cases 20000] [--runs 5]

On a copy of the cached office (30,000 entries at 20,000 cases):
- export: ``expedite-desk export-kb`` in a fresh process, wall time and the whole process's peak
  resident memory (targets ≤ 5 s and ≤ 200 MB); median of the runs;
- search: a two-character Chinese word over all entries, as the knowledge-base page asks it
  (the newest matches, up to the page's limit); median after a warm-up (target ≤ 100 ms).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.db.database import open_database
from app.usecases.knowledge import EntryQuery, search_entries
from tests.benchmarks.office import office_copy

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with office_copy(args.cases) as copy:
        folder = copy.parent
        url = f"sqlite:///{copy}"
        exports = [_export_once(url, Path(folder) / f"kb{n}.xlsx") for n in range(args.runs)]
        database = open_database(url)
        searches, found = [], 0
        for word in ("清算", "清算", "税务", "窗口", "签字", "公告", "预约"):
            began = time.perf_counter()
            found = len(search_entries(database, EntryQuery(word), limit=SHOWN + 1))
            searches.append(time.perf_counter() - began)
        database.dispose()
    seconds = statistics.median(e[0] for e in exports)
    peak = max(e[1] for e in exports)
    print(f"knowledge base, {args.cases} cases:")
    print(f"  export to Excel   median {seconds:.2f} s (target ≤ 5 s)")
    print(f"  peak memory       {peak:.0f} MB, whole process (target ≤ 200 MB)")
    print(f"  two-character search median {statistics.median(searches[1:]) * 1000:.1f} ms (target ≤ 100 ms;"
          f" last query {found} rows)")  # fmt: skip


if __name__ == "__main__":
    main()
