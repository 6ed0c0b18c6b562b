"""Chinese first, English complete: the catalogue covers every string and loads in Qt."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from resources import TRANSLATIONS_DIR
from ui.localization import TRANSLATION_BASENAME, install_translators

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = TRANSLATIONS_DIR / f"{TRANSLATION_BASENAME}_en.ts"
TOOLS = Path(sys.executable).parent


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_every_english_string_is_translated():
    untranslated = [
        source
        for source, translation in _messages(ENGLISH_TS).items()
        if translation.get("type") is not None or not "".join(translation.itertext()).strip()
    ]
    assert untranslated == []


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path):
    fresh = tmp_path / ENGLISH_TS.name
    shutil.copy(ENGLISH_TS, fresh)
    sources = sorted(str(p) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, "-no-obsolete", "-silent", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(_messages(fresh)) == set(_messages(ENGLISH_TS)), "run `make translations-update`"


def test_the_compiled_catalogue_translates(qapp, tmp_path: Path):
    qm = tmp_path / "en.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", str(ENGLISH_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "案件") == "Cases"
        assert QCoreApplication.translate("vocabulary", "受阻") == "Blocked"
    finally:
        qapp.removeTranslator(translator)


def test_chinese_loads_qts_own_catalogue_for_standard_dialogs(qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        assert len(translators) == 2  # Qt's catalogue and our supplement to it
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_language_replaces_the_one_installed_before(qapp):
    """Seen: the app's start installed Chinese, a later switch to English stacked on it, and Qt's own
    dialogs stayed Chinese in the English interface."""
    default = QLocale()
    install_translators(qapp, "zh_CN")
    translators = []
    try:
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        translators = install_translators(qapp, "en")
        assert translators and QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default)
