"""Start-up upgrades that may be killed: the child processes of tests/app/db/test_migrations.py.

Usage: python -m tests.helpers.upgrade_worker, then one database file path per line on stdin.

Everything an upgrade loads is imported once; each path is then upgraded by a forked child (so a
round costs the upgrade, not an interpreter's start), which prints ``upgrading PID`` just before
``app.db.migrate.upgrade`` and ``done SECONDS`` after it. Once the child is gone (finished or
killed by the test), this process prints ``reaped STATUS``.
"""

from __future__ import annotations

import os
import sys
import time
import traceback

# Loaded before the fork, so that a round times the upgrade, not imports.
import alembic.command  # noqa: F401

import app.db.backup  # noqa: F401
from app.db.database import open_database
from app.db.migrate import upgrade


def _upgrade(path: str) -> None:
    database = open_database(f"sqlite:///{path}")
    print("upgrading", os.getpid(), flush=True)
    started = time.perf_counter()
    upgrade(database)
    print("done", time.perf_counter() - started, flush=True)


def main() -> None:
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                _upgrade(line.strip())
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                status = 1
            os._exit(status)  # the child never returns into the loop (nor runs atexit handlers)
        _, status = os.waitpid(pid, 0)
        print("reaped", status, flush=True)


if __name__ == "__main__":
    main()
