"""Chinese in PDFs: the bundled font is embedded and the text reads back exactly; rare characters
come from the fallback font, and a character no font has is unprintable rather than blank."""

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from reports import fonts
from reports.fonts import (
    CJK_FONT,
    FALLBACK_FONTS,
    fallback_font_dirs,
    fallback_font_file,
    font_for,
    printable,
    register_cjk_font,
)
from resources import FONTS_DIR

TEXT = "加急服务确认书 人民币壹万贰仟叁佰肆拾伍元陆角整"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (installed by .ci/run)")
def test_chinese_text_is_embedded_and_reads_back(tmp_path: Path):
    path = tmp_path / "font.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(register_cjk_font(), 14)
    canvas.drawString(72, 720, TEXT)
    canvas.save()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert TEXT in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    (line,) = [line for line in fonts.splitlines() if "WenQuanYiMicroHei" in line]
    name, kind, _encoding, embedded, subset, *_ = line.split()
    assert (kind, embedded, subset) == ("TrueType", "yes", "yes")


def test_each_character_gets_the_first_font_that_draws_it():
    assert fallback_font_file("HanaMinA.ttf"), "no fallback font: see resources/fonts/README.md"
    assert font_for("加") == font_for("A") == font_for(" ") == CJK_FONT
    assert font_for("䶮") == font_for("𫖮") == font_for("𬌗") == "HanaMinA"  # Ext A, C and E
    assert font_for("𠀀") in FALLBACK_FONTS  # Ext B
    # HanaMin draws some emoji too, in a Japanese Mincho: not on a contract.
    assert font_for("😀") is None and font_for("🚀") is None and not printable("😀")


def test_without_the_fallback_font_a_rare_character_is_unprintable_not_blank(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(fonts, "fallback_font_dirs", lambda: [tmp_path])
    fonts._glyphs.cache_clear()
    try:
        assert fonts.font_for("䶮") is None and fonts.font_for("加") == CJK_FONT
    finally:
        fonts._glyphs.cache_clear()


def test_the_fallback_is_looked_for_in_the_apps_folder_then_the_systems():
    folders = fallback_font_dirs()
    assert folders[0] == FONTS_DIR and Path("/usr/share/fonts/truetype/hanazono") in folders
