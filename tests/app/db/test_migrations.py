"""Alembic migrations: from empty to head, one step down each, backups, newer schemas and other
programs' files refused, every run all or nothing (even when SIGKILLed)."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, suppress
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import OperationalError

from app.db import migrate
from app.db.database import DatabaseUnavailable, open_database
from app.db.migrate import (
    APPLICATION_ID,
    SchemaTooNew,
    alembic_config,
    check_schema,
    current_revision,
    head_revision,
    known_revisions,
    run_alembic,
    tables_at,
    upgrade,
)
from app.db.models import Base, Case, OfficeProfile

ROOT = Path(__file__).resolve().parents[3]

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


FAILING_REVISION = '''"""Creates a table, rebuilds another, then fails: a bug in a later release."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("client", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("wechat", sa.String(60), nullable=True))
    op.execute("INSERT INTO no_such_table VALUES (1)")
'''


def test_a_migration_that_fails_part_way_leaves_the_file_as_it_was(sample_database, tmp_path, monkeypatch):
    folder = tmp_path / "failing_migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_failing.py").write_text(FAILING_REVISION.format(head=head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    before = _state(sample_database.file)
    with pytest.raises(OperationalError, match="no_such_table"):
        upgrade(sample_database)
    assert _state(sample_database.file) == before  # every row too: the rebuilt client kept its cases


def test_the_tables_of_each_revision_are_read_right_from_the_migrations(database_url):
    """What check_schema expects of a file without the marker is what each revision builds."""
    database = open_database(database_url)
    for revision in known_revisions():
        run_alembic(database, "upgrade", revision)
        assert set(inspect(database.engine).get_table_names()) - {"alembic_version"} == tables_at(revision)
    database.dispose()


def test_a_migration_run_marks_the_file_and_hands_its_connection_back_as_it_was(database):
    run_alembic(database, "downgrade", "-1")
    run_alembic(database, "upgrade", "head")
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.connection.driver_connection.isolation_level == ""  # the driver's default


def test_a_file_without_the_marker_must_have_its_revisions_tables(tmp_path):
    """Another program numbering its Alembic revisions as we do, with some of our table names."""
    path = _file_at_0001(tmp_path / "other.sqlite3")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
        connection.commit()
    before = path.read_bytes()
    database = open_database(f"sqlite:///{path}")
    with pytest.raises(DatabaseUnavailable, match="结构版本 0002 应有的数据表缺失：calendar_override、"):
        upgrade(database)
    database.dispose()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_a_file_without_the_marker_at_an_unknown_revision_is_too_new_only_with_our_tables(tmp_path):
    path = _file_at_0001(tmp_path / "office.sqlite3")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    database = open_database(f"sqlite:///{path}")
    with pytest.raises(SchemaTooNew):
        check_schema(database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE task_dependency")
    with pytest.raises(DatabaseUnavailable, match="task_dependency"):
        check_schema(database)
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


def _file_at_0001(path: Path) -> Path:
    """A database as this app's first release left it: WAL, at 0001, no application_id."""
    database = open_database(f"sqlite:///{path}")
    database.enable_wal()
    run_alembic(database, "upgrade", "0001")
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 0")
    return path


def _state(path: Path) -> tuple[str, int, list[str]]:
    """Revision, application_id and every schema object and row of a database file.

    Each statement's lines are sorted: batch mode writes a rebuilt table's constraints in an order
    that depends on the process's string hashing.
    """
    with closing(sqlite3.connect(path)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        dump = connection.iterdump()
        return (
            revision,
            application_id,
            sorted(
                "\n".join(sorted(line.strip().rstrip(",") for line in statement.splitlines()))
                for statement in dump
            ),
        )


class _UpgradeWorker:
    """tests/helpers/upgrade_worker.py: upgrades files in forked children that the test may SIGKILL."""

    def __init__(self, errors: Path) -> None:
        self.errors = errors
        self.error_file = errors.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.upgrade_worker"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.error_file,
            text=True,
        )

    def upgrade(self, path: Path, kill_after: float | None) -> tuple[bool, float | None]:
        """Upgrade ``path``, SIGKILLed ``kill_after`` seconds in; (killed, seconds it took if not)."""
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(f"{path}\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line.startswith("upgrading "), f"{line!r}: {self.errors.read_text()}"
        if kill_after is not None:
            time.sleep(kill_after)
            with suppress(ProcessLookupError):  # finished already (a zombie until reaped: not yet)
                os.kill(int(line.split()[1]), signal.SIGKILL)
        lines = [self.process.stdout.readline()]
        while lines[-1] and not lines[-1].startswith("reaped "):
            lines.append(self.process.stdout.readline())
        status = int(lines[-1].split()[1])
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        assert killed or status == 0, f"the upgrade failed: {self.errors.read_text()}"
        return killed, None if killed else float(lines[0].split()[1])

    def close(self) -> None:
        with self.process:  # closes the pipes; the worker ends at the end of its input
            assert self.process.stdin
            self.process.stdin.close()
            self.process.wait(timeout=30)
        self.error_file.close()


@pytest.mark.slow
def test_an_upgrade_killed_at_any_moment_leaves_the_old_revision_or_head(tmp_path):
    """30 upgrades from 0001 SIGKILLed at random moments: each file is either exactly as it was
    (schema, rows, application_id) or exactly at head, and then opens and migrates to head."""
    old = _file_at_0001(tmp_path / "template.sqlite3")
    old_state = _state(old)
    worker = _UpgradeWorker(tmp_path / "worker-errors.txt")
    try:
        whole = tmp_path / "whole" / "office.sqlite3"
        whole.parent.mkdir()
        shutil.copyfile(old, whole)
        _, span = worker.upgrade(whole, None)  # how long an upgrade takes, to spread the kills over
        assert span is not None
        head_state = _state(whole)
        assert head_state[0] == head_revision()
        rng = random.Random(18)
        outcomes = []
        for round_ in range(30):
            path = tmp_path / f"round-{round_}" / "office.sqlite3"
            path.parent.mkdir()
            shutil.copyfile(old, path)
            killed, _ = worker.upgrade(path, rng.uniform(0.0, span))
            state = _state(path)
            assert state in (old_state, head_state), f"round {round_}: left at {state[:2]}"
            outcomes.append((killed, state[0]))
            for backup in (path.parent / "backups").glob("*.sqlite3"):  # whole backups only, no .part
                assert _state(backup) == old_state, f"round {round_}: {backup.name}"
            database = open_database(f"sqlite:///{path}")
            upgrade(database)
            database.dispose()
            assert _state(path) == head_state, f"round {round_}"
    finally:
        worker.close()
    killed_midway = sum(1 for killed, revision in outcomes if killed and revision == "0001")
    assert killed_midway >= 10, f"too few kills landed inside an upgrade: {outcomes}"


def test_0013_adds_the_offices_credit_code_and_bank_account_keeping_the_office(sample_database):
    with sample_database.unit_of_work() as session:
        name, address, threshold = session.execute(
            select(OfficeProfile.name, OfficeProfile.address, OfficeProfile.approval_threshold_fen)
        ).one()
        cases = session.scalar(select(func.count()).select_from(Case))
    run_alembic(sample_database, "downgrade", "0012")
    with sample_database.engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("office_profile")}
    assert not columns & {"credit_code", "bank_name", "bank_account"}
    run_alembic(sample_database, "upgrade", "head")  # through 0013
    with sample_database.unit_of_work() as session:
        office = session.scalars(select(OfficeProfile)).one()
        assert (office.name, office.address, office.approval_threshold_fen) == (name, address, threshold)
        assert (office.credit_code, office.bank_name, office.bank_account) == ("", "", "")  # to be filled in
        assert session.scalar(select(func.count()).select_from(Case)) == cases
