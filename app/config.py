"""Where the office's data lives and how a command picks its database.

Every environment variable the app reads is declared here, once.
"""

from __future__ import annotations

import getpass
import os
import platform
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from app import APP_NAME

#: Database URL for every command, overridden by ``--database``.
DATABASE_URL_ENV = "EXPEDITE_DESK_DATABASE_URL"
#: Overrides the data folder (backups, attachments, the embedded database).
DATA_DIR_ENV = "EXPEDITE_DESK_DATA_DIR"
#: Overrides the folder of the per-user preferences file (window geometry, language).
CONFIG_DIR_ENV = "EXPEDITE_DESK_CONFIG_DIR"
#: The password that `expedite-desk backup --encrypt` seals the backup with (else it asks).
BACKUP_PASSWORD_ENV = "EXPEDITE_DESK_BACKUP_PASSWORD"
#: The login name every command that reads or writes office data runs as, overridden by ``--user``.
LOGIN_USER_ENV = "EXPEDITE_DESK_USER"
#: That login's password (else the command asks at a terminal; never read from a pipe).
LOGIN_PASSWORD_ENV = "EXPEDITE_DESK_PASSWORD"
#: When set, the GUI prints the wall-clock time the main window was first shown and quits;
#: the cold-start benchmark reads it.
STARTUP_PROBE_ENV = "EXPEDITE_DESK_STARTUP_PROBE"

DATABASE_FILE_NAME = "expedite-desk.sqlite3"


def data_dir() -> Path:
    """The user's data folder (created on demand by the commands that write to it)."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DATABASE_FILE_NAME}"


def resolve_database_url(cli_value: str | None) -> tuple[str, bool]:
    """The URL a command should use, and whether it is the embedded default.

    Precedence: ``--database``, then the environment, then the embedded SQLite file.
    """
    if cli_value:
        return cli_value, False
    env_value = os.environ.get(DATABASE_URL_ENV)
    if env_value:
        return env_value, False
    return default_database_url(), True


def desk_name() -> str:
    """This desk (user and computer): whose intake draft is whose when desks share a database."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers and services
        user = "desk"
    return f"{user}@{platform.node() or 'localhost'}"
