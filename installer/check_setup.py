"""Compiles the Windows setup program on Linux: Inno Setup's own compiler (ISCC.exe) under wine.

    python -m installer.check_setup [--compression lzma2/max]     # make installer-check

Reuses dist/ExpediteDesk/ (make bundle) or builds it, lays it out under the Windows names the script
expects (ExpediteDesk.exe), compiles installer/expedite_desk.iss with its Chinese and English pages and
fails on any compiler error or warning. It packs with lzma2/fast (about 30 s, not the shipped lzma2/max's
2.5 minutes on 2 cores); nothing else differs. Running the setup needs Windows
(.github/workflows/windows-build.yml).

Inno Setup 6.4.1 comes from the npm package `innosetup` (its bin/ folder is the compiler), fetched once
with `npm pack`, checked against the sha512 npm published, into ~/.cache/expedite-desk/ beside a 64-bit
wine prefix of our own. Needs wine with wine64 and wine32 (Debian: dpkg --add-architecture i386;
apt-get install wine wine64 wine32:i386) and npm.
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from installer.build import INNO_SCRIPT, NAME, ROOT, build_bundle, project_version

INNO_VERSION = "6.4.1"
#: The tarball's integrity as the registry publishes it (npm view innosetup@6.4.1 dist.integrity).
INNO_SHA512 = "Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ=="
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "expedite-desk"
COMPILER_DIR = CACHE / f"innosetup-{INNO_VERSION}"
WINE_PREFIX = CACHE / "wine-prefix"
CHINESE_MESSAGES = ROOT / "installer" / "ChineseSimplified.isl"
# The languages of [Languages], each with the messages file ISCC must read for it.
LANGUAGE_FILES = {"zh_CN": CHINESE_MESSAGES.name, "en": "Default.isl"}
FAST_COMPRESSION = "lzma2/fast"


class SetupCheckFailed(Exception):
    pass


@dataclass(frozen=True)
class CompiledSetup:
    path: Path
    seconds: float
    log: str


def default_messages() -> Path:
    """Inno Setup's English messages, the reference for every language's set of keys."""
    return COMPILER_DIR / "Default.isl"


@contextmanager
def cache_lock() -> Iterator[None]:
    """One process at a time fetches into the cache and runs wine in its prefix."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def fetch_compiler() -> Path:
    """ISCC.exe from the pinned npm package, unpacked once into the cache (call under cache_lock)."""
    compiler = COMPILER_DIR / "ISCC.exe"
    if compiler.is_file():
        return compiler
    if shutil.which("npm") is None:
        raise SetupCheckFailed("npm 未安装 / npm not installed (Debian: apt-get install npm)")
    with tempfile.TemporaryDirectory(dir=CACHE) as work:
        subprocess.run(
            ["npm", "pack", f"innosetup@{INNO_VERSION}", "--pack-destination", work, "--silent"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        tarball = Path(work) / f"innosetup-{INNO_VERSION}.tgz"
        digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != INNO_SHA512:
            raise SetupCheckFailed(f"{tarball.name}: sha512 {digest} ≠ {INNO_SHA512}")
        with tarfile.open(tarball) as tar:
            tar.extractall(work, filter="data")
        # Renamed into place whole, so an interrupted fetch never leaves a half compiler behind.
        (Path(work) / "package" / "bin").rename(COMPILER_DIR)
    return compiler


def wine_environment() -> dict[str, str]:
    if shutil.which("wine") is None:
        raise SetupCheckFailed(
            "wine 未安装 / wine not installed (Debian: apt-get install wine wine64 wine32:i386)"
        )
    return {
        **os.environ,
        "WINEPREFIX": str(WINE_PREFIX),
        "WINEARCH": "win64",
        "WINEDEBUG": "-all",
        # No prompt to install wine-mono or wine-gecko: ISCC needs neither.
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }


def wine_prefix() -> dict[str, str]:
    """The environment for wine in our own prefix, made once (call under cache_lock)."""
    environment = wine_environment()
    if not (WINE_PREFIX / "system.reg").is_file():
        subprocess.run(["wineboot", "-i"], env=environment, check=True, capture_output=True)
        subprocess.run(["wineserver", "-w"], env=environment, check=True)
    return environment


def windows_path(path: Path) -> str:
    """Wine's Z: drive is the Linux root."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def windows_layout(bundle: Path, target: Path) -> Path:
    """The Linux bundle under the names the script installs (ExpediteDesk.exe), hard-linked, not copied."""
    if target.exists():
        shutil.rmtree(target)

    def link(source: str, destination: str) -> None:
        try:
            os.link(source, destination)
        except OSError:  # another file system
            shutil.copy2(source, destination)

    shutil.copytree(bundle, target, copy_function=link)
    (target / NAME).rename(target / f"{NAME}.exe")
    return target


def compile_setup(
    bundle: Path, output: Path, version: str, compression: str = FAST_COMPRESSION
) -> CompiledSetup:
    """Compiles expedite_desk.iss; fails on an error, a warning, or a language whose messages went unread."""
    output.mkdir(parents=True, exist_ok=True)
    with cache_lock():
        compiler, environment = fetch_compiler(), wine_prefix()
        command = [
            "wine",
            str(compiler),
            f"/DAppVersion={version}",
            f"/DBundleDir={windows_path(bundle)}",
            f"/DCompression={compression}",
            f"/O{windows_path(output)}",
            windows_path(INNO_SCRIPT),
        ]
        started = time.perf_counter()
        result = subprocess.run(command, env=environment, capture_output=True, text=True, errors="replace")
        seconds = time.perf_counter() - started
    log = result.stdout + result.stderr
    if result.returncode != 0:
        raise SetupCheckFailed(f"ISCC 编译失败 / failed ({result.returncode}):\n{log}")
    warnings = [line for line in log.splitlines() if line.startswith("Warning:")]
    if warnings:
        raise SetupCheckFailed("ISCC 警告 / warnings:\n" + "\n".join(warnings))
    read = [line.strip() for line in log.splitlines() if line.strip().startswith("Reading file:")]
    for language, file in LANGUAGE_FILES.items():
        if not any(line.endswith("\\" + file) for line in read):
            raise SetupCheckFailed(f"{language}: ISCC 未读取 / did not read {file}:\n{log}")
    setup = output / f"{NAME}-{version}-setup.exe"
    if not setup.is_file():
        raise SetupCheckFailed(f"{setup} 未生成 / not written:\n{log}")
    return CompiledSetup(setup, seconds, log)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="在 Linux 上用 wine 编译 Windows 安装程序 / compile the setup"
    )
    parser.add_argument("--compression", default=FAST_COMPRESSION, help="lzma2/max 即发行所用 / as shipped")
    args = parser.parse_args(argv)
    version = project_version()
    dist, work = ROOT / "dist", ROOT / "build" / "installer-check"
    bundle = dist / NAME
    try:
        wine_environment()  # before a bundle is built for nothing
    except SetupCheckFailed as failure:
        print(f"错误 / error: {failure}", file=sys.stderr)
        return 1
    if (bundle / NAME).is_file():
        print(f"沿用发行包 / reusing {bundle.relative_to(ROOT)}（删除后重建 / delete it to rebuild）")
    else:
        bundle = build_bundle(dist, ROOT / "build" / "pyinstaller")
    try:
        layout = windows_layout(bundle, work / NAME)
        setup = compile_setup(layout, work / "out", version, args.compression)
    except SetupCheckFailed as failure:
        print(f"错误 / error: {failure}", file=sys.stderr)
        return 1
    size = setup.path.stat().st_size / 2**20
    print(
        f"安装程序 / setup: {setup.path.relative_to(ROOT)}（{size:.1f} MB，{args.compression}，"
        f"中文与英文 / Chinese and English，0 警告 / warnings，编译 / compiled in {setup.seconds:.0f} s）"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
