"""Rendering a confirmation letter, warm (target ≤ 200 ms).

Usage: python -m tests.benchmarks.letter [--cases 20000] [--runs 15] [--json FILE]

On a copy of the cached office: the letter of an open case composed from the database (parties,
plan scheduled from now, fees, clauses) and rendered to PDF bytes; median after two warm-up runs
(the first loads the font and the clause file).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Case
from app.domain.permissions import SYSTEM
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.usecases.letters import render_letter
from tests.benchmarks.figures import Figure, benchmark_main, median_ms, timed_runs
from tests.benchmarks.office import office_copy


def measure(args) -> list[Figure]:
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        with database.unit_of_work() as session:
            case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).limit(1))
        size = len(render_letter(database, case_id, datetime.now()))
        samples = timed_runs(lambda: render_letter(database, case_id, datetime.now()), args.runs, warm_up=2)
        database.dispose()
    return [
        Figure("letter_warm", "生成一份确认书 PDF（热）", median_ms(samples), "ms", 200,
               f"{size // 1024} KB，{args.runs} 次中位数"),
    ]  # fmt: skip


if __name__ == "__main__":
    benchmark_main(__doc__, measure, runs=15)
