"""UI fixtures: the bundled font registered once, preferences in a temporary INI file."""

from pathlib import Path

import pytest

from ui.localization import register_cjk_font
from ui.preferences import Preferences


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp) -> str:
    return register_cjk_font(qapp)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "config" / "preferences.ini")
