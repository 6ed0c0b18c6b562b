"""材料预审: the checklist table, the consistency of the documents, three reviews, an override.

Shared by the intake form and the later review of a case's materials.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.domain.intake_form import (
    REVIEW_ROLES,
    SUPERVISOR_ROLES,
    IntakeForm,
    MaterialEntry,
    ReviewEntry,
    acceptance_problems,
)
from app.domain.material_checklist import ItemState, MaterialChecklist, ReviewLevel
from app.usecases.staff import StaffMember, staffing_of
from ui.field_cell import ERROR_STYLE, FieldCell
from ui.intake.material_check_model import NOTE, STATE, MaterialCheckModel
from ui.labels import captioned, joined_text, label
from ui.row_table_model import Index
from ui.signature_field import SignatureField

PASS_STYLE = "color: #2e7d32; font-weight: bold;"


class _StateDelegate(QStyledItemDelegate):
    """A combo box for the state column (the keyboard's way is Space, see MaterialTable)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for state in ItemState:
            editor.addItem(label(state), state)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):  # always: createEditor made it
            editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())


class MaterialTable(QTableView):
    """Space cycles the current item's state: missing → received → problem."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.state() != QAbstractItemView.State.EditingState:
            model = self.model()
            if isinstance(model, MaterialCheckModel) and self.currentIndex().isValid():
                model.cycle_state(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class MaterialsPanel(QWidget):
    """The reviews and 破例受理 are signed, not picked: by the person logged in or by another at this
    desk with their password (ui/signature_field.py). ``subject()`` names the case for that signature.

    Signals:
    changed(): a check, a review or the override changed.
    """

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff: list[StaffMember] = []
        self._checklist: MaterialChecklist | None = None
        self.subject: Callable[[], str] = lambda: ""
        self.model = MaterialCheckModel(self)
        self.model.checks_changed.connect(self.changed)

        self.table = MaterialTable()
        self.table.setObjectName("material_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(STATE, _StateDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere in the form
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((230, 70, 180, 150, 90, 90, 160)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)

        hint = QLabel(
            self.tr("空格键切换状态（缺失 → 已收到 → 有问题）；F2 或直接输入编辑单元格；日期如 2026-01-31。")
        )
        hint.setWordWrap(True)
        all_received = QPushButton(self.tr("全部标记为已收到"))
        all_received.setObjectName("all_received")
        all_received.setToolTip(self.tr("未收到的材料全部标记为已收到（Alt+R）"))
        all_received.setAutoDefault(False)
        all_received.clicked.connect(self.model.mark_all_received)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(all_received)

        self.status = QLabel()
        self.status.setObjectName("material_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        reviews = QGroupBox(self.tr("三级审核（每级须由不同的人完成）"))
        review_layout = QFormLayout(reviews)
        self.reviewers: dict[ReviewLevel, SignatureField] = {}
        self._review_cells: dict[ReviewLevel, FieldCell] = {}
        for level in ReviewLevel:
            field = SignatureField(
                database, f"review_{level.value}", REVIEW_ROLES[level],
                partial(self._review_subject, level),
                empty=self.tr("（未审核）"),
                others=level is not ReviewLevel.LEGAL,  # a compliance login signs 终审 itself
                show_time=True,  # when it was signed here, not when the form is saved
            )  # fmt: skip
            cell = FieldCell(field, f"review_{level.value}_error")
            field.changed.connect(lambda c=cell: c.show_problem(None))  # signed anew: saving checks again
            field.changed.connect(self.changed)
            review_layout.addRow(label(level), cell)
            self.reviewers[level], self._review_cells[level] = field, cell
        self.review_error = QLabel()
        self.review_error.setObjectName("reviews_error")
        self.review_error.setStyleSheet(ERROR_STYLE)
        self.review_error.hide()
        review_layout.addRow(self.review_error)

        override = QGroupBox(self.tr("破例受理（材料未通过时由主管决定）"))
        self.override_by = SignatureField(
            database, "acceptance_override_by", SUPERVISOR_ROLES,
            lambda: self.tr("破例受理：{subject}").format(subject=self.subject()),
            empty=self.tr("（不破例）"),
        )  # fmt: skip
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("acceptance_override_reason")
        self.override_reason.setPlaceholderText(self.tr("如：客户承诺明早补交章程，先行受理"))
        self.override_reason.textEdited.connect(lambda _t: self.changed.emit())
        self.override_by.changed.connect(self.changed)
        decision = QWidget()
        decision_layout = QFormLayout(decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addRow(self.tr("决定人"), self.override_by)
        decision_layout.addRow(self.tr("理由"), self.override_reason)
        # The problem (a missing reason, a decider who did not sign) under both.
        self._override_cell = FieldCell(decision, "acceptance_override_error")
        QVBoxLayout(override).addWidget(self._override_cell)

        bottom = QHBoxLayout()
        bottom.addWidget(reviews, 1)
        bottom.addWidget(override, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Shift+M"), self).activated.connect(self.table.setFocus)
        QShortcut(QKeySequence("Alt+R"), self).activated.connect(self.model.mark_all_received)

    def set_staff(self, staff: list[StaffMember]) -> None:
        """The office's people: the names of those a stored review or a draft names."""
        self._staff = staff
        for field in (*self.reviewers.values(), self.override_by):
            field.set_people(staff)

    def set_checklist(self, checklist: MaterialChecklist, entries: list[MaterialEntry] | None = None) -> None:
        self._checklist = checklist
        self.model.set_checklist(checklist, self.model.entries() if entries is None else entries)

    def set_reviews(self, reviews: list[ReviewEntry]) -> None:
        by_level = {review.level: review for review in reviews}
        for level, field in self.reviewers.items():
            review = by_level.get(level)
            field.set_signer(review.staff_id if review else None, review.at if review else None)

    def set_override(self, staff_id: int | None, reason: str) -> None:
        self.override_by.set_signer(staff_id)
        self.override_reason.setText(reason)

    def _review_subject(self, level: ReviewLevel) -> str:
        return captioned(label(level), self.subject())

    def signature_buttons(self) -> list[QWidget]:
        """The reviews' and the override's buttons, in Tab order."""
        fields = (*self.reviewers.values(), self.override_by)
        return [button for field in fields for button in field.buttons()]

    def fill_form(self, form: IntakeForm) -> None:
        """Copy the panel's checks, reviews and override into ``form``."""
        form.materials = self.model.entries()
        form.reviews = [
            ReviewEntry(level, staff_id, at)
            for level, field in self.reviewers.items()
            if (staff_id := field.staff_id()) is not None and (at := field.at()) is not None
        ]
        form.acceptance_override_by_id = self.override_by.staff_id()
        form.acceptance_override_reason = self.override_reason.text()

    def show_problems(self, problems: dict[str, str]) -> None:
        for level, cell in self._review_cells.items():
            cell.show_problem(problems.get(f"review_{level.value}"))
        self.review_error.setText(problems.get("reviews", ""))
        self.review_error.setVisible("reviews" in problems)
        self._override_cell.show_problem(problems.get("acceptance_override"))

    def date_problems(self) -> list[str]:
        return self.model.date_problems()

    def evaluate(self, form: IntakeForm, company_name: str, credit_code: str, today: date) -> list[str]:
        """Show what keeps the case from 已受理 (or that it passes); returns the same list."""
        assert self._checklist is not None, "set_checklist() comes first"
        problems = acceptance_problems(
            form, self._checklist, company_name, credit_code, staffing_of(self._staff), today
        )
        counts = self.model.row_count_by_state()
        tally = self.tr("已收到 {received} 项，缺失 {missing} 项，有问题 {problem} 项。").format(
            received=counts[ItemState.RECEIVED],
            missing=counts[ItemState.MISSING],
            problem=counts[ItemState.PROBLEM],
        )
        if problems:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(tally + self.tr("暂不能受理：") + joined_text(problems))
        else:
            self.status.setStyleSheet(PASS_STYLE)
            self.status.setText(tally + self.tr("材料预审通过，保存后案件即为“已受理”。"))
        return problems
