"""Put the fallback fonts for rare Han characters into resources/fonts/ (``make fonts``), for the bundle.

HanaMinA and HanaMinB (52 MB together) are not in the repository: the app finds them there or where
the system installed them (reports.fonts.fallback_font_dirs). This copies the pinned files from the
system's fonts-hanazono when it has them, else downloads that Debian package (any OS: plain HTTP and
Python's own unpacking); the package and each file must match their sha256, or nothing is copied.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reports.fonts import FALLBACK_SHA256, fallback_font_dirs  # noqa: E402 - after the path is set
from resources import FONTS_DIR  # noqa: E402

#: Debian's package of the fonts (bookworm), pinned by its sha256 as the archive's index gives it.
PACKAGE_URL = "http://deb.debian.org/debian/pool/main/f/fonts-hanazono/fonts-hanazono_20170904-2.1_all.deb"
PACKAGE_SHA256 = "a6943366b4f5a6cec34221f8b4eb22555a628f0ee6ef4e3d3401cabe9363aeae"


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


def _members(archive: bytes) -> dict[str, bytes]:
    """The members of an ar archive (a .deb) by name."""
    members, offset = {}, 8  # after the "!<arch>\n" magic
    while offset + 60 <= len(archive):
        header = archive[offset : offset + 60]
        name, size = header[:16].decode().strip().rstrip("/"), int(header[48:58])
        members[name] = archive[offset + 60 : offset + 60 + size]
        offset += 60 + size + size % 2  # members start on even offsets
    return members


def downloaded_package(work: Path) -> Path:
    """The fonts of Debian's package, downloaded (sha256-pinned) and unpacked into ``work`` with Python
    alone, so a Windows or macOS build machine gets them as a Debian one does."""
    print(f"下载 / downloading {PACKAGE_URL}")
    try:
        with urllib.request.urlopen(PACKAGE_URL, timeout=120) as response:
            package = response.read()
    except OSError as error:
        raise SystemExit(
            f"错误：无法下载生僻字备用字体（{error}）。可把 fonts-hanazono 软件包中的 HanaMinA.ttf 与 "
            "HanaMinB.ttf 复制到 resources/fonts/（见该目录的 README.md）。\nError: cannot download the "
            "fallback fonts: see resources/fonts/README.md."
        ) from None
    if hashlib.sha256(package).hexdigest() != PACKAGE_SHA256:
        raise SystemExit(f"错误：下载的软件包与固定的 sha256 不符 / {PACKAGE_URL} does not match its sha256")
    data = next(body for name, body in _members(package).items() if name.startswith("data.tar"))
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for name in FALLBACK_SHA256:
            member = tar.getmember(f"./usr/share/fonts/truetype/hanazono/{name}")
            with tar.extractfile(member) as font, (work / name).open("wb") as copy:  # type: ignore[union-attr]
                shutil.copyfileobj(font, copy)
    return work


def main() -> None:
    if pinned(FONTS_DIR):
        return
    with tempfile.TemporaryDirectory() as folder:
        source = next((f for f in fallback_font_dirs()[1:] if pinned(f)), None) or downloaded_package(
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
