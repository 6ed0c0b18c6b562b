"""Compensation proposed by a coordinator for a manager to approve or decline.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "compensation_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "fee_waived",
                "free_redo",
                "fine_borne",
                "other",
                name="compensationkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("proposed_by_id", sa.Integer(), nullable=True),
        sa.Column("proposed_at", sa.DateTime(), nullable=False),
        sa.Column("compensation_id", sa.Integer(), nullable=True),
        sa.Column("declined_by_id", sa.Integer(), nullable=True),
        sa.Column("declined_at", sa.DateTime(), nullable=True),
        sa.Column("decline_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_compensation_proposal_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case.id"], name=op.f("fk_compensation_proposal_case_id_case"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["compensation_id"],
            ["compensation.id"],
            name=op.f("fk_compensation_proposal_compensation_id_compensation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["declined_by_id"],
            ["staff.id"],
            name=op.f("fk_compensation_proposal_declined_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["proposed_by_id"],
            ["staff.id"],
            name=op.f("fk_compensation_proposal_proposed_by_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compensation_proposal")),
    )
    with op.batch_alter_table("compensation_proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_compensation_proposal_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("compensation_proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_compensation_proposal_case_id"))
    op.drop_table("compensation_proposal")
