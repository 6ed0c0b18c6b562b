"""Alembic environment: runs on the connection the app hands over (see app.db.migrate)."""

from alembic import context

from app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` on the command line (used to write new revisions)
    from app.db.database import open_database

    connection = open_database(config.get_main_option("sqlalchemy.url")).engine.connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
