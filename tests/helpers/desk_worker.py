"""One desk of tests/app/db/test_concurrent_desks.py: re-times the same tasks as the other desks.

Usage: python -m tests.helpers.desk_worker URL SEED SAVES TASK_ID…

Prints ``ready``, waits for a line on stdin so every desk starts at once, then SAVES times opens a
task (as the task dialog does), waits a moment as a person would, and saves one more minute of
duration with the version it saw. Ends with one JSON line: the saves that went through per task,
the ConcurrentEdit refusals, and any other error (there should be none).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter

from app.db.database import open_database
from app.domain.permissions import SYSTEM
from app.usecases.board import TaskEdit, edit_task, task_detail
from app.usecases.errors import ConcurrentEdit
from tests.helpers import NOW


def main(url: str, seed: int, saves: int, task_ids: list[int]) -> None:
    database = open_database(url)
    database.actor = SYSTEM
    rng = random.Random(seed)
    saved, refused, errors = Counter(), 0, []
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(saves):
        task_id = rng.choice(task_ids)
        task = task_detail(database, task_id)
        time.sleep(rng.uniform(0, 0.004))
        edit = TaskEdit(
            task_id, task.version, task.assignee_id, task.duration_minutes + 1, task.notes, task.checklist
        )
        try:
            edit_task(database, edit, NOW)
        except ConcurrentEdit:
            refused += 1
        except Exception as error:  # noqa: BLE001 - reported to the test, which fails on any
            errors.append(f"{type(error).__name__}: {error}")
        else:
            saved[task_id] += 1
    database.dispose()
    print(json.dumps({"saved": saved, "refused": refused, "errors": errors}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), [int(arg) for arg in sys.argv[4:]])
