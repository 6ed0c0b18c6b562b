"""Letters joined into one PDF (a batch printed to a file): text and embedded fonts kept, each
letter with its own page numbers."""

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from reports.confirmation_letter import render_confirmation_letter
from reports.pdf_join import UnreadablePdf, join_pdfs
from tests.reports.test_confirmation_letter import RARE_CLIENT, _fonts, _letter, _text, needs_poppler


@needs_poppler
def test_three_letters_join_into_one_searchable_pdf_with_embedded_fonts(tmp_path: Path):
    names = (
        "上海恒通科技有限公司",
        "苏州启航物流有限公司",
        RARE_CLIENT.name,
    )  # the last needs the fallback font
    letters = [render_confirmation_letter(_letter(client=replace(RARE_CLIENT, name=name))) for name in names]
    path = tmp_path / "batch.pdf"
    path.write_bytes(join_pdfs(letters, "确认书（3 份）"))

    text = re.sub(r"\s+", "", _text(path))
    assert [text.index(name) for name in names] == sorted(text.index(name) for name in names)  # in order
    pages = [int(total) for total in re.findall(r"第1页共(\d+)页", text)]
    assert len(pages) == 3 and all(total >= 2 for total in pages)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert f"Pages:           {sum(pages)}" in info and "确认书（3 份）" in info
    fonts = _fonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts)  # only embedded fonts
    assert len({row[0] for row in fonts}) == len(fonts)  # every subset under a name of its own
    assert path.stat().st_size <= sum(len(letter) for letter in letters)


@pytest.mark.parametrize(
    "pdf", [b"", b"%PDF-1.4\nnot a pdf", b"%PDF-1.4\nxref\n0 1\nbad\ntrailer\n<< >>\nstartxref\n9\n%%EOF"]
)
def test_a_file_that_is_not_such_a_pdf_is_refused(pdf):
    with pytest.raises(UnreadablePdf):
        join_pdfs([pdf], "x")
