"""The large sample office the benchmarks run on, generated once per schema and cached in .bench/."""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.db.database import open_database
from app.db.migrate import head_revision, upgrade
from app.domain.office_profile import OfficeProfileData
from app.sample_office import generate_sample_office
from app.usecases.office import save_office_profile

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"


def sample_office_file(cases: int) -> Path:
    """A SQLite file with ``cases`` sample cases (an empty office for 0), at the current schema."""
    path = CACHE / f"office-{cases}-r{head_revision()}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        database = open_database(f"sqlite:///{partial}")
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


@contextmanager
def office_copy(cases: int) -> Iterator[Path]:
    """A scratch copy of the cached office, removed afterwards: benchmarks write to it."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "office.sqlite3"
        shutil.copy(sample_office_file(cases), copy)
        yield copy
