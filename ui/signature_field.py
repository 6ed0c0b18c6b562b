"""A field that says who signed something (a review, a fee approval, 破例受理): never a pick from a
list of people. The person logged in signs for themselves (本人签字); anyone else signs at this desk
with their own password (现场授权, ui/countersign_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from app.db.database import Database
from app.domain.chinese_format import format_datetime
from app.domain.permissions import Actor
from app.domain.vocabulary import StaffRole
from app.usecases.staff import StaffMember
from ui.countersign_dialog import CountersignDialog, role_names
from ui.labels import person_text


class SignatureField(QWidget):
    """Who signed, shown read-only, with the ways to sign: 本人签字 when the role of the person logged
    in may sign, 现场签字… for another person (``others``), 撤销 to take an unsaved signature back.

    ``what()`` names what is signed, for the countersign dialog. ``automatic``: a login that may sign
    signs by logging in (the save records them whatever the field says), so the field shows them and
    offers nothing.

    Signals:
    changed(): signed or taken back by the person at the desk (not by ``set_signer``).
    """

    changed = Signal()

    def __init__(
        self,
        database: Database,
        name: str,
        roles: Sequence[StaffRole],
        what: Callable[[], str],
        *,
        empty: str,
        others: bool = True,
        automatic: bool = False,
        show_time: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._database = database
        self._roles = tuple(roles)
        self._what = what
        self._empty = empty
        self._show_time = show_time
        self._people: dict[int, tuple[str, StaffRole]] = {}  # whom a stored record may name
        self._staff_id: int | None = None
        self._at: datetime | None = None
        self.countersigning: CountersignDialog | None = None
        actor = database.actor
        self._login = actor if actor is not None and not actor.system and actor.role in self._roles else None
        self._fixed = automatic and self._login is not None
        self._others = others or self._login is None

        self.signer = QLabel()
        self.signer.setObjectName(f"{name}_signer")
        self.when = QLabel()
        self.sign_self = self._button(f"{name}_sign_self", self.tr("本人签字"), self.sign_as_login)
        self.sign_self.setToolTip(self.tr("以当前登录人的身份签字"))
        everyone = set(self._roles) >= set(StaffRole)
        self.countersign_button = self._button(
            f"{name}_countersign",
            self.tr("他人现场签字…")
            if self._login is not None or everyone
            else self.tr("请{roles}现场签字…").format(roles=role_names(self._roles)),
            self.ask_countersign,
        )
        self.countersign_button.setToolTip(
            self.tr("请签字人本人在此输入用户名和密码（现场授权）；须为{roles}").format(
                roles=role_names(self._roles)
            )
        )
        self.clear_button = self._button(f"{name}_clear", self.tr("撤销"), self.clear)
        self.clear_button.setToolTip(self.tr("撤销尚未保存的签字"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.signer, 1)
        layout.addWidget(self.when)
        layout.addWidget(self.sign_self)
        layout.addWidget(self.countersign_button)
        layout.addWidget(self.clear_button)
        if self._fixed:
            assert self._login is not None
            self.setToolTip(self.tr("由当前登录人签字"))
            self._set(self._login.staff_id, None)
        else:
            self._show()

    def _button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        return button

    # -- what it holds --------------------------------------------------------------------------
    def staff_id(self) -> int | None:
        return self._staff_id

    def at(self) -> datetime | None:
        """When it was signed (here, or as stored)."""
        return self._at

    def buttons(self) -> list[QWidget]:
        """Its buttons in Tab order (hidden ones are passed over)."""
        return [self.sign_self, self.countersign_button, self.clear_button]

    def set_people(self, staff: Iterable[StaffMember]) -> None:
        """The names to show for the staff ids a stored record or a draft gives (put in words only for
        the one shown: an office of 1,500 people in five fields cost the intake form 20 ms)."""
        self._people = {member.id: (member.name, member.role) for member in staff}
        self._show()

    def set_signer(self, staff_id: int | None, at: datetime | None = None) -> None:
        """Show what a stored record or a draft says (a field signed by the login keeps the login)."""
        if not self._fixed:
            self._set(staff_id, at)

    # -- signing --------------------------------------------------------------------------------
    def sign_as_login(self) -> None:
        if self._login is not None:
            self._signed(self._login)

    def ask_countersign(self) -> None:
        """Another person signs here with their password (the dialog is window-modal, not nested)."""
        self.countersigning = CountersignDialog(self._database, self._what(), self._roles, self.window())
        self.countersigning.finished.connect(self._countersigned)
        self.countersigning.open()

    def _countersigned(self, result: int) -> None:
        self.window().activateWindow()  # back to the form, the cursor on this field
        dialog = self.countersigning
        if dialog is not None and result == QDialog.DialogCode.Accepted and dialog.signer is not None:
            self._signed(dialog.signer)
        else:
            self.countersign_button.setFocus()

    def _signed(self, actor: Actor) -> None:
        self._people[actor.staff_id] = (actor.name, actor.role)
        self._set(actor.staff_id, self._database.clock.now())
        self.clear_button.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        if self._fixed:
            return
        self._set(None, None)
        (self.sign_self if self._login is not None else self.countersign_button).setFocus()
        self.changed.emit()

    # -- showing --------------------------------------------------------------------------------
    def _set(self, staff_id: int | None, at: datetime | None) -> None:
        self._staff_id, self._at = staff_id, at if staff_id is not None else None
        self._show()

    def _show(self) -> None:
        signed = self._staff_id is not None
        if signed:
            assert self._staff_id is not None
            person = self._people.get(self._staff_id)
            self.signer.setText(person_text(*person) if person else f"#{self._staff_id}")
        else:
            self.signer.setText(self._empty)
        self.when.setText(format_datetime(self._at) if self._show_time and self._at else "")
        self.sign_self.setVisible(not signed and not self._fixed and self._login is not None)
        self.countersign_button.setVisible(not signed and not self._fixed and self._others)
        self.clear_button.setVisible(signed and not self._fixed)
