"""SOP templates and their versions, calendar overrides, task checklists, office hours.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 09:28:09.745957
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_override",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("working", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_override")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_override_day")),
    )
    op.create_table(
        "sop_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("service_type", sa.String(length=32), nullable=False),
        sa.Column("flow", sa.String(length=16), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_template")),
        sa.UniqueConstraint("code", name=op.f("uq_sop_template_code")),
    )
    with op.batch_alter_table("sop_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sop_template_service_type"), ["service_type"], unique=False)

    op.create_table(
        "sop_template_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision_note", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column(
            "published_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["sop_template.id"],
            name=op.f("fk_sop_template_version_template_id_sop_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sop_template_version")),
        sa.UniqueConstraint("template_id", "version", name="uq_sop_template_version_number"),
    )
    with op.batch_alter_table("sop_template_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sop_template_version_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "task_checklist_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_task_checklist_item_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_checklist_item")),
    )
    with op.batch_alter_table("task_checklist_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_checklist_item_task_id"), ["task_id"], unique=False)

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sop_version_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_case_sop_version_id_sop_template_version"),
            "sop_template_version",
            ["sop_version_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "office_hours",
                sa.String(length=100),
                server_default="09:00-12:00, 13:30-18:00",
                nullable=False,
            )
        )

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sop_step_key", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("milestone", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_column("milestone")
        batch_op.drop_column("sop_step_key")

    with op.batch_alter_table("office_profile", schema=None) as batch_op:
        batch_op.drop_column("office_hours")

    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_case_sop_version_id_sop_template_version"), type_="foreignkey"
        )
        batch_op.drop_column("sop_version_id")

    with op.batch_alter_table("task_checklist_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_checklist_item_task_id"))

    op.drop_table("task_checklist_item")
    with op.batch_alter_table("sop_template_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sop_template_version_template_id"))

    op.drop_table("sop_template_version")
    with op.batch_alter_table("sop_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sop_template_service_type"))

    op.drop_table("sop_template")
    op.drop_table("calendar_override")
