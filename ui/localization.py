"""Chinese first: the bundled CJK font, Qt's own Chinese dialogs, and the English translation."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import CJK_FONT_FILE, TRANSLATIONS_DIR

TRANSLATION_BASENAME = "expedite_desk"
#: What the qtbase_zh_CN catalogue shipped with PySide6 lacks (resources/translations/*.ts, compiled).
QT_SUPPLEMENT = "qtbase_supplement_zh_CN"
log = logging.getLogger(__name__)
#: The translators install_translators put in place last: a language replaces them.
_installed: list[QTranslator] = []


def register_cjk_font(app: QApplication) -> str:
    """Register the bundled font and put it behind the default family as the CJK fallback.

    Returns the family name, so Chinese renders on a PC that has no CJK font of its own.
    """
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
    if font_id < 0:
        raise RuntimeError(f"cannot load the bundled CJK font {CJK_FONT_FILE}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return family


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translations for ``language`` ("zh_CN" or "en"), in place of those of the language
    installed before (stacked, Qt's Chinese dialogs stayed Chinese in English); returns them to keep alive.

    The source strings are Chinese, so Chinese needs only Qt's own catalogue (standard dialogs,
    context menus) and our supplement to it (the labels it lacks); English needs the app's catalogue.
    """
    for earlier in _installed:
        app.removeTranslator(earlier)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "zh_CN":
        catalogues = [
            ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (QT_SUPPLEMENT, str(TRANSLATIONS_DIR)),
        ]
    else:
        catalogues = [(f"{TRANSLATION_BASENAME}_{language}", str(TRANSLATIONS_DIR))]
    translators = []
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translation catalogue %s not found in %s (run `make translations`)", name, folder)
    _installed.extend(translators)
    return translators
