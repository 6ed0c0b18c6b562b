"""The sample-data generator: realistic, valid, deterministic, and safe to run twice."""

from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select
from stdnum.cn import uscc

from app.db.models import Case, Client, OfficeProfile, Staff, Task, TaskDependency
from app.domain.phone import phone_problem
from app.domain.vocabulary import BOARD_STATUSES, CaseStatus, TaskStatus
from app.sample_office import SAMPLE_STAFF, generate_sample_office
from tests.helpers import NOW


def _all(database, query):
    with database.unit_of_work() as session:
        return session.execute(query).all()


def test_clients_have_valid_credit_codes_and_phone_numbers(sample_database):
    clients = _all(sample_database, select(Client.name, Client.credit_code, Client.phone))
    assert len(clients) >= 5
    assert all(uscc.is_valid(code) for _, code, _ in clients)
    assert all(phone_problem(phone) is None for _, _, phone in clients)
    assert len({name for name, _, _ in clients}) == len(clients)


@pytest.mark.slow
def test_cases_span_years_and_a_tenth_are_open(database):
    summary = generate_sample_office(database, 400, seed=3, now=NOW)
    rows = _all(database, select(Case.status, Case.created_at, Case.requested_deadline, Case.closed_at))
    assert summary.cases == len(rows) == 400
    assert summary.open_cases == sum(status.is_open for status, *_ in rows) == 40
    assert min(created for _, created, _, _ in rows).year <= NOW.year - 4
    assert all(deadline > created for _, created, deadline, _ in rows)
    assert all((closed is None) == status.is_open for status, _, _, closed in rows)
    assert {s for s, *_ in rows} == set(CaseStatus)
    overdue = sum(status.is_open and deadline < NOW for status, _, deadline, _ in rows)
    assert 0 < overdue < 20  # a few missed deadlines, as in a real office


def test_tasks_cover_every_board_column_and_dependencies_stay_inside_a_case(large_sample_database):
    tasks = dict(_all(large_sample_database, select(Task.id, Task.case_id)))
    statuses = Counter(status for (status,) in _all(large_sample_database, select(Task.status)))
    assert set(statuses) >= set(BOARD_STATUSES)
    blocked_reasons = _all(
        large_sample_database, select(Task.blocked_reason).where(Task.status == TaskStatus.BLOCKED)
    )
    assert all(reason for (reason,) in blocked_reasons)
    successors = defaultdict(list)
    for predecessor, successor in _all(
        large_sample_database, select(TaskDependency.predecessor_id, TaskDependency.successor_id)
    ):
        assert tasks[predecessor] == tasks[successor]
        successors[predecessor].append(successor)
    # No cycles: a depth-first walk never meets a task already on its path.
    state = {}

    def visit(task):
        state[task] = "on path"
        for nxt in successors[task]:
            assert state.get(nxt) != "on path"
            if nxt not in state:
                visit(nxt)
        state[task] = "done"

    for task in tasks:
        if task not in state:
            visit(task)


def test_same_seed_same_office(tmp_path):
    from app.db.database import open_database
    from app.db.migrate import upgrade

    snapshots = []
    for name in ("a", "b"):
        database = open_database(f"sqlite:///{tmp_path / name}.sqlite3")
        upgrade(database)
        generate_sample_office(database, 20, seed=11, now=NOW)
        snapshots.append(
            _all(database, select(Case.number, Case.title, Case.requested_deadline).order_by(Case.id))
        )
        database.dispose()
    assert snapshots[0] == snapshots[1]


def test_running_twice_adds_to_the_office_without_clashes(sample_database):
    generate_sample_office(sample_database, 60, seed=8, now=NOW)
    with sample_database.unit_of_work() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 120
        assert session.scalar(select(func.count(func.distinct(Case.number)))) == 120
        assert session.scalar(select(func.count()).select_from(OfficeProfile)) == 1
        assert session.scalar(select(func.count()).select_from(Staff)) == len(SAMPLE_STAFF)
