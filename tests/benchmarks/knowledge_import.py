"""Knowledge-base import at its stated limit: 200,000 new entries from one workbook (time and peak memory).

Usage: python -m tests.benchmarks.knowledge_import [--runs 1] [--rows 200000] [--json FILE]

Writes a workbook as the export writes it (no 编号: every row a new entry, the import's largest plan)
into a temporary folder with an empty office beside it; then, in a fresh process per run, the import
as `expedite-desk import-kb` runs it: the whole import timed (read, check, write; target ≤ 60 s) and
the whole process's peak resident memory (≤ 300 MB). Medians and maxima of the runs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from app.db.database import open_database
from app.db.migrate import upgrade
from app.domain.permissions import SYSTEM
from app.domain.retrospective import DEFAULT_TAGS, TagKind
from app.domain.vocabulary import ServiceType
from reports.knowledge_workbook import CellValue, write_workbook
from tests.benchmarks.figures import Figure, benchmark_main, process_memory_mb

ROWS = 200_000


def sample_rows(count: int, seed: int = 2026):
    """``count`` entry rows in the export's column order, Chinese text of a review's length."""
    rng = random.Random(seed)
    problems, risks = DEFAULT_TAGS[TagKind.PROBLEM], DEFAULT_TAGS[TagKind.RISK_LEVEL]
    solutions, services = DEFAULT_TAGS[TagKind.SOLUTION], [s.label for s in ServiceType]
    start = datetime(2022, 1, 1, 9, 0)
    for n in range(count):
        problem = rng.choice(problems)
        row: tuple[CellValue, ...] = (
            None, f"经验 {n}：{problem}导致补正",
            f"提交前逐页核对签字页与股东名册（第 {n} 号），使用双人复核清单。",
            "手工录入", rng.choice(("刘芳", "周明远", "陈静")), None, problem, rng.choice(risks),
            rng.choice(solutions), "制造", rng.choice(services), None, round(rng.uniform(0, 40), 1),
            start + timedelta(minutes=n), None,
        )  # fmt: skip
        yield row


def write_sample(path: Path, count: int) -> None:
    write_workbook(path, sample_rows(count), count, {}, [])


def _child(url: str, path: Path) -> None:
    """One import in this process; prints ``{"seconds", "peak_mb", "before_mb", "added", "problems"}``."""
    from app.startup import open_office_database
    from app.usecases.knowledge_io import import_knowledge

    database = open_office_database(url, daily_backup=False).database
    database.actor = SYSTEM  # the figures are the use case's, not a role's
    before = process_memory_mb()["VmRSS"]
    began = time.perf_counter()
    report = import_knowledge(database, path, database.clock.now(), dry_run=False)
    seconds = time.perf_counter() - began
    database.dispose()
    peak = process_memory_mb()["VmHWM"]
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "before_mb": before, "added": report.added,
                      "problems": report.problem_count}))  # fmt: skip


def measure(args: argparse.Namespace) -> list[Figure]:
    rows = getattr(args, "rows", ROWS)
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "知识库.xlsx"
        write_sample(path, rows)
        for n in range(args.runs):
            url = f"sqlite:///{Path(folder) / f'office{n}.sqlite3'}"
            database = open_database(url)
            database.actor = SYSTEM  # the figures are the use cases', not a role's
            upgrade(database)
            database.dispose()
            result = subprocess.run(
                [sys.executable, "-m", "tests.benchmarks.knowledge_import", "--child", url, str(path)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            runs.append(json.loads(result.stdout.splitlines()[-1]))
            assert runs[-1]["added"] == rows and not runs[-1]["problems"], runs[-1]
    sample = f"{rows:,} 条新条目，{args.runs} 次"
    return [
        Figure("kb_import", f"从 Excel 导入 {rows:,} 条知识库条目",
               statistics.median(r["seconds"] for r in runs), "s", 60, sample + "中位数"),
        Figure("kb_import_peak_memory", "导入时整个进程的内存峰值",
               max(r["peak_mb"] for r in runs), "MB", 300, sample + "中最大"),
    ]  # fmt: skip


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], Path(sys.argv[3]))
    else:
        benchmark_main(__doc__, measure, runs=1, cases=False)
