"""Several desks on one database: which cases (and which kinds of records) another desk changed since
this desk last looked.

The audit trail is the change feed: every audited write adds rows to ``audit_entry`` in its own
transaction, so the rows past the last one seen name what changed. A desk skips the rows it wrote
itself (app.db.audited_session.watch_own_writes): it does not reload after its own moves. On PostgreSQL
the writing transaction also NOTIFYs, and :meth:`ChangeWatcher.listen` wakes the desk at once;
polling stays the fallback (and the only way on SQLite, where one file has no such channel).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy import func, or_, select
from sqlalchemy.exc import DBAPIError

from app.db.audited_session import CHANNEL, watch_own_writes
from app.db.changes import Changes
from app.db.database import Database
from app.db.models import AuditEntry

#: How long an id skipped by the feed is looked for again: on PostgreSQL a transaction that drew a
#: lower id may commit after one with a higher id; a rolled-back one never will.
GAP_SECONDS = 30.0
#: How long the listener waits before connecting again after losing the server.
RECONNECT_SECONDS = 5.0


class ChangeWatcher:
    """Reports, each time it is asked, what other desks changed since the last time."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._own = watch_own_writes(database)
        self._gaps: dict[int, float] = {}  # id → when it was first missed
        with database.unit_of_work() as session:
            self._last = session.scalar(select(func.max(AuditEntry.id))) or 0

    def poll(self) -> Changes:
        """The changes committed by others since the last poll. A database that cannot be reached
        right now reports nothing; the next poll asks again."""
        now = time.monotonic()
        self._gaps = {gap: since for gap, since in self._gaps.items() if now - since < GAP_SECONDS}
        newer = AuditEntry.id > self._last
        query = select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.case_id).where(
            or_(newer, AuditEntry.id.in_(self._gaps)) if self._gaps else newer
        )
        try:
            with self._database.unit_of_work() as session:
                rows = session.execute(query).all()
        except DBAPIError:
            return Changes()
        seen = {row[0] for row in rows}
        top = max(seen | {self._last})
        self._gaps.update((gap, now) for gap in range(self._last + 1, top) if gap not in seen)
        for row_id in seen:
            self._gaps.pop(row_id, None)
        self._last = top
        theirs = [
            (entity, entity_id, case_id)
            for row_id, entity, entity_id, case_id in rows
            if row_id not in self._own
        ]
        self._own.difference_update(seen)
        return Changes.of(theirs)

    def listen(self, wake: Callable[[], None]) -> Callable[[], None] | None:
        """On PostgreSQL, call ``wake`` (from a background thread) whenever another transaction
        commits audited changes; returns the function that stops listening. None elsewhere."""
        if self._database.engine.dialect.name != "postgresql":
            return None
        stop = threading.Event()
        thread = threading.Thread(target=self._listen, args=(wake, stop), name="desk-sync", daemon=True)
        thread.start()

        def stopper() -> None:
            stop.set()
            thread.join(timeout=3)

        return stopper

    def _listen(self, wake: Callable[[], None], stop: threading.Event) -> None:
        import psycopg

        # The server URL without SQLAlchemy's driver suffix, password included: psycopg connects itself.
        conninfo = self._database.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    wake()  # whatever was committed while not listening
                    while not stop.is_set():
                        for _notice in connection.notifies(timeout=1.0, stop_after=1):
                            wake()
            except psycopg.Error:
                stop.wait(RECONNECT_SECONDS)  # the server is away: polling carries on meanwhile
