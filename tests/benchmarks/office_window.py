"""The main window on a scratch copy of the large office, offscreen, as the app shows it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.database import Database, open_database  # noqa: E402
from app.domain.permissions import SYSTEM  # noqa: E402
from tests.benchmarks.office import office_copy  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


@contextmanager
def office_window(cases: int) -> Iterator[tuple[QApplication, MainWindow, Database]]:
    """(the app, its main window shown at 1500 × 900, the database); closed and disposed after."""
    app = QApplication.instance() or QApplication([])
    register_cjk_font(app)
    with office_copy(cases) as copy, tempfile.TemporaryDirectory() as config:
        database = open_database(f"sqlite:///{copy}")
        database.actor = SYSTEM  # the figures are the use cases', not a role's
        window = MainWindow(database, Preferences(Path(config) / "preferences.ini"))
        window.resize(1500, 900)
        window.show()
        try:
            yield app, window, database
        finally:
            window.close()
            database.dispose()
