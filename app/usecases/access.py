"""Permission checks for the use cases: the desk's logged-in person (``database.actor``) must hold
the permission. With nobody logged in (the command line, the sample generator, migrations) the
caller is the system itself and every check passes: the GUI never runs without a login."""

from __future__ import annotations

from app.db.database import Database, DatabaseError
from app.domain.permissions import Actor, Permission


class NotPermitted(DatabaseError):
    """The logged-in person's role does not allow the action (message in Chinese)."""

    def __init__(self, actor: Actor, permission: Permission) -> None:
        super().__init__(f"您的角色“{actor.role.label}”无权{permission.label}。")
        self.permission = permission


def require(database: Database, permission: Permission) -> None:
    """Raises NotPermitted when someone is logged in whose role lacks ``permission``."""
    actor = database.actor
    if actor is not None and not actor.may(permission):
        raise NotPermitted(actor, permission)


def may(database: Database, permission: Permission) -> bool:
    actor = database.actor
    return actor is None or actor.may(permission)
