"""Per-user preferences (not office data): each declared once, typed, with its default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


class Preferences:
    """A typed view of one INI file; widgets use these properties, never raw QSettings keys."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> Path:
        return Path(self._settings.fileName())

    @property
    def language(self) -> str:
        value = self._settings.value("ui/language", DEFAULT_LANGUAGE, type=str)
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def window_geometry(self) -> QByteArray:
        value = self._settings.value("window/geometry", QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def last_page(self) -> str:
        value = self._settings.value("window/last_page", "", type=str)
        return value if isinstance(value, str) else ""

    @last_page.setter
    def last_page(self, value: str) -> None:
        self._settings.setValue("window/last_page", value)

    @property
    def desk_staff_id(self) -> int:
        """Who works at this desk (0: not chosen): the dashboard's "my tasks" and mentions."""
        value = self._settings.value("desk/staff_id", 0, type=int)
        return value if isinstance(value, int) else 0

    @desk_staff_id.setter
    def desk_staff_id(self, value: int) -> None:
        self._settings.setValue("desk/staff_id", value)

    @property
    def board_compact(self) -> bool:
        """The board's cards in two lines instead of four."""
        value = self._settings.value("board/compact", False, type=bool)
        return value if isinstance(value, bool) else False

    @board_compact.setter
    def board_compact(self, value: bool) -> None:
        self._settings.setValue("board/compact", value)

    @property
    def board_expedite_collapsed(self) -> bool | None:
        """The user folded (True) or unfolded (False) the board's ⚡ lane; None: never chose."""
        if not self._settings.contains("board/expedite_collapsed"):
            return None
        value = self._settings.value("board/expedite_collapsed", False, type=bool)
        return value if isinstance(value, bool) else None

    @board_expedite_collapsed.setter
    def board_expedite_collapsed(self, value: bool) -> None:
        self._settings.setValue("board/expedite_collapsed", value)

    def sync(self) -> None:
        self._settings.sync()
