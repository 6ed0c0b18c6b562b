"""English all the way: with the English catalogue every page and dialog shows no Chinese character
but the office's own data (client names, case titles, staff, task names: strings of the database),
and a mnemonic survives its translation."""

from __future__ import annotations

import contextlib
import json
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QAction, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import JSON, String, Text, select

from app.db.models import Base
from app.domain.material_checklist import builtin_material_checklist, checklist_problems
from app.domain.message import Message
from app.domain.permissions import Actor, Permission
from app.domain.vocabulary import QT_TRANSLATE_NOOP, ServiceType, StaffRole
from app.usecases.access import NotPermitted
from app.usecases.errors import ValidationFailed
from app.usecases.sop import builtin_english_names, import_builtin_templates, load_template
from tests.ui.screens import dialogs, interface_language, tabs
from tests.ui.test_translations import ENGLISH_TS
from ui.intake.material_check_model import NAME, MaterialCheckModel
from ui.labels import message_text, template_name
from ui.main_window import PAGE_KEYS, MainWindow
from ui.settings.sop_template_editor import SopTemplateEditor

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
ROWS = 40  # of each list: the rows' texts are made by the same code
#: Chinese the English interface shows on purpose, each for its reason.
CHINESE_BY_DESIGN = tuple(
    re.compile(pattern)
    for pattern in (
        r"^中文（简体）$",  # the language chooser names each language in itself
        r"12月4日下午5点|11月20日, 昨天",  # the typed forms a date field reads, Chinese ones included
        r"^一、元旦：",  # the example of the State Council's notice, pasted as published
        # Client notices, their templates and placeholders: the client reads Chinese.
        r"\{(客户|案件编号|案件名称|里程碑|预计完成|原因|进展|截止时间)\}|您好！",
        r"^(<b>)?主管复核：经营范围变更加急|^导出 PDF$",  # what the walk itself passes (tests/ui/screens.py)
    )
)


class RecordingPainter(QPainter):
    """A painter that remembers the text a delegate or a chart draws with it."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args) -> None:  # noqa: N802 - Qt's name, called by our painting code
        self.texts += [arg for arg in args if isinstance(arg, str)]
        super().drawText(*args)


def _painted(view: QAbstractItemView) -> list[str]:
    """What the view's own delegate and header paint (board cards, the board's lanes)."""
    image = QImage(
        max(1, view.viewport().width()), max(1, view.viewport().height()), QImage.Format.Format_RGB32
    )
    painter = RecordingPainter(image)
    try:
        model = view.model()
        delegate = view.itemDelegate()
        if model is not None and type(delegate).__module__.startswith("ui."):
            for row in range(min(ROWS, model.rowCount(QModelIndex()))):
                for column in range(_columns(model)):
                    index = model.index(row, column)
                    option = QStyleOptionViewItem()
                    option.rect = view.visualRect(index)
                    delegate.paint(painter, option, index)
        for header in (getattr(view, "verticalHeader", None), getattr(view, "horizontalHeader", None)):
            if header is not None and type(header()).__module__.startswith("ui."):
                for section in range(header().count()):
                    header().paintSection(painter, QRect(0, 0, 200, 60), section)
    finally:
        painter.end()
    return painter.texts


def _chart(widget: QWidget) -> list[str]:
    """What a chart paints (the Gantt's headers and bars), through its painting method."""
    image = QImage(max(1, widget.width()), 400, QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    try:
        widget.paint_chart(painter, 0, widget.width(), 0, 400)
    finally:
        painter.end()
    return painter.texts


def _columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())


def _model_texts(model: QAbstractItemModel) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    texts = [
        model.headerData(section, orientation, role)
        for orientation, count in ((Qt.Orientation.Horizontal, _columns(model)),
                                   (Qt.Orientation.Vertical, min(ROWS, model.rowCount(QModelIndex()))))
        for section in range(count)
        for role in roles
    ]  # fmt: skip
    texts += [
        model.index(row, column).data(role)
        for row in range(min(ROWS, model.rowCount(QModelIndex())))
        for column in range(_columns(model))
        for role in roles
    ]
    return [text for text in texts if isinstance(text, str)]


def _texts(window: QWidget) -> list[str]:
    """Every text ``window`` shows now: its title, labels, buttons, tabs, boxes, tips, placeholders,
    choices, lists (headers, cells, tips) and what its delegates and charts paint."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            if widget.model() is not None:
                texts += _model_texts(widget.model())
            texts += _painted(widget)
        if hasattr(widget, "paint_chart"):
            texts += _chart(widget)
    for action in window.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text and HAN.search(text)]


def _database_texts(database) -> set[str]:
    """Every string the database holds, and the strings inside its JSON: the office's own words."""
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
            found.update(line for line in value.splitlines() if line)
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    add(json.loads(value))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, list):
            for item in value:
                add(item)

    with database.unit_of_work() as session:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String | Text | JSON):
                    for value in session.scalars(select(column).distinct()):
                        add(value)
    return {text for text in found if HAN.search(text)}


def _catalogue() -> list[tuple[str, str]]:
    root = ET.parse(ENGLISH_TS).getroot()
    return [
        (message.findtext("source") or "", "".join(message.find("translation").itertext()))
        for message in root.iter("message")
    ]


def _builtin_words() -> set[str]:
    """The built-in material checklists' and SOP templates' Chinese words: the database holds them as
    it holds an office's own (a case's materials, a template kept as imported), yet they carry English."""
    checklists = [builtin_material_checklist(service) for service in ServiceType]
    words = {checklist.name for checklist in checklists} | set(builtin_english_names())
    return words | {
        text for checklist in checklists for item in checklist.items for text in (item.name, item.hint)
    }


def _unexplained(text: str, data: list[str]) -> str:
    """``text`` without the office's data in it: what is left must hold no Chinese."""
    for value in data:  # the longest first: a name inside a title is taken with the title
        if value in text:
            text = text.replace(value, "")
            if not HAN.search(text):
                break
    return text


def test_the_english_interface_shows_chinese_only_in_the_offices_data(
    qapp, qtbot, sample_database, preferences, tmp_path
):
    shown: dict[str, str] = {}  # text → where it was first seen
    with interface_language(qapp, "en"):
        main = MainWindow(sample_database, preferences)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        for key in PAGE_KEYS:
            main.show_page(key)
            for name in tabs(key, main):
                QApplication.processEvents()
                for text in _texts(main):
                    shown.setdefault(text, name)
        for name, open_dialog in dialogs(sample_database, main, tmp_path):
            dialog = open_dialog()
            qtbot.addWidget(dialog)
            dialog.show()
            for where in tabs(name, dialog):
                QApplication.processEvents()
                for text in _texts(dialog):
                    shown.setdefault(text, where)
            dialog.close()
    data = sorted(_database_texts(sample_database) - _builtin_words(), key=len, reverse=True)
    chinese = [
        f"{where}: {text!r}"
        for text, where in shown.items()
        if not any(pattern.search(text) for pattern in CHINESE_BY_DESIGN)
        and HAN.search(_unexplained(text, data))
    ]
    assert not chinese, f"{len(chinese)} texts in Chinese:\n" + "\n".join(chinese)


def test_built_in_words_read_in_english_until_the_office_renames_a_template(qapp, qtbot, database):
    """A material checklist's items and problems, and a built-in template's name while the office
    keeps it: the English of their files; a renamed template shows as stored."""
    import_builtin_templates(database)
    published = load_template(database, "tax-filing-expedite")
    checklist = builtin_material_checklist(ServiceType.BANK_ACCOUNT)
    with interface_language(qapp, "en"):
        model = MaterialCheckModel()
        model.set_checklist(checklist, [])
        assert model.index(0, NAME).data() == "Original business licence"
        assert (
            model.index(0, NAME)
            .data(Qt.ItemDataRole.ToolTipRole)
            .startswith("Original business licence\nName and unified social")
        )  # the whole name, cut in a narrow column, then the hint
        assert "“Original business licence”" in message_text(checklist_problems(checklist, {})[0])
        editor = SopTemplateEditor(database, published.template, published.version)
        qtbot.addWidget(editor)
        assert editor.name.text() == "Tax filing (expedite)"
        assert editor.template().name == "税务申报（加急版）"  # shown in English, kept as stored
        editor.name.setText("Tax filing (rush)")
        assert editor.template().name == "Tax filing (rush)"
        assert template_name("税务申报（本所加急版）") == "税务申报（本所加急版）"
    assert template_name("税务申报（加急版）") == "税务申报（加急版）"
    assert model.index(0, NAME).data() == "营业执照正本原件"


def test_a_mnemonic_keeps_exactly_one_ampersand_in_english():
    """A source with a mnemonic keeps one; an "and" written "&" where there is none is "&&" (a lone
    "&" turned "Office & interface" into "Office _interface")."""

    def mnemonics(text: str) -> int:
        return text.replace("&&", "").count("&")

    lost = [
        f"{source!r} → {english!r}"
        for source, english in _catalogue()
        if mnemonics(english) != min(1, mnemonics(source))
    ]
    assert not lost


def test_use_case_messages_read_in_english(qapp):
    """A refused form's problems, a refusal's role and action, and a message's parameters."""
    refusal = NotPermitted(Actor(7, "李娜", StaffRole.FRONT_DESK, "lina"), Permission.APPROVE_FEES)
    failure = ValidationFailed(
        {
            "title": Message(QT_TRANSLATE_NOOP("messages", "不能超过 {limit} 个字"), limit=200),
            "client_contact": QT_TRANSLATE_NOOP("messages", "请填写联系人"),
        }
    )
    with interface_language(qapp, "en"):
        assert not HAN.search(message_text(refusal)), message_text(refusal)
        assert "200" in message_text(failure) and not HAN.search(message_text(failure))
    assert str(failure) == "不能超过 200 个字；请填写联系人"  # Chinese where no translation is asked for


def test_the_cases_list_is_wide_enough_for_its_english_words(qapp, qtbot, sample_database, preferences):
    """“Company …”, “Awaiting …”: the columns had the widths of the Chinese words."""
    with interface_language(qapp, "en"):
        main = MainWindow(sample_database, preferences)
        qtbot.addWidget(main)
        main.show()
        main.show_page("cases")
        table = main.page("cases").table
        model, header, metrics = table.model(), table.horizontalHeader(), table.fontMetrics()
        qtbot.waitUntil(lambda: model.rowCount() > 0)  # read off the GUI thread
        cut = []
        for column in range(model.columnCount()):
            texts = [model.headerData(column, Qt.Orientation.Horizontal)]
            if column in (2, 4, 5):  # service type, status, priority: words of the lists
                texts += [model.index(row, column).data() for row in range(model.rowCount())]
            cut += [
                f"{text!r} in {table.columnWidth(column)} px"
                for text in set(texts)
                if header.sectionResizeMode(column) is not header.ResizeMode.Stretch
                and metrics.horizontalAdvance(text or "") + 12 > table.columnWidth(column)
            ]
    assert not cut
