"""The layers of DESIGN.md hold: app/ and reports/ never import Qt; ui/ never touches SQL."""

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
