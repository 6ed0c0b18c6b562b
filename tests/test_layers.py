"""The layers of DESIGN.md hold: each package imports only the layers below it (any import, in a
function too); app/ and reports/ never import Qt; ui/ never touches SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _modules(package: str) -> list[str]:
    return [
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts and path.name != "__main__.py"
    ]


#: Each package's layer (the longest prefix names a module's); ``app.__init__`` is the package ``app``.
#: The domain's layer holds the rules and the app's name, version and folders.
LAYER_OF = {
    "app.domain": "domain", "app.config": "domain", "app.__init__": "domain",
    "app.db": "db", "reports": "reports", "app.usecases": "usecases",
    "app": "app",  # the command line, start-up and the sample office: above the use cases
    "ui": "ui",
}  # fmt: skip
#: A module imports its own layer and lower ones only: domain ← db ← usecases ← app ← ui. reports, the
#: use cases' printer, stands beside db: it sees only the domain, and the two never import each other.
RANK = {"domain": 0, "db": 1, "reports": 1, "usecases": 2, "app": 3, "ui": 4}
PACKAGES = ("app", "reports", "ui")


def _module_of(path: Path) -> str:
    return ".".join(path.with_suffix("").parts).removesuffix(".__init__")


def _layer(module: str) -> str | None:
    """The layer of a module of ours, None for any other (the standard library, third parties)."""
    module = "app.__init__" if module == "app" else module
    prefixes = [prefix for prefix in LAYER_OF if module == prefix or module.startswith(prefix + ".")]
    return LAYER_OF[max(prefixes, key=len)] if prefixes else None


def _imported(module: str, is_package: bool, node: ast.Import | ast.ImportFrom, ours: set[str]) -> list[str]:
    """The modules an import statement names (``from a import b`` names a.b when that is a module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative: from the module's package, one package up per further dot
        package = module.split(".")[: None if is_package else -1]
        base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
    return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in ours else base for alias in node.names]


def back_arrows(path: Path, source: str, ours: set[str]) -> list[str]:
    """``file:line`` of every import in ``source`` (``path`` relative to the root) that points to a
    higher layer or a sibling: at module level, in functions, under TYPE_CHECKING alike."""
    module = _module_of(path)
    own = _layer(module)
    assert own is not None, path
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        for target in _imported(module, path.name == "__init__.py", node, ours):
            layer = _layer(target)
            if layer is not None and layer != own and RANK[layer] >= RANK[own]:
                found.append(f"{path}:{node.lineno} {own} imports {target} ({layer})")
    return found


def _sources() -> list[Path]:
    return [path.relative_to(ROOT) for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]


def test_every_import_points_down_the_layers():
    sources = _sources()
    ours = {_module_of(path) for path in sources}
    assert {"app.db.audited_session", "app.cli", "ui.launcher", "reports.fonts"} <= ours
    found = [arrow for path in sources for arrow in back_arrows(path, (ROOT / path).read_text("utf-8"), ours)]
    assert found == []


def test_a_back_arrow_inside_a_function_is_caught():
    ours = {"app.db.database", "app.usecases.audit", "app.domain.clock", "app.cli", "ui.launcher", "ui.smoke"}
    source = (
        "from app.domain.clock import Clock\n"
        "from app.db import database\n"
        "def open_session():\n"
        "    from app.usecases.audit import AuditLine\n"
        "    import ui.smoke\n"
    )
    assert back_arrows(Path("app/db/models.py"), source, ours) == [
        "app/db/models.py:4 db imports app.usecases.audit (usecases)",
        "app/db/models.py:5 db imports ui.smoke (ui)",
    ]
    assert back_arrows(Path("reports/fonts.py"), "from app.db.database import Database\n", ours) == [
        "reports/fonts.py:1 reports imports app.db.database (db)"
    ]
    assert back_arrows(
        Path("app/cli.py"), "def main():\n    from . import startup\n    from ui import launcher\n", ours
    ) == ["app/cli.py:3 app imports ui.launcher (ui)"]


def test_app_and_reports_never_import_qt():
    modules = _modules("app") + _modules("reports")
    assert "app.db.models" in modules and "app.cli" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_ui_never_imports_sqlalchemy_or_sessions():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(("sqlalchemy", "sqlite3"))]
    assert offenders == []


def test_ruff_is_clean():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", str(ROOT)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


#: Reading the computer's clock anywhere but app/domain/clock.py makes a page or use case depend on
#: the hour the suite runs at: they read ``database.clock`` instead.
WALL_CLOCK_READS = {("datetime", "now"), ("datetime", "today"), ("date", "today"), ("QDate", "currentDate"),
                    ("QDateTime", "currentDateTime"), ("QTime", "currentTime")}  # fmt: skip


def test_only_the_clock_reads_the_wall_clock():
    offenders = []
    for package in ("app", "ui", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "app" / "domain" / "clock.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and (node.value.id, node.attr) in WALL_CLOCK_READS
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}")
    assert offenders == []


@pytest.mark.slow
def test_types_check():
    """mypy as configured in pyproject.toml: strict on app/domain and reports, the default elsewhere."""
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
