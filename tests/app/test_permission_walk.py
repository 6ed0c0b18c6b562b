"""Every write use case checks a permission before it does anything: found by reading app/usecases,
then called with nobody acting and with a role lacking the permission, and refused both times.

A use case "writes" when it, or a use case or helper of app/usecases it calls, adds, deletes or
changes rows (session.add/delete, insert/update/delete statements, attributes set). A new one
without ``@requires`` (or a first statement that is a ``require…`` call) fails here.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest

from app.db.database import Database
from app.domain.permissions import ROLE_PERMISSIONS, Actor, Permission
from app.domain.vocabulary import StaffRole
from app.usecases.access import NotLoggedIn, NotPermitted

USECASES = Path(__file__).resolve().parents[2] / "app" / "usecases"
_SESSION_WRITES = {"add", "add_all", "delete", "merge"}
#: Calls that write: SQL statements, and app/db's line of the audit trail (a use case's note).
_STATEMENT_WRITES = {"insert", "update", "delete", "flag_modified", "record_note"}

#: Writes no person's permission governs, and why.
NOT_A_PERSONS_ACT = {
    "accounts.login": "counts failed logins before anyone is logged in",
    "accounts.create_first_admin": "an office without logins makes its first admin (refused once one exists)",
    "accounts.change_own_password": "one's own password, checked against the old one",
    "board.reschedule_open_cases": "the scheduler's own bookkeeping as time passes",
    "dashboard.load_dashboard": "raises the at-risk notices the rules call for (bookkeeping)",
    "dashboard.at_risk_cases": "raises the at-risk notices the rules call for (bookkeeping)",
    "dashboard.risk_of_case": "raises the at-risk notices the rules call for (bookkeeping)",
    "contingency_plans.import_builtin_plans": "the built-in plans, at start-up before any login",
    "sop.import_builtin_templates": "the built-in SOP templates, at start-up before any login",
    "material_review.load_case_materials": "reads only (fills the form it returns)",
    "signatures.countersign": "another person's password, checked and counted as a login is",
    "signatures.take_signatures": "a step of the intake and material saves, which check theirs",
}


def _functions() -> dict[tuple[str, str], ast.FunctionDef]:
    """Every top-level function of app/usecases by (module, name)."""
    return {
        (path.stem, node.name): node
        for path in sorted(USECASES.glob("*.py"))
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef)
    }


def _writes_directly(node: ast.FunctionDef) -> bool:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            called = sub.func
            if (
                isinstance(called, ast.Attribute)
                and called.attr in _SESSION_WRITES
                and isinstance(called.value, ast.Name)
                and called.value.id == "session"
            ):
                return True
            if isinstance(called, ast.Name) and called.id in _STATEMENT_WRITES:
                return True
        targets = (
            sub.targets
            if isinstance(sub, ast.Assign)
            else [sub.target]
            if isinstance(sub, ast.AugAssign)
            else []
        )
        stored = (t for target in targets for t in ast.walk(target))
        if any(isinstance(t, ast.Attribute) and isinstance(t.ctx, ast.Store) for t in stored):
            return True
    return False


def _called(node: ast.FunctionDef) -> set[str]:
    return {
        sub.func.id for sub in ast.walk(node) if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name)
    }


def _checks_first(node: ast.FunctionDef) -> bool:
    if any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "requires" for d in node.decorator_list):
        return True
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    first = body[0] if body else None
    call = first.value if isinstance(first, ast.Expr | ast.Assign) else None
    return isinstance(call, ast.Call) and getattr(call.func, "id", "").startswith("require")


def write_use_cases() -> list[str]:
    """``module.function`` of every public use case (first parameter ``database``) that writes."""
    functions = _functions()
    public = {name: key for key in functions if not (name := key[1]).startswith("_")}
    writes: dict[tuple[str, str], bool] = {}

    def callee(module: str, name: str) -> tuple[str, str] | None:
        """The function a call names: the module's own, else an imported use case."""
        return (module, name) if (module, name) in functions else public.get(name)

    def does_write(key: tuple[str, str], seen: frozenset[tuple[str, str]] = frozenset()) -> bool:
        if key not in writes:
            node = functions[key]
            called = {c for name in _called(node) if (c := callee(key[0], name)) is not None}
            writes[key] = _writes_directly(node) or any(
                does_write(c, seen | {key}) for c in called - seen - {key}
            )
        return writes[key]

    return sorted(
        f"{module}.{name}"
        for (module, name), node in functions.items()
        if not name.startswith("_") and node.args.args and node.args.args[0].arg == "database"
        if does_write((module, name))
    )


def _unchecked() -> list[str]:
    functions = _functions()
    return [
        name
        for name in write_use_cases()
        if name not in NOT_A_PERSONS_ACT and not _checks_first(functions[tuple(name.split("."))])
    ]


def test_every_write_use_case_checks_a_permission_first():
    assert len(write_use_cases()) > 60
    assert _unchecked() == []
    assert set(NOT_A_PERSONS_ACT) <= set(write_use_cases()), "an exception that is no write any more"


def _use_case(name: str) -> Callable:
    module, _, function = name.partition(".")
    return getattr(importlib.import_module(f"app.usecases.{module}"), function)


def _lacking(permission: Permission) -> StaffRole | None:
    return next((role for role, granted in ROLE_PERMISSIONS.items() if permission not in granted), None)


@pytest.mark.parametrize("name", [n for n in write_use_cases() if n not in NOT_A_PERSONS_ACT])
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
