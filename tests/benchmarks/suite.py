"""The benchmark suite: every figure of Expedite Desk on the large sample office, against its target.

Usage: python -m tests.benchmarks.suite [--cases 20000] [--enforce] [--json FILE] [--only MODULE …]

Generates (once, cached in .bench/) the large office with the sample-data generator, then runs each
benchmark module in a fresh process, so no figure pays for another's memory or warm caches. Prints
one table (figure, measured, target, pass/fail) and writes the same as JSON (.bench/results.json).
Exits non-zero only with --enforce (`make bench ENFORCE=1`) and a figure over its target.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from tests.benchmarks.figures import Figure, format_table, read_json, write_json
from tests.benchmarks.office import CACHE, office_sizes

#: In the order of the table; each is tests/benchmarks/<name>.py.
MODULES = (
    "cold_start",
    "board",
    "gantt",
    "scheduling",
    "intake",
    "letter",
    "knowledge",
    "knowledge_import",
    "memory",
    "dashboard",
)
SIZE_LABELS = {
    "clients": "客户",
    "cases": "案件",
    "open_cases": "在办案件",
    "tasks": "任务",
    "kb_entries": "知识库条目",
}


def run_module(name: str, cases: int, folder: Path) -> list[Figure]:
    out = folder / f"{name}.json"
    command = [sys.executable, "-m", f"tests.benchmarks.{name}", "--json", str(out)]
    if name not in ("scheduling", "knowledge_import"):  # these make their own data
        command += ["--cases", str(cases)]
    started = time.perf_counter()
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    if result.returncode != 0:
        print(f"{name}: failed\n{result.stdout}{result.stderr}", file=sys.stderr)
        raise SystemExit(2)
    print(f"  {name:<11} {time.perf_counter() - started:5.0f} s", file=sys.stderr, flush=True)
    return read_json(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a figure misses its target")
    parser.add_argument("--json", type=Path, default=CACHE / "results.json")
    parser.add_argument("--only", nargs="+", choices=MODULES, default=MODULES, metavar="MODULE")
    args = parser.parse_args()

    sizes = office_sizes(args.cases)  # generates the office on first use
    office = "，".join(f"{SIZE_LABELS[key]} {value:,}" for key, value in sizes.items())
    print(f"大型示例机构：{office}", file=sys.stderr)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only:
            figures += run_module(name, args.cases, Path(folder))

    machine = f"{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}"
    print(f"\n加急工作台性能基准（{datetime.now():%Y-%m-%d %H:%M}；{machine}）")
    print(f"大型示例机构：{office}\n")
    print(format_table(figures))
    write_json(figures, args.json, measured_at=datetime.now().isoformat(timespec="seconds"), machine=machine,
               office=sizes)  # fmt: skip
    misses = [figure for figure in figures if figure.passed is False]
    print(f"\n{len(figures) - len(misses)}/{len(figures)} 项达标或仅作记录；JSON：{args.json}")
    if args.enforce and misses:
        print("未达目标：" + "、".join(figure.name for figure in misses), file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
