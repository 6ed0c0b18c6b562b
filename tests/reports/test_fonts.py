"""Chinese in PDFs: the bundled font is embedded and the text reads back exactly."""

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from reports.fonts import register_cjk_font

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
