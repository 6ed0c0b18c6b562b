"""Cold start: process start to the main window shown, offscreen, on a large sample office.

Usage: python -m tests.benchmarks.cold_start [--cases 20000] [--runs 7]

The sample office is generated once and cached in .bench/; each run starts a fresh process with
the startup probe, which prints the wall-clock time the window was shown and quits. Reports the
median after one warm-up run, and the same on an empty office to show the cost of the data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.config import STARTUP_PROBE_ENV
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
        [sys.executable, "-m", "app", "--database", f"sqlite:///{database}"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    line = next(line for line in result.stdout.splitlines() if line.startswith(PROBE_PREFIX))
    return float(line.removeprefix(PROBE_PREFIX)) - started


def measure(cases: int, runs: int) -> float:
    database = sample_office_file(cases)
    with tempfile.TemporaryDirectory() as config_dir:
        _start_once(database, config_dir)  # warm-up: OS file cache, .pyc files
        samples = [_start_once(database, config_dir) for _ in range(runs)]
    median = statistics.median(samples)
    print(
        f"cold start, {cases:>6} cases: median {median * 1000:.0f} ms "
        f"(min {min(samples) * 1000:.0f}, max {max(samples) * 1000:.0f}, {runs} runs)"
    )
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    measure(args.cases, args.runs)
    measure(0, args.runs)


if __name__ == "__main__":
    main()
