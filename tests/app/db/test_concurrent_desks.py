"""Several desks (processes) re-timing the same tasks at once, on SQLite and on PostgreSQL: every
save either goes through or is refused with ConcurrentEdit — no lost update, no other error."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import Task
from app.sample.office import generate_sample_office
from tests.helpers import NOW

DESKS = 4
SAVES = 20
ROOT = Path(__file__).resolve().parents[3]


def _two_tasks_of_one_case(database: Database) -> dict[int, int]:
    """Task id → duration for two tasks of the same case: edits of either reschedule both."""
    with database.unit_of_work() as session:
        case_id = session.scalar(
            select(Task.case_id).group_by(Task.case_id).having(func.count() >= 2).order_by(Task.case_id)
        )
        tasks = session.scalars(select(Task).where(Task.case_id == case_id).order_by(Task.id).limit(2))
        return {task.id: task.duration_minutes for task in tasks}


def _run_desks(url: str, task_ids: list[int]) -> list[dict]:
    arguments = [str(SAVES), *map(str, task_ids)]
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.desk_worker", url, str(seed), *arguments],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for seed in range(DESKS)
    ]
    for desk in desks:
        assert desk.stdout.readline() == "ready\n"
    for desk in desks:  # all at once
        desk.stdin.write("go\n")
        desk.stdin.flush()
    results = []
    for desk in desks:
        output, _ = desk.communicate(timeout=120)
        assert desk.returncode == 0
        results.append(json.loads(output))
    return results


@pytest.mark.slow
def test_desks_saving_the_same_tasks_lose_no_update_and_hear_of_every_conflict(any_database: Database):
    generate_sample_office(any_database, 6, seed=7, now=NOW)
    before = _two_tasks_of_one_case(any_database)
    results = _run_desks(any_database.url.render_as_string(hide_password=False), list(before))
    assert [error for result in results for error in result["errors"]] == []
    saved = sum((Counter({int(k): v for k, v in result["saved"].items()}) for result in results), Counter())
    refused = sum(result["refused"] for result in results)
    assert saved.total() + refused == DESKS * SAVES
    with any_database.unit_of_work() as session:
        after = {task_id: session.get(Task, task_id).duration_minutes for task_id in before}
    assert after == {task_id: minutes + saved[task_id] for task_id, minutes in before.items()}
    assert refused > 0, "the desks never collided: the test proved nothing"
