"""Who may do what, as the screens show it (the use cases check it anyway, app/usecases/access.py).

A field or button the person logged in cannot save is read-only, with a tooltip naming the roles that
may (read from ``ROLE_PERMISSIONS``: no list of its own to drift). A field that says who did
something shows the person logged in, read-only: the use cases record the login whatever a picker
said. Only SYSTEM (a sample office, the smoke test) keeps the choice, as the use cases then record it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.db.database import Database
from app.domain.permissions import ROLE_PERMISSIONS, Actor, Permission
from app.domain.vocabulary import StaffRole
from app.usecases.access import may
from ui.labels import label, person_text


def login_tip() -> str:
    """The tooltip of a field that names the person logged in."""
    return QCoreApplication.translate("Access", "记录为当前登录的人")


def roles_that_may(permission: Permission) -> list[StaffRole]:
    """The roles holding ``permission``, the most senior first."""
    return [role for role in reversed(StaffRole) if permission in ROLE_PERMISSIONS[role]]


def who_may(permission: Permission) -> str:
    """``需主管或项目经理权限``: the roles that may, for a tooltip on what this login cannot save."""
    translate = QCoreApplication.translate
    names = [label(role) for role in roles_that_may(permission)]
    if len(names) > 1:
        names = [translate("Access", "、").join(names[:-1]), names[-1]]
    roles = translate("Access", "或").join(names)
    return translate("Access", "需{roles}权限").format(roles=roles)


def desk_person(database: Database) -> Actor | None:
    """The person logged in at this desk; None for nobody and for SYSTEM (which names anyone)."""
    actor = database.actor
    return actor if actor is not None and not actor.system else None


def lock_to_login(combo: QComboBox, database: Database) -> bool:
    """A choice of who did something becomes the person logged in, read-only and the only choice;
    False (the choice left as it is) when SYSTEM acts."""
    person = desk_person(database)
    if person is None:
        return False
    index = combo.findData(person.staff_id)
    text = combo.itemText(index) if index >= 0 else person_text(person.name, person.role)
    combo.clear()
    combo.addItem(text, person.staff_id)
    combo.setEnabled(False)
    combo.setToolTip(login_tip())
    return True


def allow_only(database: Database, permission: Permission, *widgets: QWidget) -> bool:
    """True when the person logged in may ``permission``; otherwise each widget becomes read-only (a
    text or number box) or disabled (anything else), its tooltip saying which roles may."""
    if may(database, permission):
        return True
    tip = who_may(permission)
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)  # the text can still be selected and copied
            palette = widget.palette()  # and looks it: the window's colour, not a field's white
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            widget.setPalette(palette)
            if isinstance(widget, QAbstractSpinBox):
                widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            widget.setEnabled(False)
        widget.setToolTip(tip)
    return False


def read_only_text(permission: Permission) -> str:
    """``只读：需主管或项目经理权限``: what this login may only read, and who may change it."""
    return QCoreApplication.translate("Access", "只读：{who}").format(who=who_may(permission))


def read_only_note(permission: Permission) -> QLabel:
    """A grey line over a form this login may only read (read_only_text)."""
    note = QLabel(read_only_text(permission))
    note.setObjectName("read_only_note")
    note.setStyleSheet("color: #607d8b;")
    return note
