"""Scheduling a 2,000-task plan on the office calendar (target ≤ 20 ms per run).

Usage: python -m tests.benchmarks.scheduling [--runs 30] [--json FILE]

The plan is a wide random network (seeded): each task waits for up to three of the 60 tasks
before it, a fifth of the links start-to-start with a lag. One run = forward and backward pass,
slack, critical chain, projected finish and feasibility, as the GUI asks for them.
"""

from __future__ import annotations

import random
import time
from datetime import datetime

from app.domain.scheduling import Link, PlanTask, schedule_plan
from app.domain.vocabulary import DependencyKind
from app.domain.working_calendar import WorkingCalendar
from tests.benchmarks.figures import Figure, benchmark_main, median_ms

TASKS = 2000


def random_plan(size: int, seed: int = 1) -> list[PlanTask]:
    rng = random.Random(seed)
    tasks = []
    for index in range(size):
        candidates = range(max(0, index - 60), index)
        kinds = (DependencyKind.START_TO_START, DependencyKind.FINISH_TO_START)
        links = tuple(
            Link(str(p), kinds[rng.random() >= 0.2], rng.choice((0, 0, 30, 60)))
            for p in rng.sample(candidates, min(len(candidates), rng.randint(1, 3)))
        )
        tasks.append(PlanTask(str(index), f"任务{index}", rng.randint(1, 16) * 30, links))
    return tasks


def run_once(plan: list[PlanTask], calendar: WorkingCalendar, start: datetime, deadline: datetime) -> float:
    began = time.perf_counter()
    schedule = schedule_plan(plan, calendar, start, deadline)
    schedule.critical_chain()
    schedule.feasibility()
    return time.perf_counter() - began


def measure(args) -> list[Figure]:
    plan = random_plan(TASKS)
    calendar = WorkingCalendar()
    start, deadline = datetime(2026, 11, 23, 9), datetime(2027, 3, 1, 18)
    run_once(plan, calendar, start, deadline)  # warm-up: fills the calendar's day cache
    samples = [run_once(plan, calendar, start, deadline) for _ in range(args.runs)]
    return [
        Figure("schedule_2000_tasks", f"排程 {TASKS:,} 个任务的计划", median_ms(samples), "ms", 20,
               f"{args.runs} 次中位数"),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=30, cases=False)
