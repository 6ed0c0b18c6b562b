"""Developer tool: write the next Alembic revision from what the models changed.

Usage: ``make migration MESSAGE="what changed"``. Revisions are numbered 0001, 0002, …; review the
generated file (batch mode is on for SQLite) before committing it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db.database import open_database
from app.db.migrate import alembic_config, head_revision, upgrade


def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{Path(folder) / 'scratch.sqlite3'}")
        upgrade(database)  # compare the models against the schema the current head builds
        config = alembic_config()
        next_id = f"{int(head_revision()) + 1:04d}"
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        database.dispose()


if __name__ == "__main__":
    main(" ".join(sys.argv[1:]) or "schema change")
