"""A knowledge-base entry written or edited by hand: a lesson, a way with a bureau, a best practice."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.retrospective import EntryForm, TagKind
from app.domain.vocabulary import ServiceType
from app.usecases.errors import ConcurrentEdit, ValidationFailed
from app.usecases.knowledge import EntryRow, save_entry, tag_lists
from ui.field_cell import ERROR_STYLE, FieldCell, show_problems
from ui.knowledge.retrospective_dialog import tag_combo, text_box
from ui.labels import label, message_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen


class EntryDialog(QDialog):
    def __init__(self, database: Database, entry: EntryRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("entry_dialog")
        self.setWindowTitle(self.tr("编辑知识库条目") if entry else self.tr("新建知识库条目"))
        self._database, self._entry = database, entry
        self.entry_id: int | None = entry.id if entry else None
        self.title = QLineEdit(entry.title if entry else "")
        self.title.setObjectName("entry_title")
        self.body = text_box("entry_body", self.tr("经验、与窗口打交道的方法、最佳实践……"), 8)
        self.body.setPlainText(entry.body if entry else "")
        self.author = QLineEdit(entry.author if entry else "")
        self.author.setObjectName("entry_author")
        tags = tag_lists(database)
        current = (
            {
                TagKind.PROBLEM: entry.problem_type,
                TagKind.RISK_LEVEL: entry.risk_level,
                TagKind.SOLUTION: entry.solution_kind,
                TagKind.INDUSTRY: entry.industry,
            }
            if entry
            else {}
        )
        self.tags = {}
        for kind in TagKind:
            combo = tag_combo(f"tag_{kind.value}", tags[kind])
            combo.setCurrentText(current.get(kind, ""))
            self.tags[kind] = combo
        self.service = QComboBox()
        self.service.addItem(self.tr("（不限）"), "")
        for service in ServiceType:
            self.service.addItem(label(service), service.value)
        self.service.setCurrentIndex(max(0, self.service.findData(entry.service_type if entry else "")))
        self.cells = {
            "title": FieldCell(self.title),
            "body": FieldCell(self.body),
            "problem_type": FieldCell(self.tags[TagKind.PROBLEM], "problem_type_error"),
        }
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("标题 *"), self.cells["title"])
        form.addRow(self.tr("内容 *"), self.cells["body"])
        form.addRow(self.tr("作者"), self.author)
        for kind in TagKind:
            widget = self.cells["problem_type"] if kind is TagKind.PROBLEM else self.tags[kind]
            form.addRow(label(kind) + (" *" if kind is TagKind.PROBLEM else ""), widget)
        form.addRow(self.tr("业务类型"), self.service)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 560)

    def save(self) -> None:
        form = EntryForm(
            self.title.text(),
            self.body.toPlainText(),
            self.author.text(),
            self.tags[TagKind.PROBLEM].currentText(),
            self.tags[TagKind.RISK_LEVEL].currentText(),
            self.tags[TagKind.SOLUTION].currentText(),
            self.tags[TagKind.INDUSTRY].currentText(),
            self.service.currentData(),
        )
        now, entry_id, version = (
            self._database.clock.now(),
            self.entry_id,
            self._entry.version if self._entry else None,
        )
        try:
            self.entry_id = perform(self, lambda: save_entry(self._database, form, now, entry_id, version))
        except ValidationFailed as failure:
            self.error.setText(show_problems(self.cells, failure.problems))
            return
        except ConcurrentEdit as error:
            self.error.setText(message_text(error))
            return
        self.accept()
