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
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from tests.benchmarks.figures import Figure, format_table, read_json, write_json
from tests.benchmarks.office import BACKEND_ENV, CACHE, RTT_ENV, office_sizes

#: In the order of the table; each is tests/benchmarks/<name>.py.
MODULES = (
    "cold_start",
    "board",
    "gantt",
    "gantt_overview",
    "scheduling",
    "intake",
    "letter",
    "knowledge",
    "knowledge_import",
    "memory",
    "dashboard",
    "day",
)
#: Run only when named (`make bench ONLY=scale`): the first run generates a 100,000-case office.
OPT_IN = ("scale",)
#: The modules that open the office through tests.benchmarks.office.open_office, so measure it on
#: PostgreSQL with `--db postgres` (the others start programs on a file, or make data of their own).
ON_POSTGRES = ("board", "gantt", "gantt_overview", "intake", "letter", "memory", "dashboard", "day")
#: The targets on PostgreSQL at a 1 ms round trip (ms); at any other, each is 3 × its 1 ms figure.
POSTGRES_TARGETS = {
    "board_card_move": 60,
    "intake_to_board": 100,
    "case_window_opened": 200,
    "gantt_drag_edit": 60,
    "board_first_shown": 300,
    "dashboard_painted": 300,
}
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


def postgres_targets(figures: list[Figure], rtt_ms: float) -> list[Figure]:
    """The figures with their targets on PostgreSQL: :data:`POSTGRES_TARGETS` at 1 ms; at another
    round trip 3 × the figure of the last 1 ms run (.bench/results-postgres-1ms.json), if any."""
    if rtt_ms == 1:
        targets = dict(POSTGRES_TARGETS)
        source = "1 ms 往返"
    else:
        measured = CACHE / "results-postgres-1ms.json"
        at_1ms = {f.key: f.measured for f in read_json(measured)} if measured.exists() else {}
        targets = {key: round(3 * at_1ms[key], 1) for key in POSTGRES_TARGETS if key in at_1ms}
        source = "3 × 1 ms 往返时的测得值" if at_1ms else "no 1 ms run yet（尚无 1 ms 往返的测量）"
    return [
        replace(
            f,
            target=targets.get(f.key),
            detail=f"{f.detail}；目标：{source}",
        )
        if f.key in POSTGRES_TARGETS
        else f
        for f in figures
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--enforce", action="store_true", help="exit 1 when a figure misses its target")
    parser.add_argument("--json", type=Path, help="default .bench/results.json, results-postgres-1ms.json …")
    parser.add_argument("--only", nargs="+", choices=MODULES + OPT_IN, metavar="MODULE")
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--rtt-ms", type=float, default=1.0, help="round trip added to PostgreSQL's")
    args = parser.parse_args()
    on_postgres = args.db == "postgres"
    args.only = args.only or (ON_POSTGRES if on_postgres else MODULES)
    if on_postgres and set(args.only) - set(ON_POSTGRES):
        parser.error(f"on PostgreSQL only: {' '.join(ON_POSTGRES)}")
    if args.json is None:
        args.json = CACHE / (f"results-postgres-{args.rtt_ms:g}ms.json" if on_postgres else "results.json")
    os.environ[BACKEND_ENV], os.environ[RTT_ENV] = args.db, str(args.rtt_ms)  # for the modules

    sizes = office_sizes(args.cases)  # generates the office on first use
    office = "，".join(f"{SIZE_LABELS[key]} {value:,}" for key, value in sizes.items())
    print(f"大型示例机构：{office}", file=sys.stderr)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only:
            figures += run_module(name, args.cases, Path(folder))
    if on_postgres:
        figures = postgres_targets(figures, args.rtt_ms)

    machine = f"{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}"
    print(f"\n加急工作台性能基准（{datetime.now():%Y-%m-%d %H:%M}；{machine}）")
    print(f"大型示例机构：{office}")
    if on_postgres:
        print(f"数据库：本机 PostgreSQL，经延迟代理，每次往返加 {args.rtt_ms:g} ms")
    print()
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
