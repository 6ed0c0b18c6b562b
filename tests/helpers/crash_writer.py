"""A desk that writes until it is killed: the child process of tests/app/db/test_crash_safety.py.

Usage: python -m tests.helpers.crash_writer URL CASE_ID AUTHOR_ID TASK_ID

Forever: a comment on the case's feed, and every third time one more minute on the task through the
task dialog's use case, each in its own unit of work. A line goes to stdout only after its commit:
``activity <id>`` or ``task <duration minutes>``, so the parent knows what must survive a kill.
"""

from __future__ import annotations

import sys
from itertools import count

from app.db.database import open_database
from app.domain.permissions import SYSTEM
from app.usecases.board import TaskEdit, edit_task, task_detail
from app.usecases.case_activity import post_activity
from tests.helpers import NOW


def main(url: str, case_id: int, author_id: int, task_id: int) -> None:
    database = open_database(url)
    database.actor = SYSTEM
    for n in count(1):
        activity_id = post_activity(database, case_id, author_id, f"崩溃测试第 {n} 条", NOW)
        print("activity", activity_id, flush=True)
        if n % 3 == 0:
            task = task_detail(database, task_id)
            longer = task.duration_minutes + 1
            edit = TaskEdit(task_id, task.version, task.assignee_id, longer, task.notes, task.checklist)
            edit_task(database, edit, NOW)
            print("task", longer, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], *map(int, sys.argv[2:5]))
