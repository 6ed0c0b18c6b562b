"""Shared fixtures: every test runs headless on real SQLite files in its own folders."""

from __future__ import annotations

import os

# Before any Qt import: no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.config import CONFIG_DIR_ENV, DATA_DIR_ENV, DATABASE_URL_ENV  # noqa: E402
from app.db.database import Database, open_database  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.sample_office import generate_sample_office  # noqa: E402
from tests.helpers import NOW  # noqa: E402

#: Set by .ci/run: there a missing PostgreSQL server fails the run instead of skipping its tests.
REQUIRE_POSTGRES_ENV = "EXPEDITE_REQUIRE_POSTGRES"


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data and preferences."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    return tmp_path


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


@pytest.fixture
def database(database_url: str):
    """A migrated, empty office database in a real SQLite file."""
    db = open_database(database_url)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def sample_database(database: Database) -> Database:
    """The same database with a small sample office (60 cases) in it."""
    generate_sample_office(database, 60, seed=7, now=NOW)
    return database


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
    db = open_database(postgres_url)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest) -> Database:
    """A migrated, empty office database on each back end the desks may share."""
    return request.getfixturevalue("database" if request.param == "sqlite" else "pg_database")
