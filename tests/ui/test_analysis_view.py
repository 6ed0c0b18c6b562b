"""季度分析's charts read as drawn (issue 22): axis labels that fit, legends that name their series, round
ticks. Checked through the QtCharts API on charts laid out offscreen at a narrow desk's size."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.usecases.knowledge import Analysis, QuarterFigures, quarterly_analysis
from ui.knowledge.analysis_view import LABEL_PADDING, AnalysisView, count_ticks
from ui.pages.knowledge_page import KnowledgePage


def _shown(qtbot, database, analysis: Analysis | None = None) -> AnalysisView:
    """The tab as the knowledge page shows it in a 1280 × 720 main window (the smallest desk)."""
    page = KnowledgePage(database)
    qtbot.addWidget(page)
    page.resize(1110, 640)
    page.show()
    page.tabs.setCurrentWidget(page.analysis)
    if analysis is not None:
        page.analysis.show_analysis(analysis)

    def laid_out() -> bool:  # the charts replaced (the old ones deleted later) are gone
        views = page.analysis.findChildren(QChartView)
        return len(views) == 3 and all(view.chart().plotArea().width() > 50 for view in views)

    qtbot.waitUntil(laid_out)
    return page.analysis


def _ticks(axis: QValueAxis) -> list[float]:
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + n * step for n in range(axis.tickCount())]


def _round(step: float) -> bool:
    """1, 2, 5, 10, 20, 50 … (or 2.5, 25 …): a step people count in."""
    scale = 10 ** math.floor(math.log10(step))
    return any(math.isclose(step, nice * scale) for nice in (1, 2, 2.5, 5, 10))


def test_axes_have_readable_labels_and_round_ticks_and_legends_name_their_series(qtbot, sample_database):
    """Seen: every quarter on the x-axis drawn as "…", the trend legend's colours without names, ticks at
    106/213/319 and 27/55/82."""
    analysis = quarterly_analysis(sample_database)
    shown = _shown(qtbot, sample_database)
    charts = shown.findChildren(QChartView)
    for view in charts:
        chart = view.chart()
        for axis in chart.axes():
            if isinstance(axis, QValueAxis):
                ticks = _ticks(axis)
                step = ticks[1] - ticks[0]
                assert axis.min() == 0 and _round(step), (chart.title(), ticks)
                if axis.labelFormat() == "%d":
                    assert all(tick == int(tick) for tick in ticks), (chart.title(), ticks)  # no 0, 0, 1
            elif isinstance(axis, QBarCategoryAxis):
                plot, metrics = chart.plotArea(), QFontMetrics(axis.labelsFont())
                lengths = [metrics.horizontalAdvance(label) for label in axis.categories()]
                if axis.orientation() == Qt.Orientation.Horizontal:  # quarters under the bars, upright
                    room, along = plot.width() / (axis.count() + 1) - LABEL_PADDING, max(lengths)
                    assert axis.labelsAngle() == 0 and re.fullmatch(r"(20)?\d\dQ[1-4]", axis.categories()[0])
                else:  # names beside the bars, whole
                    room, along = plot.height() / axis.count(), metrics.height()
                    assert max(lengths) < plot.left(), (chart.title(), axis.categories())
                assert along <= room, (chart.title(), axis.categories(), axis.labelsAngle(), room)
        legend = chart.legend()
        if legend.isVisible():
            labels = [marker.label() for marker in legend.markers()]
            assert all(labels) and legend.showToolTips()
            metrics = QFontMetrics(legend.font())
            needed = sum(metrics.horizontalAdvance(label) + 2 * metrics.height() for label in labels)
            assert needed <= legend.geometry().width(), (chart.title(), labels)  # each name whole, in one row
    trend = next(c.chart() for c in charts if c.chart().title() == "问题类型的季度趋势")
    assert [m.label() for m in trend.legend().markers()] == [name for name, _n in analysis.top_problems[:4]]


@pytest.mark.parametrize(
    ("top", "ticks"),
    [(0, [0, 1]), (1, [0, 1]), (3, [0, 1, 2, 3]), (14, [0, 5, 10, 15]), (82, [0, 20, 40, 60, 80, 100]),
     (319, [0, 100, 200, 300, 400])],
)  # fmt: skip
def test_count_axes_tick_at_whole_round_numbers(top: int, ticks: list[int]):
    assert count_ticks(top) == ticks


def test_a_short_chart_takes_fewer_ticks():
    assert count_ticks(100, 2) == [0, 50, 100] and count_ticks(130, 2) == [0, 100, 200]
    assert count_ticks(2, 2) == [0, 1, 2]


def test_a_large_office_still_labels_every_quarter(qtbot, database):
    """Eight quarters of a 3,000-case office: hundreds of problems a quarter, long problem names."""
    names = ["外部因素/政策（窗口系统升级）", "人为失误", "流程卡点", "材料问题", "资源不足"]
    quarters = [
        QuarterFigures(f"{2025 + n // 4}Q{n % 4 + 1}", 300 + n, 0.857, 3.5 + n,
                       Counter({name: 40 + 30 * k + n for k, name in enumerate(names)}))
        for n in range(8)
    ]  # fmt: skip
    top = [(name, 319 - 40 * k) for k, name in enumerate(names)]
    shown = _shown(qtbot, database, Analysis(top, {}, quarters))
    for view in shown.findChildren(QChartView):
        for axis in view.chart().axes():
            if isinstance(axis, QValueAxis):
                assert _round(_ticks(axis)[1] - _ticks(axis)[0]), (view.chart().title(), _ticks(axis))
