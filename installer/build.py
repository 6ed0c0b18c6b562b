"""Builds Expedite Desk for the machine it runs on: the one-folder bundle, then its package.

    python installer/build.py [--archive] [--dist DIR] [--work DIR]

Linux and macOS: dist/ExpediteDesk/ (and with --archive a portable .tar.gz beside it).
Windows: the same folder, then Inno Setup's compiler (ISCC.exe) makes the setup program
dist/ExpediteDesk-<version>-setup.exe from installer/expedite_desk.iss.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "expedite_desk.spec"
INNO_SCRIPT = ROOT / "installer" / "expedite_desk.iss"
NAME = "ExpediteDesk"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build_bundle(dist: Path, work: Path) -> Path:
    """Runs PyInstaller on the spec; returns the bundle's folder."""
    if any(not ts.with_suffix(".qm").exists() for ts in (ROOT / "resources" / "translations").glob("*.ts")):
        raise SystemExit("错误：译文未编译，请先运行 make translations")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        check=True,
    )
    return dist / NAME


def archive(bundle: Path, version: str) -> Path:
    """A portable archive of the bundle: unpack anywhere and run ExpediteDesk."""
    machine = platform.machine().lower() or "unknown"
    target = bundle.parent / f"{NAME}-{version}-{sys.platform}-{machine}.tar.gz"
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=NAME)
    return target


def find_inno_compiler() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    # Installed for all users, or per user under %LOCALAPPDATA%\Programs.
    folders = [os.environ.get(name) for name in ("ProgramFiles(x86)", "ProgramFiles")]
    folders.append(os.environ.get("LOCALAPPDATA") and str(Path(os.environ["LOCALAPPDATA"]) / "Programs"))
    for folder in filter(None, folders):
        path = Path(folder) / "Inno Setup 6" / "ISCC.exe"
        if path.is_file():
            return path
    return None


def build_setup(bundle: Path, version: str) -> Path:
    compiler = find_inno_compiler()
    if compiler is None:
        raise SystemExit("错误：找不到 Inno Setup 6 的 ISCC.exe（https://jrsoftware.org/isdl.php）")
    subprocess.run(
        [
            str(compiler),
            f"/DAppVersion={version}",
            f"/DBundleDir={bundle}",
            f"/O{bundle.parent}",
            str(INNO_SCRIPT),
        ],
        check=True,
    )
    return bundle.parent / f"{NAME}-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="构建加急工作台的发行包")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="输出文件夹（默认 dist/）")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="中间文件文件夹")
    parser.add_argument("--archive", action="store_true", help="另打包为便携 .tar.gz（Windows 以外）")
    args = parser.parse_args(argv)
    version = project_version()
    started = time.perf_counter()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve())
    size = folder_size(bundle) / 2**20
    print(f"发行包：{bundle}（{size:.0f} MB，用时 {time.perf_counter() - started:.0f} 秒）")
    if sys.platform == "win32":
        print(f"安装程序：{build_setup(bundle, version)}")
    elif args.archive:
        target = archive(bundle, version)
        print(f"便携包：{target}（{target.stat().st_size / 2**20:.0f} MB）")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
