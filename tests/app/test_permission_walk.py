"""Every write use case checks a permission before it does anything: found by reading app/usecases,
then called with nobody acting and with a role lacking the permission, and refused both times.

What "writes" means: tests/helpers/use_case_walk.py. A new write use case without ``@requires`` (or a first
statement that is a ``require…`` call) fails here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable

import pytest

from app.db.database import Database
from app.domain.permissions import ROLE_PERMISSIONS, Actor, Permission
from app.domain.vocabulary import StaffRole
from app.usecases.access import NotLoggedIn, NotPermitted
from tests.helpers.use_case_walk import NOT_A_PERSONS_ACT, persons_writes, use_case_functions, write_use_cases


def _checks_first(node: ast.FunctionDef) -> bool:
    if any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "requires" for d in node.decorator_list):
        return True
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    first = body[0] if body else None
    call = first.value if isinstance(first, ast.Expr | ast.Assign) else None
    return isinstance(call, ast.Call) and getattr(call.func, "id", "").startswith("require")


def _unchecked() -> list[str]:
    functions = use_case_functions()
    return [name for name in persons_writes() if not _checks_first(functions[tuple(name.split("."))])]


def test_every_write_use_case_checks_a_permission_first():
    assert len(write_use_cases()) > 60
    assert _unchecked() == []
    assert set(NOT_A_PERSONS_ACT) <= set(write_use_cases()), "an exception that is no write any more"


def _use_case(name: str) -> Callable:
    module, _, function = name.partition(".")
    return getattr(importlib.import_module(f"app.usecases.{module}"), function)


def _lacking(permission: Permission) -> StaffRole | None:
    return next((role for role, granted in ROLE_PERMISSIONS.items() if permission not in granted), None)


@pytest.mark.parametrize("name", persons_writes())
def test_a_write_use_case_refuses_nobody_and_a_role_without_its_permission(database: Database, name: str):
    use_case = _use_case(name)
    parameters = list(inspect.signature(use_case).parameters.values())[1:]
    arguments = [None for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD]  # never reached
    database.actor = None
    with pytest.raises((NotPermitted, NotLoggedIn)):
        use_case(database, *arguments)
    permission = getattr(use_case, "permission", None)
    if permission is not None and (role := _lacking(permission)) is not None:
        database.actor = Actor(1, "试用者", role, "tester")
        with pytest.raises(NotPermitted, match="无权"):
            use_case(database, *arguments)
