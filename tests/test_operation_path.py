"""Every write of the screens goes through ui/operations.py: each write use case ui/ calls (or hands on
as a function) sits in the work handed to ``perform`` or ``run_operation``, which runs it off the GUI
thread and announces what it changed to the other pages and case windows. The write use cases are
those a person's permission governs (tests/helpers/use_case_walk.py); the bookkeeping writes of a
login or of reading the dashboard are no save of a screen.

The work is a lambda or a local function passed there as ``work``, or passed to a forwarder: a method
that hands one of its parameters on as the work, or work calling it (``CasePanel.write``, the Gantt's
``_edit``, the knowledge page's ``_in_background``), found by reading ui/ too. A forwarder is known by
its method name only: simple, at the cost of trusting an unrelated method of the same name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from textwrap import dedent

from tests.helpers.use_case_walk import persons_writes

ROOT = Path(__file__).resolve().parents[1]
#: Not a screen, and why.
NOT_A_SCREEN = {"ui/smoke.py": "the installed package's smoke test, a script that checks a letter renders"}
#: The operation path: the work's position among the arguments, and its keyword.
OPERATIONS = {"perform": (1, "work"), "run_operation": (1, "work")}


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted((ROOT / "ui").rglob("*.py"))}


def _called_name(call: ast.Call) -> str | None:
    called = call.func
    return (
        called.id
        if isinstance(called, ast.Name)
        else called.attr
        if isinstance(called, ast.Attribute)
        else None
    )


def _handed(call: ast.Call, takers: dict[str, tuple[int, str]]) -> Iterator[ast.expr]:
    """The argument ``call`` hands on as work, when it calls an operation or a forwarder."""
    taken = takers.get(_called_name(call) or "")
    if taken is not None:
        position, keyword = taken
        if len(call.args) > position:
            yield call.args[position]
        yield from (k.value for k in call.keywords if k.arg == keyword)


def _forwarders(sources: dict[Path, ast.Module]) -> dict[str, tuple[int, str]]:
    """Methods that pass a parameter on as work, by name: the parameter's position after ``self``."""
    takers = dict(OPERATIONS)
    methods = [m for module in sources.values() for m in ast.walk(module) if isinstance(m, ast.FunctionDef)]
    while True:
        found: dict[str, tuple[int, str]] = {}
        for method in (m for m in methods if m.name not in takers):
            handed = {
                name
                for call in ast.walk(method)
                if isinstance(call, ast.Call)
                for work in _handed(call, takers)
                for name in _work_names(work)
            }
            for index, parameter in enumerate(method.args.args):
                if index and parameter.arg in handed:
                    found[method.name] = (index - 1, parameter.arg)
        if not found:
            return takers
        takers |= found


def _work_names(work: ast.expr) -> set[str]:
    """The names work runs: itself, or those a lambda calls (``lambda: action(clock)``)."""
    if isinstance(work, ast.Name):
        return {work.id}
    if isinstance(work, ast.Lambda):
        return {
            call.func.id
            for call in ast.walk(work.body)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
        }
    return set()


def _write_names(module: ast.Module, writes: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The write use cases a module imports (local name → ``module.function``) and the use case
    modules it imports (local name → module)."""
    functions: dict[str, str] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.ImportFrom) and node.module == "app.usecases":
            modules |= {alias.asname or alias.name: alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.usecases."):
            stem = node.module.rpartition(".")[2]  # type: ignore[union-attr]
            functions |= {
                alias.asname or alias.name: f"{stem}.{alias.name}"
                for alias in node.names
                if f"{stem}.{alias.name}" in writes
            }
        elif isinstance(node, ast.Import):
            modules |= {
                alias.asname: alias.name.rpartition(".")[2]
                for alias in node.names
                if alias.name.startswith("app.usecases.") and alias.asname
            }
    return functions, modules


def _parents(module: ast.Module) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(module) for child in ast.iter_child_nodes(node)}


def _is_work(node: ast.AST, parents: dict[ast.AST, ast.AST], takers: dict[str, tuple[int, str]]) -> bool:
    """An expression handed on as work (a lambda, a use case itself), or a local function whose name
    its enclosing function hands on."""
    if not isinstance(node, ast.FunctionDef):
        parent = parents.get(node)
        return isinstance(parent, ast.Call) and any(handed is node for handed in _handed(parent, takers))
    enclosing = parents.get(node)
    while enclosing is not None and not isinstance(enclosing, ast.FunctionDef):
        enclosing = parents.get(enclosing)
    return enclosing is not None and any(
        isinstance(handed, ast.Name) and handed.id == node.name
        for call in ast.walk(enclosing)
        if isinstance(call, ast.Call)
        for handed in _handed(call, takers)
    )


def _use_case(node: ast.AST, functions: dict[str, str], modules: dict[str, str]) -> str | None:
    """The write use case ``node`` names (to call it or hand it on), if any."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
        return functions.get(node.id)
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
        return f"{modules[node.value.id]}.{node.attr}"
    return None


def direct_writes(sources: dict[Path, ast.Module]) -> list[str]:
    """``file:line use case`` of each write use case that ui/ runs outside the operation path."""
    writes = set(persons_writes())
    takers = _forwarders(sources)
    found: list[tuple[Path, int, str]] = []
    for path, module in sources.items():
        if str(path.relative_to(ROOT)) in NOT_A_SCREEN:
            continue
        functions, modules = _write_names(module, writes)
        parents = _parents(module)
        for node in ast.walk(module):
            if (name := _use_case(node, functions, modules)) not in writes:
                continue
            scope: ast.AST | None = node
            while scope is not None and not _is_work(scope, parents, takers):
                scope = parents.get(scope)
            if scope is None:
                found.append((path, node.lineno, name))  # type: ignore[attr-defined]
    return [f"{path.relative_to(ROOT)}:{line} {name}" for path, line, name in sorted(found)]


def test_the_check_finds_a_direct_write_and_accepts_the_operation_path():
    panel = ast.parse(
        dedent("""\
            from app.usecases import case_costs
            from app.usecases.case_costs import approve_compensation as approve
            from ui.operations import perform

            class Panel:
                def direct(self):
                    approve(self.db, 1, now, 1)

                def handed(self):
                    perform(self, lambda: approve(self.db, 1, now, 1))

                def local(self):
                    def work():
                        return case_costs.approve_compensation(self.db, 1, now, 1)

                    return perform(self, work)

                def _forward(self, action):
                    return perform(self, lambda: action(1))

                def forwarded(self):
                    self._forward(lambda n: approve(self.db, n, now, 1))

                def connected(self):
                    self.button.clicked.connect(lambda: case_costs.approve_compensation(self.db, 1, now, 1))

                def referred(self):
                    self.run(approve)
            """)
    )
    assert direct_writes({ROOT / "ui" / "panel.py": panel}) == [
        "ui/panel.py:7 case_costs.approve_compensation",
        "ui/panel.py:25 case_costs.approve_compensation",
        "ui/panel.py:28 case_costs.approve_compensation",
    ]


def test_every_write_of_the_screens_goes_through_the_operation_path():
    sources = _sources()
    assert {"write", "_edit"} <= set(_forwarders(sources)), "CasePanel.write, the Gantt's _edit"
    assert direct_writes(sources) == []
