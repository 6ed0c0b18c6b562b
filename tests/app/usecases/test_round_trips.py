"""Round trips to the database per operation: on an office's PostgreSQL server each statement and each
transaction's begin and end crosses the network, so the cuts made for `make bench DB=postgres` are
pinned here, counted by the engine's events on a real SQLite file."""

from collections.abc import Callable

from sqlalchemy import event

from app.db.models import Client
from app.usecases.calendar import load_working_calendar
from app.usecases.dashboard import load_dashboard
from app.usecases.intake import load_intake_context, save_intake
from tests.app.usecases.test_intake import DESK, _form
from tests.benchmarks.figures import RoundTrips
from tests.helpers import NOW


def _trips(database, action: Callable[[], object]) -> int:
    counter = RoundTrips(database)
    action()
    return counter.sent


def _transactions(database, action: Callable[[], object]) -> int:
    begun = []
    event.listen(database.engine, "begin", lambda _connection: begun.append(1))
    action()
    return len(begun)


def test_the_working_calendar_is_read_in_one_transaction(sample_database):
    # BEGIN, office hours, overrides, the notices and their days, the end: not three transactions.
    assert _trips(sample_database, lambda: load_working_calendar(sample_database)) == 6


def test_saving_an_intake_reads_what_it_checks_in_one_transaction_and_writes_in_another(sample_database):
    form = _form(load_intake_context(sample_database))
    assert _transactions(sample_database, lambda: save_intake(sample_database, form, NOW, DESK)) == 2


def test_the_dashboard_reads_the_working_calendar_once(sample_database):
    statements = []
    event.listen(sample_database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    trips = _trips(sample_database, lambda: load_dashboard(sample_database, NOW, None))
    assert sum("FROM calendar_override" in statement for statement in statements) == 1
    assert trips <= 37  # 44 while it read the calendar twice


def test_a_transaction_tells_the_other_desks_once_however_often_it_flushes(pg_database):
    notified = []
    event.listen(
        pg_database.engine,
        "before_cursor_execute",
        lambda *args: notified.append(1) if "pg_notify" in args[2] else None,
    )
    with pg_database.unit_of_work() as session:
        for name in ("甲公司", "乙公司", "丙公司"):
            session.add(Client(name=name))
            session.flush()  # each flush writes its audit entries
    assert len(notified) == 1
