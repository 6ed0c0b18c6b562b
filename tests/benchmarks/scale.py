"""The views at ten times the office: the board, the Gantt overview and the dashboard at 20,000 and at
100,000 cases, and how much each grew.

Usage: python -m tests.benchmarks.scale [--cases 20000] [--runs 1] [--json FILE]   (`make bench ONLY=scale`)

Each view is measured by its own benchmark module (board first shown, Gantt overview first shown,
dashboard refreshed and painted), in a fresh process on each office, ``--runs`` times (the median:
the machine's load moves the figures more than the growth does). The 100,000-case office is
generated once and cached like the other (20 minutes on a busy 2-core machine). A view should grow
with the open work, not with the history: open cases are the same share of both offices, so the
target is that a view grows by at most 1.2 × the open cases' growth.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.benchmarks.figures import Figure, benchmark_main
from tests.benchmarks.office import office_sizes
from tests.benchmarks.suite import run_module

LARGE = 100_000
#: (module, its figure's key, what the table calls the view)
VIEWS = (
    ("board", "board_first_shown", "全所看板首次显示"),
    ("gantt_overview", "gantt_overview_shown", "甘特图概览首次显示"),
    ("dashboard", "dashboard_painted", "工作台刷新并绘制"),
)
#: How much faster than the open work a view may grow.
SLACK = 1.2


def median_figure(figures: list[Figure]) -> Figure:
    return sorted(figures, key=lambda figure: figure.measured)[len(figures) // 2]


def measure(args) -> list[Figure]:
    sizes = (args.cases, LARGE)
    open_cases = [office_sizes(cases)["open_cases"] for cases in sizes]  # generates an office not cached
    open_growth = open_cases[1] / open_cases[0]
    measured: dict[tuple[str, int], list[Figure]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for module, key, _name in VIEWS:
            for _ in range(args.runs):  # the two sizes one after the other: the same load on the machine
                for cases in sizes:
                    figures = run_module(module, cases, Path(folder))
                    measured.setdefault((key, cases), []).append(next(f for f in figures if f.key == key))
    figures = []
    for _module, key, name in VIEWS:
        small, large = (median_figure(measured[key, cases]) for cases in sizes)
        growth = large.measured / small.measured
        figures += [
            Figure(f"scale_{key}_{LARGE}", f"{name}（{LARGE:,} 案件）", large.measured, "ms", None,
                   f"{sizes[0]:,} 案件时 {small.measured:.0f} ms，×{growth:.2f}；{large.detail}",
                   large.round_trips),
            Figure(f"scale_{key}_growth", f"　{sizes[0]:,} → {LARGE:,} 案件的增长", growth, "×",
                   round(open_growth * SLACK, 2),
                   f"×{growth:.2f}；在办案件 {open_cases[0]:,} → {open_cases[1]:,}（×{open_growth:.2f}），"
                   f"目标 ≤ 其 {SLACK} 倍：随在办工作增长，不随历史"),
        ]  # fmt: skip
    return figures


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=1)
