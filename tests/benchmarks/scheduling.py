"""Scheduling a 2,000-task plan on the office calendar (target ≤ 20 ms per run).

Usage: python -m tests.benchmarks.scheduling [--tasks 2000] [--runs 30]

The plan is a wide random network (seeded): each task waits for up to three of the 60 tasks
before it, a fifth of the links start-to-start with a lag. One run = forward and backward pass,
slack, critical chain, projected finish and feasibility, as the GUI asks for them.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import datetime

from app.domain.scheduling import Link, PlanTask, schedule_plan
from app.domain.vocabulary import DependencyKind
from app.domain.working_calendar import WorkingCalendar


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    plan = random_plan(args.tasks)
    calendar = WorkingCalendar()
    start, deadline = datetime(2026, 11, 23, 9), datetime(2027, 3, 1, 18)
    run_once(plan, calendar, start, deadline)  # warm-up: fills the calendar's day cache
    samples = [run_once(plan, calendar, start, deadline) for _ in range(args.runs)]
    print(
        f"schedule {args.tasks} tasks: median {statistics.median(samples) * 1000:.1f} ms "
        f"(min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f}, {args.runs} runs; target ≤ 20 ms)"
    )


if __name__ == "__main__":
    main()
