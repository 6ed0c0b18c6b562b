"""Permission checks for the use cases: the person acting at this desk (``database.actor``) must
hold the permission. Nobody acting means nothing is allowed (fail closed): the GUI sets the person
who logged in, the command line the person given with ``--user`` or, for the work no person does
(migrations, a sample office, the smoke test), app.domain.permissions.SYSTEM."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from app.db.database import Database
from app.domain.permissions import Actor, Permission
from app.usecases.errors import NotLoggedIn, NotPermitted


def require(database: Database, permission: Permission) -> Actor:
    """The person acting, who holds ``permission``.

    Raises:
        NotPermitted: nobody is acting, or their role lacks ``permission``.
    """
    actor = database.actor
    if actor is None or not actor.may(permission):
        raise NotPermitted(actor, permission)
    return actor


def require_own_or(database: Database, staff_id: int, permission: Permission) -> Actor:
    """The person acting, who either is ``staff_id`` (their own record) or holds ``permission``."""
    actor = database.actor
    if actor is not None and not actor.system and actor.staff_id == staff_id:
        return actor
    return require(database, permission)


def may(database: Database, permission: Permission) -> bool:
    actor = database.actor
    return actor is not None and actor.may(permission)


P = ParamSpec("P")
R = TypeVar("R")


def requires(
    permission: Permission,
) -> Callable[[Callable[Concatenate[Database, P], R]], Callable[Concatenate[Database, P], R]]:
    """A write use case's permission, checked before anything else it does (tests walk every write
    use case of app/usecases for it: tests/app/test_permission_walk.py)."""

    def decorate(use_case: Callable[Concatenate[Database, P], R]) -> Callable[Concatenate[Database, P], R]:
        @functools.wraps(use_case)
        def checked(database: Database, /, *args: P.args, **kwargs: P.kwargs) -> R:
            require(database, permission)
            return use_case(database, *args, **kwargs)

        checked.permission = permission  # type: ignore[attr-defined]  # read by the walk and the README
        return checked

    return decorate


Named = TypeVar("Named", int, int | None)


def acting_staff(database: Database, named: Named) -> int | Named:
    """Who a record names as having done something: the person logged in, whatever was picked.
    Only SYSTEM (a sample office, migrations) writes the names its data gives."""
    actor = _attesting(database)
    return named if actor.system else actor.staff_id


def acting_name(database: Database, named: str) -> str:
    """acting_staff for a record that keeps a name: the login's, unless SYSTEM writes its data's."""
    actor = _attesting(database)
    return named if actor.system else actor.name


def _attesting(database: Database) -> Actor:
    if database.actor is None:
        raise NotLoggedIn()
    return database.actor
