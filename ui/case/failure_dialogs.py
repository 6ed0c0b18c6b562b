"""The failure's two dialogs in the costs tab: 登记补偿 (what the office gives, approved by a manager)
and 未能按期完成告知书 (the letter, prefilled from the failure record and the compensation; the
letters dialog opens this one too)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from app.db.database import Database
from app.domain.case_costs import CompensationKind, fen_of, yuan
from app.domain.case_documents import Responsibility
from app.domain.cost_estimate import CostItem, parse_amount
from app.domain.permissions import Permission
from app.domain.vocabulary import StaffRole
from app.usecases.access import NotPermitted, may
from app.usecases.case_costs import CaseMoney, propose_compensation, record_compensation
from app.usecases.case_documents import FailureAccount, generate_failure_notice
from app.usecases.errors import ValidationFailed
from app.usecases.letters import LetterInfo
from app.usecases.staff import list_staff
from ui.access import lock_to_login
from ui.case.case_panel import lay_out_dialog
from ui.field_cell import FieldCell, error_label, show_problems, text_box
from ui.labels import label, message_text
from ui.operations import perform
from ui.screen_fit import fit_to_screen


def parse_money(text: str, problems: dict[str, str], field: str) -> Decimal:
    """Yuan as people type them (``1,200``, ``¥1200``); a problem is noted under ``field``."""
    if not text.strip():
        problems[field] = QCoreApplication.translate("CostsPanel", "请填写金额")
        return Decimal(0)
    try:
        return parse_amount(text)
    except ValueError as error:
        problems[field] = message_text(error)
        return Decimal(0)


def money_text(fen: int) -> str:
    """An amount as prefilled in a field: ``1,234.50``."""
    return f"{yuan(fen):,.2f}"


class _FormDialog(QDialog):
    """A form on a failed case whose problems show beside its fields; Ctrl+Enter saves. Subclasses
    build their fields in ``build`` and store them in ``save``."""

    def __init__(
        self,
        database: Database,
        case_id: int,
        money: CaseMoney,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database, self._case_id, self._now = database, case_id, now
        self.cells: dict[str, FieldCell] = {}
        self.error = error_label()
        self.build(money)

    def build(self, money: CaseMoney) -> None:
        """The fields, laid out with ``finish_layout``."""
        raise NotImplementedError

    def finish_layout(self, form: QFormLayout) -> None:
        lay_out_dialog(self, form, self.error, self.save, self.tr("保存（Ctrl+Enter）"))

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.setText(show_problems(self.cells, problems))

    def save(self) -> None:
        raise NotImplementedError


class CompensationDialog(_FormDialog):
    def build(self, money: CaseMoney) -> None:
        self.setObjectName("compensation_dialog")
        # Who may not approve proposes: the proposal waits for a manager (the costs tab lists it).
        self.proposing = not may(self._database, Permission.APPROVE_COMPENSATION)
        self.setWindowTitle(self.tr("提议补偿（待主管批准）") if self.proposing else self.tr("登记补偿"))
        self._fee_left = max(0, money.quote.get(CostItem.EXPEDITE_FEE, 0) - money.margin.fee_waived_fen)
        self.kind = QComboBox()
        self.kind.setObjectName("compensation_kind")
        for kind in CompensationKind:
            self.kind.addItem(label(kind), kind.value)
        self.amount = QLineEdit()
        self.amount.setObjectName("compensation_amount")
        self.amount.setPlaceholderText(self.tr("如 8,000 或 ¥8000"))
        self.note = QLineEdit()
        self.note.setObjectName("compensation_note")
        self.note.setPlaceholderText(self.tr("如：按确认书第六条免收加急服务费"))
        self.approved_by = QComboBox()
        self.approved_by.setObjectName("compensation_approved_by")
        self.approved_by.addItem(self.tr("（请选择主管）"), None)
        for member in list_staff(self._database):
            if member.role is StaffRole.MANAGER:
                self.approved_by.addItem(member.name, member.id)
        lock_to_login(self.approved_by, self._database)  # record_compensation records who is logged in
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()
        self.cells = {
            "amount": FieldCell(self.amount, "compensation_amount_error"),
            "approved_by": FieldCell(self.approved_by, "compensation_approved_by_error"),
        }
        form = QFormLayout()
        form.addRow(self.tr("补偿方式 *"), self.kind)
        form.addRow(self.tr("金额（元）*"), self.cells["amount"])
        form.addRow(self.tr("说明"), self.note)
        if self.proposing:
            self.cells["approved_by"].hide()
        else:
            form.addRow(self.tr("批准主管 *"), self.cells["approved_by"])
        self.finish_layout(form)
        fit_to_screen(self, 460, self.sizeHint().height())

    def _kind_chosen(self) -> None:
        # A waived fee is most often what is left of the quoted expedite fee.
        if self.kind.currentData() == CompensationKind.FEE_WAIVED.value and not self.amount.text():
            self.amount.setText(money_text(self._fee_left))

    def save(self) -> None:
        problems: dict[str, str] = {}
        amount = parse_money(self.amount.text(), problems, "amount")
        try:
            if problems:
                raise ValidationFailed(problems)
            kind, fen, note, now = (
                CompensationKind(self.kind.currentData()),
                fen_of(amount),
                self.note.text(),
                self._now(),
            )
            if self.proposing:
                perform(
                    self,
                    lambda: propose_compensation(self._database, self._case_id, kind, fen, note, None, now),
                )
            else:
                approved_by = self.approved_by.currentData()
                perform(
                    self,
                    lambda: record_compensation(
                        self._database, self._case_id, kind, fen, note, approved_by, now
                    ),
                )
        except ValidationFailed as failure:
            self.show_problems(failure.problems)
            return
        except NotPermitted as refusal:  # beside the approver, or on the error line for a proposal
            self.show_problems({"permission" if self.proposing else "approved_by": message_text(refusal)})
            return
        self.accept()


class FailureNoticeDialog(_FormDialog):
    """``generated(letter)`` is emitted with the notice generated (a PDF kept with the case)."""

    generated = Signal(object)

    def build(self, money: CaseMoney) -> None:
        self.setObjectName("failure_notice_dialog")
        self.setWindowTitle(self.tr("生成未能按期完成告知书"))
        self.letter: LetterInfo | None = None
        failure = money.failure
        self.what_happened = text_box("notice_what_happened", self.tr("发生了什么、何时发现"), 4)
        self.what_happened.setPlainText(failure.description if failure else "")
        self.responsibility = QComboBox()
        self.responsibility.setObjectName("notice_responsibility")
        for responsibility in Responsibility:
            self.responsibility.addItem(label(responsibility), responsibility.value)
        if failure:
            self.responsibility.setCurrentIndex(self.responsibility.findData(failure.attribution.value))
        self.remedy = text_box(
            "notice_remedy", self.tr("补救方案，如：免费继续办理，预计 12 月 5 日前完成"), 3
        )
        self.compensation = QLineEdit(money_text(money.compensation_total_fen))
        self.compensation.setObjectName("notice_compensation")
        self.cells = {
            "what_happened": FieldCell(self.what_happened, "notice_what_happened_error"),
            "remedy": FieldCell(self.remedy, "notice_remedy_error"),
            "compensation": FieldCell(self.compensation, "notice_compensation_error"),
        }
        form = QFormLayout()
        form.addRow(self.tr("经过 *"), self.cells["what_happened"])
        form.addRow(self.tr("责任归属"), self.responsibility)
        form.addRow(self.tr("补救方案 *"), self.cells["remedy"])
        form.addRow(self.tr("补偿金额（元）"), self.cells["compensation"])
        self.finish_layout(form)
        self.remedy.setFocus()
        fit_to_screen(self, 560, self.sizeHint().height())

    def save(self) -> None:
        problems: dict[str, str] = {}
        compensation = parse_money(self.compensation.text() or "0", problems, "compensation")
        try:
            if problems:
                raise ValidationFailed(problems)
            account = FailureAccount(
                self.what_happened.toPlainText(),
                Responsibility(self.responsibility.currentData()),
                self.remedy.toPlainText(),
                compensation,
            )
            now = self._now()
            self.letter = perform(
                self, lambda: generate_failure_notice(self._database, self._case_id, now, account)
            )
        except ValidationFailed as failure:
            self.show_problems(failure.problems)
            return
        self.generated.emit(self.letter)
        self.accept()
