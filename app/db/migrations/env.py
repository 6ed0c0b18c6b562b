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
    # All or nothing: app.db.migrate.run_alembic holds one transaction over the whole run, so
    # begin_transaction below is a no-op and no step commits on its own.
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
