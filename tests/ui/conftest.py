"""UI fixtures: the bundled font registered once, preferences in a temporary INI file."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.localization import register_cjk_font
from ui.preferences import Preferences


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp) -> str:
    return register_cjk_font(qapp)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "config" / "preferences.ini")


@pytest.fixture(autouse=True)
def no_window_left_open(qapp):
    """Each test starts with no window of an earlier one still shown: a dialog a test opened and did
    not close (a staff profile, a countersign) kept the keyboard focus of the next test's window."""
    yield
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.close()
