"""The write use cases of app/usecases, found by reading their source: shared by the permission walk
(each checks a permission first) and the operation path (the screens call each through ui/operations).

A use case "writes" when it, or a use case or helper of app/usecases it calls, adds, deletes or
changes rows (session.add/delete, insert/update/delete statements, attributes set, setattr too).
"""

from __future__ import annotations

import ast
from pathlib import Path

USECASES = Path(__file__).resolve().parents[2] / "app" / "usecases"
_SESSION_WRITES = {"add", "add_all", "delete", "merge"}
#: Calls that write: SQL statements, and app/db's line of the audit trail (a use case's note).
_STATEMENT_WRITES = {"insert", "update", "delete", "flag_modified", "record_note", "setattr"}

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


def use_case_functions() -> dict[tuple[str, str], ast.FunctionDef]:
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


def write_use_cases() -> list[str]:
    """``module.function`` of every public use case (first parameter ``database``) that writes."""
    functions = use_case_functions()
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


def persons_writes() -> list[str]:
    """The write use cases a person's permission governs: what a person does at a screen."""
    return [name for name in write_use_cases() if name not in NOT_A_PERSONS_ACT]
