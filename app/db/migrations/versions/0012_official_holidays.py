"""The State Council's holiday notices the office imports: a year's official days off and make-up days.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "holiday_notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("imported_by_name", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["staff.id"],
            name=op.f("fk_holiday_notice_imported_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_notice")),
        sa.UniqueConstraint("year", name=op.f("uq_holiday_notice_year")),
    )
    op.create_table(
        "holiday_notice_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("holiday", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["holiday_notice.id"],
            name=op.f("fk_holiday_notice_day_notice_id_holiday_notice"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_notice_day")),
        sa.UniqueConstraint("notice_id", "day", name="uq_holiday_notice_day_notice_day"),
    )


def downgrade() -> None:
    op.drop_table("holiday_notice_day")
    op.drop_table("holiday_notice")
