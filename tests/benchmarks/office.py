"""The large sample office the benchmarks run on, generated once and cached in .bench/.

The cache key is the schema's head revision and a digest of the sample-data generator's sources,
so a change to either makes a new office instead of measuring a stale one. On PostgreSQL
(`make bench DB=postgres`) the same office is copied once into a server's data folder, cached beside
the SQLite file, and each run starts a throwaway server on a copy of it, reached through the delay
proxy (tests/benchmarks/delay_proxy.py) as over an office network.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.db.database import Database, open_database
from app.db.migrate import head_revision, upgrade
from app.db.models import Base, Case, Client, KnowledgeEntry, Task
from app.domain.office_profile import OfficeProfileData
from app.domain.permissions import SYSTEM
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.sample.office import _advance_sequences, generate_sample_office
from app.usecases.office import save_office_profile
from tests.benchmarks.delay_proxy import delayed
from tests.postgres_server import postgres_server

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
#: Which database the benchmark modules measure on, "sqlite" or "postgres", and the round trip the
#: delay proxy adds on PostgreSQL: set by the suite (`make bench DB=postgres RTT_MS=5`) or `--db`.
BACKEND_ENV, RTT_ENV = "EXPEDITE_BENCH_DB", "EXPEDITE_BENCH_RTT_MS"


def bench_backend() -> str:
    return os.environ.get(BACKEND_ENV, "sqlite")


def bench_rtt_ms() -> float:
    return float(os.environ.get(RTT_ENV, "1"))


@cache
def _generator_digest() -> str:
    digest = hashlib.sha256()
    for source in sorted((ROOT / "app" / "sample").glob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:8]


def sample_office_file(cases: int) -> Path:
    """A SQLite file with ``cases`` sample cases (an empty office for 0), at the current schema."""
    path = CACHE / f"office-{cases}-r{head_revision()}-{_generator_digest()}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        for stale in CACHE.glob(f"office-{cases}-r*.sqlite3"):
            stale.unlink()
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        database = open_database(f"sqlite:///{partial}")
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        upgrade(database)
        started = time.perf_counter()
        if cases:
            generate_sample_office(database, cases)
        else:
            save_office_profile(database, OfficeProfileData("空白测试机构"))
        print(f"generated {cases} cases in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        database.dispose()
        partial.rename(path)
    return path


def office_sizes(cases: int) -> dict[str, int]:
    """How large the cached office is: clients, cases, open cases, tasks, knowledge-base entries."""
    database = open_database(f"sqlite:///{sample_office_file(cases)}")
    database.actor = SYSTEM  # the figures are the use cases', not a role's
    try:
        with database.unit_of_work() as session:

            def count(model, *where) -> int:
                return session.scalar(select(func.count()).select_from(model).where(*where))

            return {
                "clients": count(Client),
                "cases": count(Case),
                "open_cases": count(Case, Case.status.in_(OPEN_CASE_STATUSES)),
                "tasks": count(Task),
                "kb_entries": count(KnowledgeEntry),
            }
    finally:
        database.dispose()


@contextmanager
def office_copy(cases: int) -> Iterator[Path]:
    """A scratch copy of the cached office, removed afterwards: benchmarks write to it."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "office.sqlite3"
        shutil.copy(sample_office_file(cases), copy)
        yield copy


def postgres_office_data(cases: int) -> Path:
    """A stopped PostgreSQL server's data folder whose database "office" holds the cached office,
    copied from the SQLite file on first use."""
    path = CACHE / f"{sample_office_file(cases).stem}-analyzed.pgdata"
    if not path.exists():
        for stale in CACHE.glob(f"office-{cases}-r*.pgdata"):
            shutil.rmtree(stale)
        partial = path.with_suffix(".pgpartial")
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        with postgres_server(keep_in=partial) as base:
            if base is None:
                raise SystemExit("PostgreSQL is not installed (initdb, pg_ctl): apt-get install postgresql")
            admin = open_database(f"{base}/postgres")
            with admin.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                    text("CREATE DATABASE office")
                )
            admin.dispose()
            target = open_database(f"{base}/office")
            target.actor = SYSTEM
            upgrade(target)
            copy_office(sample_office_file(cases), target)
            # The planner's statistics, as the server's autovacuum keeps them in an office that has
            # run a while: without them it guesses, and joins a case's links by scanning them all.
            with target.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("VACUUM ANALYZE"))
            target.dispose()
        partial.rename(path)
        print(f"copied the office to PostgreSQL in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def copy_office(source_file: Path, target: Database) -> None:
    """Every row of an office's SQLite file into a migrated, empty PostgreSQL database."""
    source = open_database(f"sqlite:///{source_file}")
    with source.engine.connect() as reading, target.engine.begin() as writing:
        # Rows as they are: no foreign-key checks in between, no audit-trail triggers (superuser).
        writing.execute(text("SET session_replication_role = replica"))
        for table in reversed(Base.metadata.sorted_tables):
            writing.execute(table.delete())  # what the migrations seeded
        for table in Base.metadata.sorted_tables:
            rows = reading.execution_options(yield_per=10000).execute(select(table))
            for part in rows.partitions():
                writing.execute(insert(table), [row._asdict() for row in part])
    source.dispose()
    _advance_sequences(target)


@contextmanager
def open_office(cases: int) -> Iterator[Database]:
    """The cached office as every benchmark module opens it, on a scratch copy it may write to: a
    SQLite file, or (``bench_backend() == "postgres"``) a throwaway PostgreSQL server reached through
    the delay proxy. Logged in as SYSTEM (the figures are the use cases', not a role's); disposed after."""
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if bench_backend() == "postgres":
            data = postgres_office_data(cases)
            base = stack.enter_context(postgres_server(template=data))
            url = stack.enter_context(delayed(f"{base}/office", bench_rtt_ms()))
        else:
            url = f"sqlite:///{stack.enter_context(office_copy(cases))}"
        database = open_database(url)
        stack.callback(database.dispose)
        database.actor = SYSTEM
        print(f"office opened in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        yield database
