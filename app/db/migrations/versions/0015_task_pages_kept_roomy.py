"""Task pages on PostgreSQL kept a fifth empty (fillfactor 80).

Every edit of a plan rewrites the schedule figures of its case's tasks (up to a thousand rows). With
room on the page PostgreSQL writes each new row version beside the old one and touches none of the
table's indexes (a heap-only update); on full pages each row moved and every index gained an entry:
a 1,000-task Gantt drag spent 50–75 ms in the server on that alone, against 30 ms with room. Pages
written from now on keep the room; the full pages of older rows gain it as those rows are rewritten.
SQLite has no such setting: nothing changes there.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 15:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE task SET (fillfactor = 80)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE task RESET (fillfactor)")
