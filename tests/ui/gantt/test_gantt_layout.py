"""The Gantt chart's header and exported pages laid out for reading: no label over another, the
group a page continues named again on it."""

import shutil
import subprocess
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF

from app.domain.gantt_geometry import day_bands
from app.domain.working_calendar import WorkingCalendar
from ui.gantt.chart_rows import ChartRow, Tone
from ui.gantt.gantt_chart import GanttChart
from ui.gantt.gantt_export import Sheet, export_pdf
from ui.gantt.gantt_table_model import GanttTableModel

NOW = datetime(2026, 9, 29, 10)


def _chart(qtbot, rows: list[ChartRow], deadline: datetime | None = None) -> GanttChart:
    chart = GanttChart(WorkingCalendar(), NOW)
    qtbot.addWidget(chart)
    chart.resize(1200, 500)
    chart.set_rows(rows, [], NOW, deadline, editable=False)
    return chart


def test_header_labels_never_overlap_at_any_zoom(qtbot):
    # Seen: 「2026年国庆」 (the month under a holiday's name), "2027年1月" under "元旦 预估", day labels
    # running into each other at 适合宽度, and no date at all at the hour scale.
    chart = _chart(qtbot, [], deadline=datetime(2027, 1, 12))  # from National Day into 2027
    metrics = QFontMetricsF(chart.header_font())
    seen: set[str] = set()
    for pixels in (0.25, 0.4, 0.7, 1.0, 1.5, 2.0, 3.0, 4.5, 8.0, 14.0, 20.0, 40.0, 120.0):
        chart.set_pixels_per_hour(pixels, 0)
        width, whole = 1200, chart.content_width()
        for x0 in sorted({int(n * max(1, whole - width) / 24) for n in range(25)}):
            x1 = x0 + width
            bands = day_bands(chart.calendar, chart.scale, chart.scale.instant(x0).date(),
                              chart.scale.instant(x1).date())  # fmt: skip
            labels = chart.header_labels(bands, x0, x1, metrics)
            for a, b in combinations(labels, 2):
                assert not a.rect.intersects(b.rect), (pixels, x0, a.text, b.text)
            for label in labels:
                assert metrics.horizontalAdvance(label.text) <= label.rect.width(), label.text
            tops = [label for label in labels if label.rect.top() == 0]
            assert any("月" in label.text for label in tops), (pixels, x0)  # a month or a date above
            assert sum(label.rect.top() > 0 for label in labels) >= 2  # and ticks below
            seen |= {label.text for label in labels}
    assert {"国庆节", "2026年10月", "班", "元旦"} <= seen  # a holiday opening a month keeps its name
    assert "2027年1月·预估" in seen  # 2027's holidays are not published yet
    assert "2026年9月29日 星期二" in seen  # the date row of the hour scale


def test_overview_pages_name_again_the_group_they_continue(qtbot, tmp_path: Path):
    start = NOW
    rows = []
    for group in ("工商变更", "税务申报", "银行开户"):
        rows.append(ChartRow(None, f"{group}（40）", "", None, None, tone=Tone.GROUP))
        rows += [
            ChartRow(
                len(rows),
                f"JJ2026-{len(rows):05d} 客户{n}",
                "王磊",
                start,
                start + timedelta(days=2),
                deadline=start + timedelta(days=3),
            )  # fmt: skip
            for n in range(40)
        ]
    chart = _chart(qtbot, rows)
    table = GanttTableModel()
    table.set_rows(rows)
    pages = export_pdf(chart, tmp_path / "overview.pdf", Sheet("全所概览", table, overview=True))
    assert pages >= 4
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (.ci/run installs it)")
    firsts = []  # each page's first line of the table
    starts = ("JJ", "工商", "税务", "银行")
    for number in range(1, pages + 1):
        page = ["-f", str(number), "-l", str(number)]
        command = ["pdftotext", *page, "-layout", str(tmp_path / "overview.pdf"), "-"]
        text = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        firsts.append(next(line.strip() for line in text.splitlines() if line.strip().startswith(starts)))
        assert "按期" in text and "预计超期" in text  # the overview's legend, on every page
    assert not any(first.startswith("JJ") for first in firsts), firsts  # each page says whose cases
    continued = [first for first in firsts if "（续）" in first]
    assert continued and all(first.startswith(("工商变更", "税务申报", "银行开户")) for first in continued)
