"""The office profile fields, shared by the first-start setup and the settings page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.domain.office_profile import FIELD_LIMITS, OfficeProfileData
from ui.field_cell import FieldCell


class OfficeProfileForm(QWidget):
    """Signals:
    edited(): any field changed by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {
            "name": self.tr("机构名称"),
            "credit_code": self.tr("统一社会信用代码"),
            "address": self.tr("地址"),
            "phone": self.tr("联系电话"),
            "signatory": self.tr("签字人"),
            "seal_text": self.tr("印章文字"),
            "bank_name": self.tr("开户银行"),
            "bank_account": self.tr("银行账号"),
        }
        hints = {
            "name": self.tr("如：明远企业服务有限公司"),
            "credit_code": self.tr("18 位，打印在确认书乙方栏"),
            "address": self.tr("打印在确认书抬头"),
            "phone": self.tr("手机或座机，如 021-58881234"),
            "signatory": self.tr("代表本机构签署确认书的人"),
            "seal_text": self.tr("如：明远企业服务有限公司 合同专用章"),
            "bank_name": self.tr("如：招商银行上海张江支行"),
            "bank_account": self.tr("客户付款的账号，可带空格粘贴"),
        }
        # Pasted codes and account numbers may carry spaces: kept whole here, normalised on saving.
        unlimited = {"credit_code", "bank_account"}
        layout = QFormLayout(self)
        self._edits: dict[str, QLineEdit] = {}
        self._cells: dict[str, FieldCell] = {}
        for name, title in titles.items():
            edit = QLineEdit()
            edit.setObjectName(f"office_{name}")
            edit.setPlaceholderText(hints[name])
            if name not in unlimited:
                edit.setMaxLength(FIELD_LIMITS[name])
            edit.textEdited.connect(lambda _text, field=name: self._field_edited(field))
            cell = FieldCell(edit)
            layout.addRow(f"{title}{' *' if name == 'name' else ''}", cell)
            self._edits[name] = edit
            self._cells[name] = cell

    def profile(self) -> OfficeProfileData:
        return OfficeProfileData(**{name: edit.text() for name, edit in self._edits.items()})

    def set_profile(self, profile: OfficeProfileData) -> None:
        for name, edit in self._edits.items():
            edit.setText(getattr(profile, name))
        self.show_problems({})

    def show_problems(self, problems: dict[str, str]) -> None:
        """Show each message under its field and put the cursor in the first wrong one."""
        for name, cell in self._cells.items():
            cell.show_problem(problems.get(name))
        for name in self._edits:
            if name in problems:
                self._edits[name].setFocus()
                break

    def problem_text(self, name: str) -> str:
        return self._cells[name].problem()

    def _field_edited(self, name: str) -> None:
        self._cells[name].show_problem(None)  # the user is fixing it; the next save checks again
        self.edited.emit()
