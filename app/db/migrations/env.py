"""Alembic environment: runs on the connection the app hands over (see app.db.migrate)."""

from alembic import context

from app.db.models import Base

context.configure(
    # app.db.migrate (and app.db.new_revision) always hand over an open connection.
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
