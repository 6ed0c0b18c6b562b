"""Qt's own dialogs in the Chinese interface: no label, button or tab of a file or print dialog left in
English (Qt's catalogue lacks some labels since Qt 6: resources/translations/qtbase_supplement_zh_CN.ts)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QGroupBox, QLabel, QTabWidget, QWidget

from ui.file_dialogs import file_dialog
from ui.localization import install_translators


@pytest.fixture
def chinese(qapp):
    default = QLocale()
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


def _english(dialog: QWidget) -> list[str]:
    """The words a person reads on ``dialog`` that are English (file names and paths aside)."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisibleTo(dialog)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    texts += [tabs.tabText(i) for tabs in dialog.findChildren(QTabWidget) for i in range(tabs.count())]
    return [
        text for text in texts if re.search("[A-Za-z]{2}", text) and not re.search("[\u4e00-\u9fff]", text)
    ]


def test_the_file_dialogs_are_chinese(qtbot, chinese):
    for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = file_dialog(None, "导出 PDF", None, "PDF (*.pdf)")
        qtbot.addWidget(dialog)
        dialog.setAcceptMode(accept)
        dialog.show()
        assert _english(dialog) == []
        assert {"查找范围(&L)：", "文件类型(&T)："} <= {label.text() for label in dialog.findChildren(QLabel)}


# A desk without a print server has no native printer: the page set-up is Qt's own, and it says so.
@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_the_print_dialogs_are_chinese(qtbot, chinese):
    printer = QPrinter()
    for dialog in (QPrintDialog(printer), QPageSetupDialog(printer)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _english(dialog) == []
