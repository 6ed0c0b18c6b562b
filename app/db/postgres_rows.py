"""Rows read from PostgreSQL a part at a time, so that a large read on the thread pool lets the
window paint meanwhile.

psycopg turns a whole result into Python rows in one call of its C extension, holding the interpreter
lock throughout: 15,000 board cards kept the window from painting for 20–40 ms at a time. A part of
500 rows is a few milliseconds; between parts the interpreter hands the lock to a waiting thread.
"""

from __future__ import annotations

from typing import Any

import psycopg

#: Rows turned into Python objects per call (a few milliseconds of work).
PART_ROWS = 500


class PartedCursor(psycopg.Cursor[Any]):
    """The cursor of every connection to a server (``cursor_factory``): ``fetchall`` in parts."""

    def fetchall(self) -> list[Any]:
        rows: list[Any] = []
        while part := self.fetchmany(PART_ROWS):
            rows += part
        return rows
