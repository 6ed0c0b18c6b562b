"""Rendering a confirmation letter, warm (target ≤ 200 ms).

Usage: python -m tests.benchmarks.letter [--cases 20000] [--runs 15]

On a copy of the cached office: the letter of an open case composed from the database (parties,
plan scheduled from now, fees, clauses) and rendered to PDF bytes; median after two warm-up runs
(the first loads the font and the clause file).
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import datetime

from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Case
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.usecases.letters import render_letter
from tests.benchmarks.office import office_copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with office_copy(args.cases) as copy:
        database = open_database(f"sqlite:///{copy}")
        with database.unit_of_work() as session:
            case_id = session.scalar(select(Case.id).where(Case.status.in_(OPEN_CASE_STATUSES)).limit(1))
        samples, size = [], 0
        for _ in range(args.runs + 2):
            began = time.perf_counter()
            size = len(render_letter(database, case_id, datetime.now()))
            samples.append(time.perf_counter() - began)
        database.dispose()
    print(f"confirmation letter ({size // 1024} KB): median {statistics.median(samples[2:]) * 1000:.1f} ms "
          f"(min {min(samples[2:]) * 1000:.1f}; target ≤ 200 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
