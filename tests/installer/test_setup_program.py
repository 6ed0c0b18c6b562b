"""The Windows setup program: our Chinese messages match Inno Setup's, and the compiled setup's version
resource names the product and the version of pyproject.toml (ISCC under wine, installer/check_setup.py)."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pefile
import pytest

from installer.build import NAME, project_version
from installer.check_setup import CHINESE_MESSAGES, compile_setup, default_messages

#: Set by .ci/run (which runs make installer-check first): there a missing wine or compiler fails.
REQUIRE_INSTALLER_ENV = "EXPEDITE_REQUIRE_INSTALLER"
# What a message substitutes: %1 … %9 and Inno's [name], [name/ver], [gb], [mb].
PLACEHOLDER = re.compile(r"%\d|\[[a-z/]+\]")
# The messages with no words to translate: sizes and the "name (marks)" patterns.
UNWORDED = {"ComponentSize1", "ComponentSize2", "UninstallDisplayNameMark", "UninstallDisplayNameMarks"}


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_INSTALLER_ENV):
        pytest.fail(f"{reason} ({REQUIRE_INSTALLER_ENV} is set)")
    pytest.skip(reason)


def _compiler_folder_or_skip() -> None:
    if not default_messages().is_file():
        _unavailable(f"Inno Setup not fetched into {default_messages().parent}: run make installer-check")


def _messages(path: Path) -> dict[str, dict[str, str]]:
    """Each section's entries; Inno's .isl is INI-like, but % and ; in values rule out configparser."""
    sections: dict[str, dict[str, str]] = {}
    section: dict[str, str] = {}
    for line in path.read_text("utf-8-sig").splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = sections.setdefault(line[1:-1], {})
        elif line and not line.startswith(";"):
            key, _, value = line.partition("=")
            section[key] = value
    return sections


def test_chinese_messages_have_every_key_of_inno_setups_english_ones():
    _compiler_folder_or_skip()
    english, chinese = _messages(default_messages()), _messages(CHINESE_MESSAGES)
    assert set(chinese) == set(english) == {"LangOptions", "Messages", "CustomMessages"}
    for section, entries in english.items():
        assert set(chinese[section]) == set(entries), section
    assert chinese["LangOptions"]["LanguageID"] == "$0804"
    for key, text in english["Messages"].items() | english["CustomMessages"].items():
        translated = chinese["Messages"].get(key, chinese["CustomMessages"].get(key, ""))
        assert sorted(PLACEHOLDER.findall(translated)) == sorted(PLACEHOLDER.findall(text)), key
        assert ("&" in translated) == ("&" in text), key  # the keyboard shortcut kept
        if text and key not in UNWORDED:
            assert re.search(r"[\u4e00-\u9fff]", translated), key


@pytest.mark.slow
def test_compiled_setup_carries_the_product_and_the_projects_version(tmp_path, monkeypatch):
    if shutil.which("wine") is None:
        _unavailable("wine not installed (Debian: apt-get install wine wine32:i386)")
    _compiler_folder_or_skip()
    # Under make test-clocks' faketime wine's waits stall (seconds per call); the setup knows no clock.
    for name in ("LD_PRELOAD", "FAKETIME"):
        monkeypatch.delenv(name, raising=False)
    bundle = tmp_path / NAME  # a stand-in bundle: the version resource does not depend on its files
    (bundle / "_internal").mkdir(parents=True)
    (bundle / f"{NAME}.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")

    version = project_version()
    setup = compile_setup(bundle, tmp_path / "out", version)

    executable = pefile.PE(str(setup.path), fast_load=True)
    executable.parse_data_directories([pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    strings = {  # Inno fills a fixed-size template: each value is padded with spaces
        key.decode(): value.decode().rstrip(" ")
        for info in executable.FileInfo[0]
        if info.Key == b"StringFileInfo"
        for table in info.StringTable
        for key, value in table.entries.items()
    }
    fixed = executable.VS_FIXEDFILEINFO[0]
    numbers = (fixed.FileVersionMS >> 16, fixed.FileVersionMS & 0xFFFF, fixed.FileVersionLS >> 16)
    assert ".".join(map(str, numbers)) == version
    assert strings["FileVersion"] == version
    assert strings["ProductVersion"] == version
    assert strings["ProductName"] == "加急工作台 Expedite Desk"
    assert strings["FileDescription"] == "加急工作台安装程序 Expedite Desk Setup"
    assert setup.path.name == f"{NAME}-{version}-setup.exe"
