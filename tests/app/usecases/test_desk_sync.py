"""Several desks on one database: each learns which cases the others changed, never its own."""

import threading

from sqlalchemy import select

from app.db.database import open_database
from app.db.models import Task
from app.domain.permissions import SYSTEM
from app.domain.vocabulary import TaskStatus
from app.sample.office import generate_sample_office
from app.usecases.board import MoveRequest, move_task
from app.usecases.desk_sync import ChangeWatcher
from app.usecases.risk_calendar import delete_window, list_windows
from tests.helpers import NOW


def _todo_task(database) -> tuple[int, int]:
    with database.unit_of_work() as session:
        task = session.scalars(select(Task).where(Task.status == TaskStatus.TODO).limit(1)).one()
        return task.id, task.case_id


def _two_desks(desk_a, url):
    generate_sample_office(desk_a, 8, seed=4, now=NOW)
    desk_b = open_database(url, clock=desk_a.clock)
    desk_b.actor = SYSTEM
    return desk_b, ChangeWatcher(desk_a), ChangeWatcher(desk_b)


def _assert_each_desk_sees_the_others_writes(desk_a, desk_b, watch_a, watch_b) -> None:
    task_id, case_id = _todo_task(desk_b)
    move_task(desk_b, MoveRequest(task_id, TaskStatus.IN_PROGRESS, confirmed=True), NOW)
    seen = watch_a.poll()
    assert case_id in seen.case_ids and task_id in seen.ids("task")  # which records, by id
    assert not watch_b.poll(), "a desk does not reload after its own move"
    assert not watch_a.poll(), "reported once"

    delete_window(desk_a, list_windows(desk_a)[0].id)  # a setting: no case
    assert not watch_a.poll()
    seen = watch_b.poll()
    assert seen.entities == {"risk_window"} and seen.case_ids == frozenset()


def test_desks_on_one_sqlite_file_see_each_others_changes(database, database_url):
    desk_b, watch_a, watch_b = _two_desks(database, database_url)
    try:
        _assert_each_desk_sees_the_others_writes(database, desk_b, watch_a, watch_b)
        assert watch_a.listen(lambda: None) is None  # no channel between desks on one file: polling only
    finally:
        desk_b.dispose()


def test_desks_on_postgres_see_each_others_changes_and_are_woken_at_once(pg_database, postgres_url):
    desk_b, watch_a, watch_b = _two_desks(pg_database, postgres_url)
    woken = threading.Event()
    connected = threading.Event()

    def wake() -> None:  # the first call comes once the listener is connected
        (woken if connected.is_set() else connected).set()

    stop = watch_a.listen(wake)
    try:
        assert connected.wait(5)
        _assert_each_desk_sees_the_others_writes(pg_database, desk_b, watch_a, watch_b)
        assert woken.wait(2), "the NOTIFY of desk B's commit woke desk A"
        woken.clear()
        move_task(
            pg_database, MoveRequest(_todo_task(pg_database)[0], TaskStatus.IN_PROGRESS, confirmed=True), NOW
        )
        assert woken.wait(2)  # its own commits wake it too; poll() then reports nothing
        assert not watch_a.poll()
    finally:
        stop()
        desk_b.dispose()
