"""现场授权签字: another person signs at this desk by typing their own username and password.

The person logged in signs for themselves; anyone else who must sign (a manager's 复核 or fee
approval, a compliance 终审) does so here. ``countersign`` checks the password as a login does (a
wrong one counts toward that person's lockout) and their role; the desk's next save may then name
them (app/usecases/signatures.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.db.database import Database
from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.usecases.accounts import LoginFailed
from app.usecases.signatures import WrongSigner, countersign
from ui.change_password_dialog import password_field, username_field
from ui.field_cell import FieldCell, fit_to_content, named_ok_cancel
from ui.labels import label, message_text


def role_names(roles: Sequence[StaffRole]) -> str:
    """主管、法务: the roles that may sign, as the screens name them."""
    return "、".join(label(role) for role in roles)


class CountersignDialog(QDialog):
    """Accepted once the person typed signed; ``signer`` is then who they are.

    ``what`` says what is being signed, e.g. “主管复核：经营范围变更加急”; ``roles`` who may sign it.
    """

    def __init__(
        self, database: Database, what: str, roles: Sequence[StaffRole], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._roles = tuple(roles)
        self.signer: Actor | None = None
        self.setObjectName("countersign_dialog")
        self.setWindowTitle(self.tr("现场授权签字"))
        subject = QLabel(f"<b>{what}</b>")
        subject.setObjectName("countersign_subject")
        subject.setWordWrap(True)
        signers = role_names(self._roles)
        text = self.tr("须由{roles}本人在此输入自己的用户名和密码签字。").format(roles=signers)
        if (desk := database.actor) is not None and not desk.system:
            text += self.tr("审计记录将写明在{desk}的工位现场授权。").format(desk=desk.name)
        who = QLabel(text)
        who.setWordWrap(True)
        self.username = username_field("countersign_username")
        self.password = password_field("countersign_password")
        self.username_cell = FieldCell(self.username, "countersign_username_error")
        self.password_cell = FieldCell(self.password, "countersign_error")
        self.error = self.password_cell.error
        form = QFormLayout()
        form.addRow(self.tr("签字人用户名"), self.username_cell)
        form.addRow(self.tr("签字人密码"), self.password_cell)
        # Enter signs (the default button) from either field: from the name, an empty password only
        # moves the cursor on, it is never tried (nor counted).
        buttons = named_ok_cancel(self, self.tr("签字"), self.sign, self.tr("取消"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(subject)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_content(layout, self.username)
        self.username.setFocus()

    def sign(self) -> None:
        """Check the name and password typed; accepted with ``signer`` set, or the refusal shown."""
        if not self.username.text().strip():
            self.username_cell.show_problem(self.tr("请输入签字人的用户名"))
            self.username.setFocus()
            return
        self.username_cell.show_problem(None)
        if not self.password.text():
            self.password.setFocus()
            return
        try:
            signer = countersign(
                self._database,
                self.username.text().strip(),
                self.password.text(),
                self._roles,
                self._database.clock.now(),
            )
        except LoginFailed as refusal:
            self._refused(message_text(refusal))
            return
        except WrongSigner as wrong:
            self._refused(message_text(wrong))
            self.username.selectAll()
            self.username.setFocus()  # another person has to sign: their name first
            return
        self.signer = signer
        self.accept()

    def _refused(self, message: str) -> None:
        self.password_cell.show_problem(message)
        self.password.clear()
        self.password.setFocus()
