"""Crash safety: a desk killed (SIGKILL) in the middle of a stream of writes loses nothing it
committed, and the file stays sound — WAL with synchronous=FULL, as the app opens it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.db.database import Database, open_database
from app.db.models import CaseActivity, Staff, Task
from app.domain.permissions import SYSTEM
from app.sample.office import generate_sample_office
from tests.helpers import NOW

ROUNDS = 20
ROOT = Path(__file__).resolve().parents[3]


def _write_until_killed(
    url: str, case_id: int, author_id: int, task_id: int, rng: random.Random
) -> list[str]:
    """Start the writer, let it commit for a random while, SIGKILL it; the lines it reported."""
    arguments = [url, str(case_id), str(author_id), str(task_id)]
    command = [sys.executable, "-m", "tests.helpers.crash_writer", *arguments]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        first = child.stdout.readline()  # the first commit: from here on every kill is mid-stream
        assert first, f"the writer died before its first write: {child.stderr.read()}"
        time.sleep(rng.uniform(0.0, 0.2))
        os.kill(child.pid, signal.SIGKILL)
        rest = child.stdout.read()  # not communicate(): it would skip what readline() buffered
        errors = child.stderr.read()
        assert child.wait() == -signal.SIGKILL, f"the writer stopped by itself: {errors}"
    return [first, *rest.splitlines(keepends=True)]


def _stored(database: Database, task_id: int) -> tuple[set[int], int]:
    with database.unit_of_work() as session:
        activities = set(session.scalars(select(CaseActivity.id)))
        return activities, session.get(Task, task_id).duration_minutes


def _checks(database: Database) -> tuple[str, str, str]:
    with database.engine.connect() as connection:
        return tuple(
            connection.execute(text(f"PRAGMA {pragma}")).scalar()
            for pragma in ("integrity_check", "quick_check", "journal_mode")
        )


@pytest.mark.slow
def test_every_committed_write_survives_a_kill_and_the_file_stays_sound(database: Database):
    generate_sample_office(database, 6, seed=7, now=NOW)
    with database.unit_of_work() as session:
        task = session.scalars(select(Task).order_by(Task.id)).first()
        case_id, task_id = task.case_id, task.id
        author_id = session.scalar(select(func.min(Staff.id)))
    url = database.url.render_as_string(hide_password=False)
    activities, duration = _stored(database, task_id)
    database.dispose()
    rng = random.Random(10)
    for round_ in range(ROUNDS):
        lines = _write_until_killed(url, case_id, author_id, task_id, rng)
        reported = {
            int(line.split()[1]) for line in lines if line.startswith("activity ") and line.endswith("\n")
        }
        durations = [
            int(line.split()[1]) for line in lines if line.startswith("task ") and line.endswith("\n")
        ]
        reopened = open_database(url)
        reopened.actor = SYSTEM
        try:
            assert _checks(reopened) == ("ok", "ok", "wal"), f"round {round_}"
            now_activities, now_duration = _stored(reopened, task_id)
        finally:
            reopened.dispose()
        new = now_activities - activities
        assert reported <= new, f"round {round_}: committed comments lost: {sorted(reported - new)}"
        last_reported = durations[-1] if durations else duration
        assert now_duration >= last_reported, f"round {round_}: a committed task edit was lost"
        # Only the write in flight at the kill may have committed without being reported.
        assert len(new - reported) + (now_duration - last_reported) <= 1, f"round {round_}"
        activities, duration = now_activities, now_duration
