"""The main window on a scratch copy of the large office, offscreen, as the app shows it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.database import Database  # noqa: E402
from app.sample.logins import DEMO_PASSWORD  # noqa: E402
from app.usecases.accounts import login  # noqa: E402
from tests.benchmarks.office import open_office  # noqa: E402
from ui.garbage_collection import IdleCollector  # noqa: E402
from ui.localization import register_cjk_font  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


@contextmanager
def office_window(
    cases: int, username: str | None = None
) -> Iterator[tuple[QApplication, MainWindow, Database]]:
    """(the app, its main window shown at 1500 × 900, the database); closed and disposed after. Run as
    the system, or as ``username`` logged in (a sample person, with the demo password)."""
    app = QApplication.instance() or QApplication([])
    register_cjk_font(app)
    with open_office(cases) as database, tempfile.TemporaryDirectory() as config:
        if username is not None:
            database.actor = login(database, username, DEMO_PASSWORD, database.clock.now())
        window = MainWindow(database, Preferences(Path(config) / "preferences.ini"))
        window.resize(1500, 900)
        window.show()
        collector = IdleCollector(app)  # garbage collected as the app collects it (ui.application)
        try:
            yield app, window, database
        finally:
            collector.stop()
            window.close()
