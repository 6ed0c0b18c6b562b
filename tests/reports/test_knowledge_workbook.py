"""The knowledge-base workbook as a reader opens and prints it (issue 22): read back with openpyxl, and
printed to PDF by LibreOffice headless, as an office without Excel would print it."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.domain.retrospective import EntryForm
from app.usecases.knowledge import save_entry
from app.usecases.knowledge_io import export_knowledge
from reports.knowledge_workbook import _display_width, write_workbook
from tests.helpers import NOW

SOFFICE = shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(
    not (SOFFICE and shutil.which("pdftotext")),
    reason="LibreOffice (libreoffice-calc-nogui) or poppler-utils not installed (.ci/run installs them)",
)
FORMULA_LIKE = "=1+1 测试公式"
LONG_LINES = "第一行：核对股东会决议\n第二行：预约窗口\n" + "第三行写得很长，" * 12


def _export(sample_database, folder: Path) -> Path:
    save_entry(sample_database, EntryForm(FORMULA_LIKE, LONG_LINES, "刘芳", "沟通"), NOW)
    path = folder / "知识库.xlsx"
    export_knowledge(sample_database, path)
    return path


def test_the_workbook_reads_back_with_text_as_typed_percentages_widths_and_print_setup(
    sample_database, tmp_path: Path
):
    """Seen: 「'=1+1 测试公式」 with a visible apostrophe, 按期完成率 as 0.857, 季度分析 without widths,
    no print set-up, multi-line rows one line high."""
    book = load_workbook(_export(sample_database, tmp_path))
    entries = book["知识库条目"]
    row = next(r for r in entries.iter_rows(min_row=2) if r[1].value == FORMULA_LIKE)  # no apostrophe
    assert row[1].data_type == "s"  # a text cell: never evaluated
    assert entries.row_dimensions[row[0].row].height >= 5 * 15  # its wrapped lines are all shown
    assert row[2].alignment.wrap_text and not row[1].alignment.wrap_text  # a short title needs no wrapping
    analysis = book["季度分析"]
    assert (analysis["C1"].value, analysis["D1"].value) == ("按期完成率", "平均延误（工作小时）")
    assert 0 <= analysis["C2"].value <= 1 and analysis["C2"].number_format == "0.0%"
    assert analysis["D2"].number_format == "0.0"
    for sheet in book.worksheets:
        used = {cell.column_letter for cell in next(sheet.iter_rows(max_row=1))}
        assert all(sheet.column_dimensions[column].customWidth for column in used), sheet.title
        setup = sheet.page_setup
        assert (setup.orientation, int(setup.paperSize)) == ("landscape", 9), sheet.title  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)  # one page wide, as many high as it takes
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1" and sheet.freeze_panes == "A2"


@needs_libreoffice
def test_libreoffice_prints_it_landscape_fit_to_width_with_the_header_on_every_page(
    sample_database, tmp_path: Path
):
    """Seen: LibreOffice printed 492 portrait pages for a large office, columns split across pages, the
    header on the first only, and an apostrophe before formula-like text."""
    path = _export(sample_database, tmp_path)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'libreoffice').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = path.with_suffix(".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])
    sizes = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    widths_heights = [(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", sizes)]
    assert len(widths_heights) == pages and all(w > h for w, h in widths_heights)  # every page landscape
    assert pages <= 8, pages  # 92 entries, their tags and the analysis: were 12 portrait pages, columns split
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    page_texts = text.stdout.split("\f")
    assert FORMULA_LIKE in text.stdout and "'" + FORMULA_LIKE not in text.stdout
    assert re.search(r"\d{4}Q\d\s+\d+\s+\d+\.\d%\s+\d+\.\d\s", text.stdout)  # 2022Q2 6 83.3% 17.0
    entry_pages = page_texts[: next(n for n, page in enumerate(page_texts) if "条目数" in page)]
    assert len(entry_pages) >= 2  # the entries span pages: each starts with the whole header row
    assert all("编号" in page and "版本" in page for page in entry_pages)


def test_a_width_counts_wide_characters_twice_as_the_unicode_database_says():
    """The export's row heights count by runs of wide characters; each text's width is the same as by a
    look-up of every character (Chinese, fullwidth forms, Hangul, emoji, CJK extension B, Latin)."""
    texts = ["", "abc", "核对股东会决议", "ＡＢＣ１２３，。", "한국어", "😀 ok", "𠀀𠀁x", "混合：（１）"]
    for text in [*texts, "é\u0301ü"]:
        by_character = sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
        assert _display_width(text) == by_character, text


def test_each_rows_wrapped_text_and_height_are_its_own(tmp_path: Path):
    """Wrapped cells are filled anew for each row and heights shared by rows of as many lines: each row
    reads back with its own text, wrapping and height, a formula-like wrapped text still as typed."""
    long_title, long_content = "股东会决议" * 12, "核对材料，预约窗口。" * 20
    rows = [
        (1, long_title, long_content, *[None] * 12),
        (2, "短标题", "=SUM(A1) " + "公式样的长内容" * 20, *[None] * 12),
        (3, "短", "短内容", *[None] * 12),
        (4, "另一个" + long_title, long_content + "！", *[None] * 12),
    ]
    path = tmp_path / "k.xlsx"
    assert write_workbook(path, rows, len(rows), {}, []) == 4
    sheet = load_workbook(path)["知识库条目"]
    read = [
        (row[1].value, row[2].value, row[1].alignment.wrap_text, row[2].alignment.wrap_text)
        for row in sheet.iter_rows(min_row=2)
    ]
    assert [(title, content) for title, content, *_ in read] == [(r[1], r[2]) for r in rows]
    wraps = [(bool(title), bool(content)) for *_, title, content in read]
    assert wraps == [(True, True), (False, True), (False, False), (True, True)]
    assert sheet["C3"].data_type == "s"  # the formula-like text a text cell, not a formula
    # 400 and 402 columns of content in 69 a line are 6 lines; 289 are 5; 15 points a line
    assert [sheet.row_dimensions[n].height for n in range(2, 6)] == [90, 75, None, 90]
