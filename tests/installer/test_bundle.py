"""The Linux bundle is built with the real PyInstaller spec and its smoke mode run from outside the tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bare_environment(home: Path) -> dict[str, str]:
    """No virtual environment, no source tree on the path: the bundle must carry everything."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


@pytest.mark.slow
def test_smoke_mode_from_source(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "ui", "smoke"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line for line in result.stdout.splitlines() if line.startswith("[通过]")]
    assert [line.split("：")[0] for line in steps] == [
        "[通过] 数据库与迁移",
        "[通过] 示例数据",
        "[通过] 加急服务确认书",
        "[通过] 知识库工作簿",
        "[通过] 主窗口",
    ]
    assert result.stdout.rstrip().endswith("冒烟测试通过")


@pytest.mark.slow
def test_linux_bundle_builds_and_passes_its_smoke_test(tmp_path):
    folders = ["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work")]
    build = subprocess.run(
        [sys.executable, "installer/build.py", *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert build.returncode == 0, build.stdout + build.stderr[-4000:]
    bundle = tmp_path / "dist" / "ExpediteDesk"
    executable = bundle / "ExpediteDesk"
    environment = _bare_environment(tmp_path / "home")

    version = subprocess.run(
        [executable, "--version"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120
    )
    assert version.stdout.strip() == "expedite-desk 0.1.0", version.stdout + version.stderr

    smoke = subprocess.run(
        [executable, "smoke"], cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=300
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert smoke.stdout.count("[通过]") == 5
    assert "冒烟测试通过" in smoke.stdout
    assert not (tmp_path / "home" / ".local" / "share" / "ExpediteDesk").exists()  # the user's data untouched

    # What was left out stays out, and what the hooks miss is in.
    internal = bundle / "_internal"
    catalogues = {path.name for path in internal.rglob("*.qm")}
    assert {"qtbase_zh_CN.qm", "expedite_desk_en.qm"} <= catalogues
    assert not [name for name in catalogues if name.endswith(("_de.qm", "_ja.qm", "_zh_TW.qm"))]
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6Qml*"))
    assert (internal / "resources" / "letter_clauses" / "confirmation.toml").is_file()
    assert list((internal / "app" / "db" / "migrations" / "versions").glob("0001*.py"))
    assert not (internal / "pytest").exists() and not (internal / "tests").exists()
