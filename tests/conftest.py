"""Shared fixtures: every test runs headless on real SQLite files in its own folders."""

from __future__ import annotations

import os
from pathlib import Path

# Before any Qt import: no screen in CI. The offscreen screen is the smallest desk the app must fit,
# 1280 × 720 logical pixels (1366 × 768 less a taskbar; 1920 × 1080 at 150 %), not Qt's 800 × 800.
if os.environ.setdefault("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).parent / 'screen_1280x720.json'}"

import gc  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from app.config import (  # noqa: E402
    CONFIG_DIR_ENV,
    DATA_DIR_ENV,
    DATABASE_URL_ENV,
    LOGIN_PASSWORD_ENV,
    LOGIN_USER_ENV,
)
from app.db.database import Database, open_database  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.permissions import SYSTEM  # noqa: E402
from app.sample.office import generate_sample_office  # noqa: E402
from tests.helpers import NOW  # noqa: E402

# Property tests draw the same examples on every run (and keep no example database): the suite, and
# the coverage floor of app/domain, cannot pass on one run and fail on the next.
settings.register_profile("suite", derandomize=True, database=None)
settings.load_profile("suite")

#: Set by .ci/run: there a missing PostgreSQL server fails the run instead of skipping its tests.
REQUIRE_POSTGRES_ENV = "EXPEDITE_REQUIRE_POSTGRES"


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data and preferences."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    for name in (DATABASE_URL_ENV, LOGIN_USER_ENV, LOGIN_PASSWORD_ENV):  # nor the user's own login
        monkeypatch.delenv(name, raising=False)
    return tmp_path


#: A whole-heap collection after this many tests (young objects are collected after each one).
FULL_COLLECTION_EVERY = 25
_tests_run = 0


@pytest.fixture(autouse=True)
def collected_on_the_test_thread():
    """Garbage is collected as the app collects it (ui/garbage_collection.py): never automatically,
    where a pool thread allocating would free whatever cycle was garbage — a widget among them, which
    crashes the worker when freed off the GUI thread — but here, between tests."""
    global _tests_run
    gc.disable()
    yield
    _tests_run += 1
    gc.collect(2 if _tests_run % FULL_COLLECTION_EVERY == 0 else 1)


OFFICE_FILE = "office.sqlite3"


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / OFFICE_FILE}"


@pytest.fixture(scope="session")
def office_templates(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int, int], Path]:
    """``template(cases, seed)``: a folder holding an office migrated once per session (with a sample
    office of ``cases`` cases when ``cases`` > 0) and the files it stored beside it, made on first
    use. Copying it is what every test's fresh database costs, instead of migrating and generating."""
    made: dict[tuple[int, int], Path] = {}

    def template(cases: int, seed: int) -> Path:
        if (cases, seed) not in made:
            folder = tmp_path_factory.mktemp(f"office-{cases}-{seed}")
            db = open_database(f"sqlite:///{folder / OFFICE_FILE}", clock=FixedClock(NOW))
            db.actor = SYSTEM
            upgrade(db)
            if cases:
                generate_sample_office(db, cases, seed=seed, now=NOW)
            db.dispose()  # the last connection closed: the WAL is folded into the file
            made[cases, seed] = folder
        return made[cases, seed]

    return template


@pytest.fixture
def office_copy(office_templates, database_url: str, tmp_path: Path):
    """``office_copy(cases, seed)``: this test's own copy of a template office, open at ``NOW``, the
    system acting (a test of who may do what logs someone in)."""
    opened: list[Database] = []

    def copy(cases: int, seed: int) -> Database:
        shutil.copytree(office_templates(cases, seed), tmp_path, dirs_exist_ok=True)
        opened.append(open_database(database_url, clock=FixedClock(NOW)))
        opened[-1].actor = SYSTEM
        return opened[-1]

    yield copy
    for db in opened:
        db.dispose()


@pytest.fixture
def database(office_copy) -> Database:
    """A migrated, empty office database in a real SQLite file, its clock stopped at ``NOW``."""
    return office_copy(0, 0)


@pytest.fixture
def sample_database(office_copy) -> Database:
    """A database with a small sample office (60 cases, generated at ``NOW``) in it."""
    return office_copy(60, 7)


@pytest.fixture
def large_sample_database(office_copy) -> Database:
    """A sample office of 1,000 cases (generated at ``NOW``): enough for the generator's proportions
    and its rarer states (a paused clock still running)."""
    return office_copy(1000, 7)


@pytest.fixture(scope="session")
def postgres_base_url():
    from tests.postgres_server import postgres_server

    with postgres_server() as url:
        if url is None:
            message = (
                "!!! NO POSTGRESQL SERVER (initdb/pg_ctl not found): every PostgreSQL test is SKIPPED. "
                "Install it (apt-get install postgresql, as .ci/run does) to test the multi-desk database."
            )
            if os.environ.get(REQUIRE_POSTGRES_ENV):
                pytest.fail(message)
            pytest.skip(message)
        yield url


@pytest.fixture
def postgres_url(postgres_base_url: str, request: pytest.FixtureRequest):
    """A fresh, empty PostgreSQL database for one test."""
    import psycopg

    name = f"t_{abs(hash(request.node.nodeid)) % 10**10}"
    plain = postgres_base_url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
        admin.execute(f"CREATE DATABASE {name}")
    yield f"{postgres_base_url}/{name}"
    with psycopg.connect(f"{plain}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_database(postgres_url: str):
    """A migrated, empty office database on the test PostgreSQL server."""
    db = open_database(postgres_url, clock=FixedClock(NOW))
    db.actor = SYSTEM
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest) -> Database:
    """A migrated, empty office database on each back end the desks may share."""
    return request.getfixturevalue("database" if request.param == "sqlite" else "pg_database")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first, so that with two workers (pytest-xdist) none of them starts last and
    keeps one core busy alone at the end of the run."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
