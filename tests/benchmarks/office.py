"""The large sample office the benchmarks run on, generated once and cached in .bench/.

The cache key is the schema's head revision and a digest of the sample-data generator's sources,
so a change to either makes a new office instead of measuring a stale one.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import func, select

from app.db.database import open_database
from app.db.migrate import head_revision, upgrade
from app.db.models import Case, Client, KnowledgeEntry, Task
from app.domain.office_profile import OfficeProfileData
from app.domain.permissions import SYSTEM
from app.domain.vocabulary import OPEN_CASE_STATUSES
from app.sample.office import generate_sample_office
from app.usecases.office import save_office_profile

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"


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
