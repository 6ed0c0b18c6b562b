"""Cold start: process start to the main window shown, offscreen, on a large sample office.

Usage: python -m tests.benchmarks.cold_start [--cases 20000] [--runs 7] [--json FILE]

The sample office is generated once and cached in .bench/; each run starts a fresh process with
the startup probe, which prints the wall-clock time the main window's first paint is done (the
dashboard's figures are read right after it) and quits. Reports the median after one warm-up run,
and the same on an empty office to show the cost of the data.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.config import STARTUP_PROBE_ENV
from tests.benchmarks.figures import Figure, benchmark_main
from tests.benchmarks.office import sample_office_file

PROBE_PREFIX = "main-window-shown-at "


def _start_once(database: Path, config_dir: str) -> float:
    # A user's install keeps compiled bytecode; this sandbox's PYTHONDONTWRITEBYTECODE would not.
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "QT_QPA_PLATFORM": "offscreen",
        STARTUP_PROBE_ENV: "1",
        "EXPEDITE_DESK_CONFIG_DIR": config_dir,
    }
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--database", f"sqlite:///{database}"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    line = next(line for line in result.stdout.splitlines() if line.startswith(PROBE_PREFIX))
    return float(line.removeprefix(PROBE_PREFIX)) - started


def startup_median(cases: int, runs: int) -> float:
    """Milliseconds from process start to the main window shown, median after a warm-up run."""
    database = sample_office_file(cases)
    with tempfile.TemporaryDirectory() as config_dir:
        _start_once(database, config_dir)  # warm-up: OS file cache, .pyc files
        return statistics.median(_start_once(database, config_dir) for _ in range(runs)) * 1000


def measure(args) -> list[Figure]:
    sample = f"{args.runs} 次中位数"
    return [
        Figure("cold_start", f"冷启动到主窗口显示（{args.cases:,} 个案件）",
               startup_median(args.cases, args.runs), "ms", 700, sample),
        Figure("cold_start_empty", "冷启动到主窗口显示（空数据库）",
               startup_median(0, args.runs), "ms", 700, sample),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=7)
