"""材料预审 of a case already taken in: the supervisor and legal reviews signed later, or an override."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.intake_form import IntakeForm
from app.domain.material_checklist import builtin_material_checklist
from app.usecases.errors import UseCaseError, ValidationFailed
from app.usecases.material_review import load_case_materials, save_case_materials
from app.usecases.staff import list_staff
from ui.field_cell import ERROR_STYLE
from ui.intake.materials_panel import MaterialsPanel
from ui.labels import label, message_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen


class MaterialReviewDialog(QDialog):
    def __init__(self, database: Database, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("material_review_dialog")
        self._database = database
        self._case = load_case_materials(database, case_id)
        form = self._case.form
        self.setWindowTitle(self.tr("材料预审 — {number}").format(number=self._case.number))
        heading = QLabel(
            self.tr("{client}　{service}　截止 {deadline}　状态：{status}").format(
                client=self._case.client_name, service=label(form.service_type),
                deadline=format_datetime(form.deadline) if form.deadline else "",
                status=label(self._case.status),
            )
        )  # fmt: skip
        heading.setObjectName("review_heading")
        self.panel = MaterialsPanel(database)
        self.panel.subject = lambda: f"{self._case.number} — {self._case.client_name}"
        self.panel.set_staff(list_staff(database))
        self.panel.set_checklist(builtin_material_checklist(form.service_type), form.materials)
        self.panel.set_reviews(form.reviews)
        self.panel.set_override(form.acceptance_override_by_id, form.acceptance_override_reason)
        self.panel.changed.connect(self._evaluate)
        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        cancel = QPushButton(self.tr("取消"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("保存预审"))
        self.save_button.setObjectName("save_review")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("保存（Enter 或 Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1040, 640)
        self._evaluate()
        self.panel.table.setFocus()

    def _form(self) -> IntakeForm:
        self.panel.fill_form(self._case.form)
        return self._case.form

    def _evaluate(self) -> None:
        self.panel.evaluate(
            self._form(), self._case.client_name, self._case.credit_code, self._database.clock.today()
        )

    def save(self) -> None:
        self._form()
        problems = self.panel.date_problems()
        try:
            if problems:
                raise ValidationFailed({"materials": problems[0]})
            case, now = self._case, self._database.clock.now()
            self.status, _open = perform(self, lambda: save_case_materials(self._database, case, now))
        except ValidationFailed as failure:
            self.panel.show_problems(failure.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(message_text(failure))
            return
        except UseCaseError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(message_text(error))
            return
        self.accept()
