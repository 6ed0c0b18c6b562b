"""The same models, migrations and use cases on a real PostgreSQL server (several desks)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from app.db.database import DatabaseUnavailable, open_database
from app.db.migrate import current_revision, head_revision, run_alembic, upgrade
from app.db.models import Base, Case
from app.domain.office_profile import OfficeProfileData
from app.sample.office import generate_sample_office
from app.usecases.cases import list_case_rows
from app.usecases.dashboard import dashboard_figures
from app.usecases.office import load_office_profile, save_office_profile
from tests.helpers import NOW


def test_migrations_build_the_models_schema_and_step_back(pg_database):
    assert current_revision(pg_database) == head_revision()
    with pg_database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert _task_storage(pg_database) == ["fillfactor=80"]  # room for the figures' rewrites
    run_alembic(pg_database, "downgrade", "0014")  # through 0015, which gave the task pages room
    assert _task_storage(pg_database) is None
    run_alembic(pg_database, "upgrade", "head")
    assert current_revision(pg_database) == head_revision()
    assert _task_storage(pg_database) == ["fillfactor=80"]


def _task_storage(database) -> list[str] | None:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT reloptions FROM pg_class WHERE relname = 'task'").scalar()


def test_another_programs_alembic_database_is_refused_untouched_on_postgres(postgres_url):
    """No file header on PostgreSQL: ours is told by the tables our revision has."""
    database = open_database(postgres_url)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001')")
        connection.exec_driver_sql("CREATE TABLE stock_item (id SERIAL PRIMARY KEY, sku TEXT)")
    with pytest.raises(DatabaseUnavailable, match="^该数据库不是加急工作台的数据库"):
        upgrade(database)
    assert current_revision(database) == "0001"
    with database.engine.connect() as connection:
        assert (
            connection.exec_driver_sql(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).scalar()
            == 2
        )
    database.dispose()


def test_sample_office_and_use_cases_work_on_postgres(pg_database):
    summary = generate_sample_office(pg_database, 80, seed=4, now=NOW)
    rows = list_case_rows(pg_database)
    assert len(rows) == summary.cases == 80
    assert dashboard_figures(pg_database, NOW).open_cases == summary.open_cases
    save_office_profile(pg_database, OfficeProfileData("明远企业服务有限公司", phone="021-58881234"))
    assert load_office_profile(pg_database).phone == "021-58881234"


@pytest.mark.slow
def test_after_the_sample_the_app_adds_rows_of_its_own_on_postgres(pg_database):
    """The sample writes ids in bulk; reviews, entries and cases added later must get new ones."""

    from app.domain.retrospective import Dimension, EntryForm, RetrospectiveForm
    from app.domain.vocabulary import CaseStatus
    from app.usecases.closing import close_case
    from app.usecases.knowledge import save_entry, save_retrospective

    generate_sample_office(pg_database, 120, seed=4, now=NOW)
    with pg_database.unit_of_work() as session:
        case_id = session.scalar(select(Case.id).where(Case.status == CaseStatus.ACTIVE).limit(1))
    close_case(pg_database, case_id, CaseStatus.FAILED, NOW, cancel_open_tasks=True)
    form = RetrospectiveForm(written_by="王磊", scores=dict.fromkeys(Dimension, 3), root_cause="材料被退回",
                             title="退回原因要当场问清", problem_type="材料问题")  # fmt: skip
    assert save_retrospective(pg_database, case_id, form, NOW)
    assert save_entry(pg_database, EntryForm("手工经验", "内容", "刘芳", "沟通"), NOW)


def test_a_large_result_is_read_whole_in_parts_that_let_other_threads_run(pg_database, monkeypatch):
    """Seen: opening the board on a server froze the window for up to 96 ms: psycopg turned the 15,000
    cards' rows into Python in one call, holding the interpreter lock. A connection's cursor now reads a
    result in parts of PART_ROWS rows; what it returns is the whole result, in order."""
    from app.db.postgres_rows import PART_ROWS, PartedCursor

    rows = PART_ROWS * 3 + 17
    with pg_database.engine.connect() as connection:
        assert isinstance(connection.connection.dbapi_connection.cursor(), PartedCursor)
        read = connection.execute(
            text("SELECT n, 'r' || n FROM generate_series(1, :rows) AS n"), {"rows": rows}
        )
        assert [tuple(row) for row in read.all()] == [(n, f"r{n}") for n in range(1, rows + 1)]
    fetched: list[int] = []
    original = PartedCursor.fetchmany

    def counted(cursor, size=0):
        part = original(cursor, size)
        fetched.append(len(part))
        return part

    PartedCursor.fetchmany = counted  # type: ignore[method-assign]
    try:
        with pg_database.engine.connect() as connection:
            assert (
                len(connection.execute(text("SELECT generate_series(1, :rows)"), {"rows": rows}).all())
                == rows
            )
    finally:
        PartedCursor.fetchmany = original  # type: ignore[method-assign]
    assert fetched == [PART_ROWS, PART_ROWS, PART_ROWS, 17, 0]
