"""Letters, evidence and signed scans stored in the database by sha256; the desk's files moved in.

The files found in the upgrading desk's old folders (``letters/`` and ``evidence/`` beside the
SQLite file, or in the data folder for PostgreSQL) are checked and stored; the ones missing stay as
placeholders, logged, and each other desk brings in its own at start-up (app.startup). The old
files are left on disk. Downgrading drops the stored documents: only the files still on disk remain.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.db.document_store import desk_folder, expect_referenced_documents, move_in_desk_files

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_document",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_document")),
    )
    op.create_table(
        "stored_document_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["stored_document.sha256"],
            name=op.f("fk_stored_document_chunk_sha256_stored_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_stored_document_chunk")),
    )
    with op.batch_alter_table("letter_version", schema=None) as batch_op:
        batch_op.alter_column("scan_sha256", existing_type=sa.String(length=64), nullable=True)
    op.execute("UPDATE letter_version SET scan_sha256 = NULL WHERE scan_sha256 = ''")  # no scan

    connection = op.get_bind()
    expect_referenced_documents(connection)  # every row the foreign keys below need
    move_in_desk_files(connection, desk_folder(connection.engine.url))

    with op.batch_alter_table("letter_version", schema=None) as batch_op:
        for column in ("sha256", "scan_sha256"):
            batch_op.create_foreign_key(
                op.f(f"fk_letter_version_{column}_stored_document"), "stored_document", [column], ["sha256"]
            )
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f("fk_evidence_file_sha256_stored_document"), "stored_document", ["sha256"], ["sha256"]
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence_file", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_evidence_file_sha256_stored_document"), type_="foreignkey")
    with op.batch_alter_table("letter_version", schema=None) as batch_op:
        for column in ("sha256", "scan_sha256"):
            batch_op.drop_constraint(op.f(f"fk_letter_version_{column}_stored_document"), type_="foreignkey")
    op.execute("UPDATE letter_version SET scan_sha256 = '' WHERE scan_sha256 IS NULL")
    with op.batch_alter_table("letter_version", schema=None) as batch_op:
        batch_op.alter_column("scan_sha256", existing_type=sa.String(length=64), nullable=False)
    op.drop_table("stored_document_chunk")
    op.drop_table("stored_document")
