"""Alembic migrations: from empty to head, one step down each, backups, newer schemas refused."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select

from app.db import migrate
from app.db.database import open_database
from app.db.migrate import (
    SchemaTooNew,
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    run_alembic,
    upgrade,
)
from app.db.models import Base, Case

NEXT_REVISION = '''"""A column only the test's newer app knows."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.add_column(sa.Column("wechat", sa.String(60), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("client") as batch_op:
        batch_op.drop_column("wechat")
'''


@pytest.fixture
def newer_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run as a later release would: this app's migrations plus one more revision."""
    folder = tmp_path / "newer_migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_newer.py").write_text(NEXT_REVISION.format(head=head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    return "9999"


def test_revision_files_are_named_after_their_numbers():
    scripts = ScriptDirectory.from_config(alembic_config())
    assert [s.revision for s in scripts.walk_revisions()][::-1] == known_revisions()
    assert all(Path(s.path).name.startswith(s.revision + "_") for s in scripts.walk_revisions())
    assert scripts.get_current_head() == head_revision()


def test_upgrade_from_empty_creates_every_table(database):
    tables = set(inspect(database.engine).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert current_revision(database) == head_revision()


def test_models_and_migrations_describe_the_same_schema(database):
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


@pytest.mark.slow
def test_every_migration_downgrades_one_step(database_url):
    database = open_database(database_url)
    revisions = [s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    for revision in reversed(revisions):  # oldest first
        run_alembic(database, "upgrade", revision)
        run_alembic(database, "downgrade", "-1")
        run_alembic(database, "upgrade", revision)
        assert current_revision(database) == revision
    database.dispose()


def test_upgrading_an_existing_file_backs_it_up_first(sample_database, newer_app):
    with sample_database.unit_of_work() as session:
        cases_before = session.scalar(select(func.count()).select_from(Case))
    old_head = current_revision(sample_database)
    result = upgrade(sample_database)
    assert (result.from_revision, result.to_revision) == (old_head, newer_app)
    assert result.backup is not None and result.backup.parent == sample_database.file.parent / "backups"
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert backup.execute('SELECT count(*) FROM "case"').fetchone() == (cases_before,)
    assert "wechat" in {c["name"] for c in inspect(sample_database.engine).get_columns("client")}


def test_a_database_from_a_newer_app_is_refused_and_left_unchanged(
    database_url, tmp_path, newer_app, monkeypatch
):
    newer = open_database(database_url)
    upgrade(newer)
    newer.dispose()
    monkeypatch.undo()  # back to this app's migrations
    path = Path(database_url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    older = open_database(database_url)
    with pytest.raises(SchemaTooNew, match=f"9999.*{head_revision()}"):
        upgrade(older)
    older.dispose()
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_the_latest_migration_goes_down_and_up_on_an_office_with_data(sample_database):
    """Rebuilding a table others reference fails on SQLite only once rows exist: test with rows."""
    with sample_database.unit_of_work() as session:
        cases_before = session.scalar(select(func.count()).select_from(Case))
    head = current_revision(sample_database)
    run_alembic(sample_database, "downgrade", "-1")
    run_alembic(sample_database, "upgrade", head)
    with sample_database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == cases_before
