"""审计记录 (a settings tab): the office's audit trail filtered by dates, person, kind of record and
words, newest first, and exported to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.audit_trail import ENTITY_LABELS
from app.usecases.access import NotPermitted
from app.usecases.audit import audit_people, export_audit, office_audit
from ui.audit_table_model import AuditTableModel
from ui.field_cell import say
from ui.file_dialogs import save_file
from ui.labels import message_text, vocabulary_text
from ui.moments import to_qt_date
from ui.row_table_model import row_table
from ui.worker import run_in_background

#: Rows shown at once; the export writes every row the filters select.
SHOWN_LINES = 2000
#: Typing pauses this long (ms) before the search runs.
TYPING_PAUSE_MS = 300


class AuditView(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._loaded = False
        today = to_qt_date(database.clock.today())
        self.since, self.until = QDateEdit(today.addDays(-30)), QDateEdit(today)
        for name, edit in (("audit_since", self.since), ("audit_until", self.until)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.person = QComboBox()
        self.person.setObjectName("audit_person")
        self.person.currentIndexChanged.connect(lambda _i: self.reload())
        self.entity = QComboBox()
        self.entity.setObjectName("audit_entity")
        self.entity.addItem(self.tr("全部对象"), "")
        for entity, text in ENTITY_LABELS.items():
            self.entity.addItem(vocabulary_text(text), entity)
        self.entity.currentIndexChanged.connect(lambda _i: self.reload())
        self.search = QLineEdit()
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索原值、新值或案件编号"))
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        export = QPushButton(self.tr("导出 Excel…"))
        export.setObjectName("audit_export")
        export.setToolTip(self.tr("导出当前筛选出的全部修改记录"))
        export.clicked.connect(self.choose_export)

        self.model = AuditTableModel(self)
        self.table = row_table(self.model, "audit_lines", AuditTableModel.NEW)
        self.count = QLabel()
        self.count.setObjectName("audit_count")
        self.message = QLabel()
        self.message.setObjectName("audit_message")
        self.message.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("日期")))
        for widget in (self.since, QLabel("—"), self.until, self.person, self.entity):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(export)
        # What happened (an export, a refusal) beside the count: no empty line above the table.
        under = QHBoxLayout()
        under.addWidget(self.count)
        under.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)

    def showEvent(self, event) -> None:
        if not self._loaded:
            self._fill_people()
            self.reload()
        super().showEvent(event)

    def _fill_people(self) -> None:
        try:
            people = audit_people(self._database)
        except NotPermitted:
            people = []
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("全部人员"), "")
        for name in people:
            self.person.addItem(name, name)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))
        self.person.blockSignals(False)

    def _filters(self) -> dict:
        return {
            "since": self.since.date().toPython(),
            "until": self.until.date().toPython(),
            "entity": self.entity.currentData() or "",
            "staff": self.person.currentData() or "",
            "text": self.search.text().strip(),
        }

    def reload(self) -> None:
        self._loaded = True
        try:
            lines = office_audit(self._database, **self._filters(), limit=SHOWN_LINES)
        except NotPermitted as refusal:
            self.model.set_rows([])
            say(self.message, message_text(refusal), error=True)
            return
        self.model.set_rows(lines)
        more = (
            self.tr("（只列出最新的 {n} 条，导出可得全部）").format(n=SHOWN_LINES)
            if len(lines) == SHOWN_LINES
            else ""
        )
        self.count.setText(self.tr("共 {n} 条修改记录").format(n=len(lines)) + more)

    def choose_export(self) -> None:
        path = save_file(self, self.tr("导出审计记录"), self.tr("审计记录.xlsx"), "Excel (*.xlsx)")
        if path:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the filtered trail off the GUI thread; the message line says when it is done."""
        filters = self._filters()
        say(self.message, self.tr("正在导出…"))
        done = self.tr("已导出 {n} 条到 {path}")
        run_in_background(
            lambda: export_audit(self._database, path, **filters),
            lambda rows: say(self.message, done.format(n=f"{rows:,}", path=path)),
            lambda error: say(self.message, self.tr("导出失败：{error}").format(error=error), error=True),
            self,
        )
