"""Put the fallback fonts for rare Han characters into resources/fonts/ (``make fonts``), for the bundle.

HanaMinA and HanaMinB (52 MB together) are not in the repository: the app finds them there or where
the system installed them (reports.fonts.fallback_font_dirs). This copies the pinned files from the
system's fonts-hanazono when it has them, else downloads that Debian package with apt-get and
unpacks it; each file must match the sha256 in reports.fonts, or nothing is copied.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.fonts import FALLBACK_SHA256, fallback_font_dirs  # noqa: E402 - after the path is set
from resources import FONTS_DIR  # noqa: E402

PACKAGE = "fonts-hanazono=20170904-2.1"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pinned(folder: Path) -> bool:
    return all(
        (folder / name).is_file() and sha256(folder / name) == sha for name, sha in FALLBACK_SHA256.items()
    )


def unpacked_package(work: Path) -> Path:
    """The font folder of the Debian package, downloaded and unpacked into ``work``."""
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        raise SystemExit(
            "错误：找不到生僻字备用字体 HanaMinA/HanaMinB，且本机没有 apt-get。请在 Debian/Ubuntu 上"
            "运行 make fonts，或把 fonts-hanazono 软件包中的两个字体文件复制到 resources/fonts/"
            "（见该目录的 README.md）。\nError: the fallback fonts are missing and apt-get is not "
            "available: see resources/fonts/README.md."
        )
    subprocess.run(["apt-get", "download", PACKAGE], cwd=work, check=True)
    (deb,) = work.glob("fonts-hanazono_*.deb")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "root")], check=True)
    return work / "root/usr/share/fonts/truetype/hanazono"


def main() -> None:
    if pinned(FONTS_DIR):
        return
    with tempfile.TemporaryDirectory() as folder:
        source = next((f for f in fallback_font_dirs()[1:] if pinned(f)), None) or unpacked_package(
            Path(folder)
        )
        if not pinned(source):
            raise SystemExit(
                f"错误：{source} 中的字体文件与固定的 sha256 不符 / the font files do not match their sha256"
            )
        for name in FALLBACK_SHA256:
            shutil.copyfile(source / name, FONTS_DIR / name)
    print(f"已复制生僻字备用字体到 {FONTS_DIR} / fallback fonts copied")


if __name__ == "__main__":
    main()
