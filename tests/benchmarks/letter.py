"""Rendering a confirmation letter, warm (target ≤ 200 ms).

Usage: python -m tests.benchmarks.letter [--cases 20000] [--runs 15] [--json FILE]

On a copy of the cached office: the letter of an open case composed from the database (parties,
plan scheduled from now, fees, clauses) and rendered to PDF bytes; median after two warm-up runs
(the first loads the font and the clause file).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.db.models import Case
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.usecases.letters import render_letter
from tests.benchmarks.figures import Figure, RoundTrips, benchmark_main, median_ms
from tests.benchmarks.office import open_office


def measure(args) -> list[Figure]:
    with open_office(args.cases) as database:
        with database.unit_of_work() as session:
            case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).limit(1))
        size = len(render_letter(database, case_id, datetime.now()))
        samples, trips = RoundTrips(database).timed_runs(
            lambda: render_letter(database, case_id, datetime.now()), args.runs, warm_up=2
        )
    return [
        Figure("letter_warm", "生成一份确认书 PDF（热）", median_ms(samples), "ms", 200,
               f"{size // 1024} KB，{args.runs} 次中位数", trips),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=15)
